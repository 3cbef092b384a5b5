import doc from './k8s-no-naked-pod.md';
import type { KubernetesRule } from '../kinds.js';
import type { Node, Pair } from 'yaml';
import type { Workload } from '../../parse/kubernetes.js';
import { isMap, isScalar, pairOf, scalarString, valueOf } from '../../parse/yaml-access.js';
import { formatScalar, lineEndOf, lineStartOf } from '../../parse/yaml-edit.js';
import type { YamlModel } from '../../parse/yaml.js';
import type { Fix, TextEdit } from '../types.js';
import { fixes } from './lib/fixes.js';
import { workloadRange, workloads } from './lib/workloads.js';


/**
 * The Pod as a one-replica Deployment: `apps/v1`, `kind: Deployment`, and
 * its `spec` moved under `spec.template.spec` (re-indented, comments kept)
 * with a selector on the Pod's labels, or on `app: <name>` when it has none.
 * Only for a block-style Pod whose restart policy a Deployment allows.
 */
function deploymentFix(model: YamlModel, w: Workload): Fix | undefined {
  if (model.templated || !w.name || !w.metadata) return undefined;
  const restart = scalarString(valueOf(w.podSpec, 'restartPolicy'));
  if (restart !== undefined && restart !== 'Always') return undefined;
  const version = pairOf(w.node, 'apiVersion');
  const spec = pairOf(w.node, 'spec') as Pair<Node, Node> | undefined;
  if (!version || !isScalar(version.value) || !spec || !isMap(spec.value) || spec.value.flow || !spec.key.range || !spec.value.range) return undefined;
  const text = model.text;
  const keyStart = spec.key.range[0];
  const indent = text.slice(lineStartOf(text, keyStart), keyStart);
  if (/\S/.test(indent)) return undefined;
  const labels = valueOf(w.metadata, 'labels');
  const pairs: [string, string][] = [];
  if (isMap(labels)) {
    for (const item of labels.items) {
      const k = scalarString(item.key as Node);
      const v = scalarString(item.value as Node);
      if (k === undefined || v === undefined) return undefined;
      pairs.push([k, v]);
    }
  }
  if (pairs.length === 0) pairs.push(['app', w.name]);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const keyLineEnd = lineEndOf(text, keyStart);
  if (text.slice(keyStart, keyLineEnd).trim() !== 'spec:') return undefined;
  const bodyStart = text.indexOf('\n', keyStart) + 1;
  if (bodyStart === 0 || spec.value.range[0] < bodyStart) return undefined;
  const bodyEnd = lineEndOf(text, Math.max(bodyStart, spec.value.range[1] - 1));
  const unit = spec.value.range[0] - lineStartOf(text, spec.value.range[0]) - indent.length;
  if (unit <= 0) return undefined;
  const pad = (n: number) => indent + ' '.repeat(unit * n);
  const body = text.slice(bodyStart, bodyEnd).split(/\r?\n/).map((l) => (l.trim() === '' ? l : ' '.repeat(unit * 2) + l));
  const labelLines = (n: number) => pairs.map(([k, v]) => `${pad(n)}${formatScalar(k)}: ${formatScalar(v)}`);
  const lines = [
    `${indent}spec:`,
    `${pad(1)}replicas: 1`,
    `${pad(1)}selector:`,
    `${pad(2)}matchLabels:`,
    ...labelLines(3),
    `${pad(1)}template:`,
    `${pad(2)}metadata:`,
    `${pad(3)}labels:`,
    ...labelLines(4),
    `${pad(2)}spec:`,
    ...body,
  ];
  const edits: TextEdit[] = [
    { range: model.rangeOf(version.value as Node), newText: 'apps/v1' },
    { range: model.rangeOf(w.kindNode), newText: 'Deployment' },
    { range: { start: model.positionAt(lineStartOf(text, keyStart)), end: model.positionAt(bodyEnd) }, newText: lines.join(eol) },
  ];
  return { title: `Run the Pod from a one-replica Deployment (pods are then named ${w.name}-<hash>; delete the old Pod)`, safe: false, edits };
}

/** A bare Pod, with no controller to recreate it. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-naked-pod',
    kind: 'kubernetes',
    title: 'Pod without a controller',
    defaultSeverity: 'hint',
    fix: 'unsafe',
    equivalents: ['polaris:nakedPod'],
    doc,
  },
  check({ model, report }) {
    for (const w of workloads(model)) {
      if (w.kind !== 'Pod' || valueOf(w.metadata, 'ownerReferences') !== undefined) continue;
      report({
        range: workloadRange(model, w),
        fixes: () => fixes(deploymentFix(model, w)),
        message: `Pod '${w.name ?? '?'}' has no controller: when its node fails or it is evicted nothing recreates it; run it from a Deployment, StatefulSet or Job`,
      });
    }
  },
};

export default rule;
