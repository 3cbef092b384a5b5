import doc from './k8s-no-default-service-account.md';
import type { YamlModel } from '../../parse/yaml.js';
import { mergeInto } from '../../parse/yaml-edit.js';
import type { Workload } from '../../parse/kubernetes.js';
import type { KubernetesRule } from '../kinds.js';
import type { Fix } from '../types.js';
import { fixes, styleOf } from './lib/fixes.js';
import { pairOf, scalarString } from '../../parse/yaml-access.js';
import { canJudgeAbsence, objects, rangeOf, workloadRange, workloads } from './lib/workloads.js';

/**
 * "Run as a new service account": `serviceAccountName: <workload>` on the pod
 * and a ServiceAccount of that name (token not mounted) added at the end of
 * the file. Undefined for unnamed workloads and templated files, or when the
 * file already defines an object of that name and kind.
 */
function ownAccountFix(model: YamlModel, w: Workload): Fix | undefined {
  if (!w.name || model.templated || !/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(w.name)) return undefined;
  if (objects(model).some((o) => o.kind === 'ServiceAccount' && o.name === w.name)) return undefined;
  const set = mergeInto(model, w.podSpec, { serviceAccountName: w.name }, styleOf(model));
  if (!set.length) return undefined;
  const eol = model.text.includes('\r\n') ? '\r\n' : '\n';
  const end = model.positionAt(model.text.length);
  const lead = model.text.endsWith('\n') ? '' : eol;
  const lines = ['---', 'apiVersion: v1', 'kind: ServiceAccount', 'metadata:', `  name: ${w.name}`, ...(w.namespace ? [`  namespace: ${w.namespace}`] : []), 'automountServiceAccountToken: false'];
  return {
    title: `Run as a new service account '${w.name}' (added to this file; bind the roles it needs to it)`,
    safe: false,
    edits: [...set, { range: { start: end, end }, newText: `${lead}${lines.join(eol)}${eol}` }],
  };
}

/** A pod runs as its namespace's `default` service account. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-default-service-account',
    kind: 'kubernetes',
    title: 'Pod uses the default service account',
    defaultSeverity: 'off',
    fix: 'unsafe',
    equivalents: ['kube-linter:default-service-account'],
    doc,
  },
  check({ model, report }) {
    for (const w of workloads(model)) {
      const pair = pairOf(w.podSpec, 'serviceAccountName') ?? pairOf(w.podSpec, 'serviceAccount');
      const name = pair ? scalarString(pair.value) : undefined;
      if (name !== undefined && name !== '' && name !== 'default') continue;
      if (!pair && !canJudgeAbsence(model)) continue;
      report({
        range: pair ? rangeOf(model, pair.value as never) : workloadRange(model, w),
        fixes: () => fixes(ownAccountFix(model, w)),
        message: `${w.kind} '${w.name ?? '?'}' runs as the namespace's default service account, which every pod without one shares; give it a service account of its own`,
      });
    }
  },
};

export default rule;
