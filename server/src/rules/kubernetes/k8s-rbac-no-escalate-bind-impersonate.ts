import doc from './k8s-rbac-no-escalate-bind-impersonate.md';
import type { KubernetesRule } from '../kinds.js';
import { describeRole, grantsIn, type Entry } from './lib/rbac.js';
import { fixes } from './lib/fixes.js';
import { removeGrantFix } from './lib/rbac-fixes.js';
import { rangeOf } from './lib/workloads.js';

const POWERS = [
  { verb: 'escalate', groups: ['rbac.authorization.k8s.io'], resources: ['roles', 'clusterroles'], why: 'write roles granting permissions it does not hold itself' },
  { verb: 'bind', groups: ['rbac.authorization.k8s.io'], resources: ['roles', 'clusterroles'], why: 'bind any role, including cluster-admin, to any subject' },
  { verb: 'impersonate', groups: ['', 'authentication.k8s.io'], resources: ['users', 'groups', 'serviceaccounts', 'uids', 'userextras/scopes'], why: 'act as other users, groups or service accounts, with all their permissions' },
] as const;

/** A role grants the `escalate`, `bind` or `impersonate` verb. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-rbac-no-escalate-bind-impersonate',
    kind: 'kubernetes',
    title: 'RBAC role grants escalate, bind or impersonate',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['checkov:CKV_K8S_157', 'checkov:CKV_K8S_158', 'trivy:KSV-0043', 'trivy:KSV-0050'],
    doc,
  },
  check({ model, report }) {
    const seen = new Set<Entry['node']>();
    for (const power of POWERS) {
      for (const { role, rule: r, resource } of grantsIn(model, { groups: power.groups, resources: power.resources, verbs: [power.verb] })) {
        const verb = r.verbs.find((v) => v.value.toLowerCase() === power.verb);
        // A `*` verb is k8s-rbac-no-wildcard's finding.
        if (!verb || seen.has(verb.node)) continue;
        seen.add(verb.node);
        report({
          range: rangeOf(model, verb.node),
          fixes: () => fixes(removeGrantFix(model, role, r, 'verbs', verb.node, verb.value)),
          message: `${describeRole(role)} grants '${power.verb}' on ${resource.value}: it can ${power.why}`,
        });
      }
    }
  },
};

export default rule;
