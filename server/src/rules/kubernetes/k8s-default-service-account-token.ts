import doc from './k8s-default-service-account-token.md';
import type { KubernetesRule } from '../kinds.js';
import { isYaml11False, pairOf } from '../../parse/yaml-access.js';
import { fixes, mergeFix } from './lib/fixes.js';
import { objects, rangeOf, workloadRange } from './lib/workloads.js';

/** A namespace's `default` ServiceAccount is declared without `automountServiceAccountToken: false`. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-default-service-account-token',
    kind: 'kubernetes',
    title: 'Default service account mounts its token',
    defaultSeverity: 'info',
    fix: 'unsafe',
    equivalents: ['checkov:CKV_K8S_41'],
    doc,
  },
  check({ model, report }) {
    for (const obj of objects(model)) {
      if (obj.kind !== 'ServiceAccount' || obj.name !== 'default') continue;
      const pair = pairOf(obj.node, 'automountServiceAccountToken');
      if (pair && isYaml11False(pair.value)) continue;
      report({
        range: pair ? rangeOf(model, pair.value as never) : workloadRange(model, obj),
        message: `The default service account${obj.namespace ? ` of namespace '${obj.namespace}'` : ''} mounts its API token into every pod that names no service account; set automountServiceAccountToken: false on it`,
        fixes: () => fixes(mergeFix(model, obj.node, { automountServiceAccountToken: false }, 'Set automountServiceAccountToken: false')),
      });
    }
  },
};

export default rule;
