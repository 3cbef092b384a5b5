import doc from './k8s-no-tiller.md';
import type { KubernetesRule } from '../kinds.js';
import { describeContainer } from '../../parse/kubernetes.js';
import type { K8sObject } from '../../parse/kubernetes.js';
import type { YamlModel } from '../../parse/yaml.js';
import type { Fix } from '../types.js';
import { containers, rangeOf } from './lib/workloads.js';

const MARKER = /^---(?:[ \t]|$)/;

/**
 * Deletes the object's whole document with one of its `---` markers; the
 * other documents stay byte for byte. Undefined for the only document of a
 * file or a templated file.
 */
function removeDocumentFix(model: YamlModel, obj: K8sObject): Fix | undefined {
  const range = obj.node.range;
  if (model.templated || !range) return undefined;
  const lines = model.text.split('\n');
  const first = model.positionAt(range[0]).line;
  const last = model.positionAt(Math.max(range[0], range[1] - 1)).line;
  let start = first;
  while (start > 0 && !MARKER.test(lines[start])) start--;
  let end = last + 1;
  while (end < lines.length && !MARKER.test(lines[end])) end++;
  if (!MARKER.test(lines[start]) && end >= lines.length) return undefined;
  const opened = MARKER.test(lines[start]);
  // The first document takes the marker after it; any other, its own.
  const from = opened ? start : 0;
  const to = opened ? end : end + 1;
  const n = lines.length - (lines[lines.length - 1] === '' ? 1 : 0);
  const edit = to < n || lines.length > n
    ? { range: { start: { line: from, character: 0 }, end: { line: Math.min(to, n), character: 0 } }, newText: '' }
    : { range: { start: { line: from - 1, character: lines[from - 1].replace(/\r$/, '').length }, end: { line: n - 1, character: lines[n - 1].length } }, newText: '' };
  return { title: `Remove this Tiller ${obj.kind} (Helm 3 needs no in-cluster server; remove its Service and RBAC too)`, safe: false, edits: [edit] };
}

/** A container runs Helm 2's Tiller server. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-tiller',
    kind: 'kubernetes',
    title: 'Helm Tiller deployed',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0102'],
    doc,
  },
  check({ model, report }) {
    for (const { workload, container } of containers(model)) {
      const image = container.image;
      if (!image || !/(?:^|\/)tiller(?:[:@]|$)/.test(image)) continue;
      const fix = removeDocumentFix(model, workload);
      report({
        range: rangeOf(model, container.imageNode),
        fixes: fix ? [fix] : [],
        message: `${describeContainer(container)} runs Tiller (${image}), Helm 2's unauthenticated in-cluster server with cluster-wide rights; Helm 2 is end-of-life, move to Helm 3`,
      });
    }
  },
};

export default rule;
