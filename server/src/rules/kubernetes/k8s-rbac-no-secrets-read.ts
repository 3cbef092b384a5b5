import doc from './k8s-rbac-no-secrets-read.md';
import type { KubernetesRule } from '../kinds.js';
import { describeRole, grantsIn, verbList } from './lib/rbac.js';
import { fixes } from './lib/fixes.js';
import { removeGrantFix } from './lib/rbac-fixes.js';
import { rangeOf } from './lib/workloads.js';

/** A role may get, list or watch Secrets. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-rbac-no-secrets-read',
    kind: 'kubernetes',
    title: 'RBAC role can read Secrets',
    defaultSeverity: 'info',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0041', 'trivy:KSV-0113'],
    doc,
  },
  check({ model, report }) {
    for (const { role, rule: r, resource, verbs } of grantsIn(model, { groups: [''], resources: ['secrets'], verbs: ['get', 'list', 'watch'] })) {
      report({
        range: rangeOf(model, resource.node),
        fixes: () => fixes(removeGrantFix(model, role, r, 'resources', resource.node, resource.value)),
        message: `${describeRole(role)} can read Secrets (${verbList(verbs)})${role.cluster ? ' in every namespace it is bound for' : ''}: every token and password they hold, including service-account tokens`,
      });
    }
  },
};

export default rule;
