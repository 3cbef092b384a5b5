import doc from './k8s-no-default-service-account.md';
import type { KubernetesRule } from '../kinds.js';
import { pairOf, scalarString } from '../../parse/yaml-access.js';
import { canJudgeAbsence, rangeOf, workloadRange, workloads } from './lib/workloads.js';

/** A pod runs as its namespace's `default` service account. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-default-service-account',
    kind: 'kubernetes',
    title: 'Pod uses the default service account',
    defaultSeverity: 'off',
    fix: 'none',
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
        message: `${w.kind} '${w.name ?? '?'}' runs as the namespace's default service account, which every pod without one shares; give it a service account of its own`,
      });
    }
  },
};

export default rule;
