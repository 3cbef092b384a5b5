import doc from './k8s-rbac-no-default-service-account-binding.md';
import type { KubernetesRule } from '../kinds.js';
import { grantingLines, resolveRole, whatItAllows } from './lib/binding-role.js';
import { bindings, describeBinding } from './lib/rbac.js';
import { fixes } from './lib/fixes.js';
import { removeSubjectFix } from './lib/rbac-fixes.js';
import { rangeOf } from './lib/workloads.js';

/** A binding grants a role to a namespace's `default` service account. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-rbac-no-default-service-account-binding',
    kind: 'kubernetes',
    title: 'Role bound to the default service account',
    defaultSeverity: 'info',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check({ path, model, project, report }) {
    for (const b of bindings(model)) {
      for (const s of b.subjects) {
        if (s.kind !== 'ServiceAccount' || s.name !== 'default') continue;
        const ns = s.namespace ?? b.obj.namespace;
        const resolved = resolveRole(b, path, model, project);
        report({
          range: rangeOf(model, s.node),
          fixes: () => fixes(removeSubjectFix(model, b, s.node, 'Remove the default service account from the subjects')),
          message: `${describeBinding(b)} grants ${whatItAllows(b, resolved)} to the default service account${ns ? ` of namespace '${ns}'` : ''}: every pod there that names no service account gets it; bind a dedicated service account instead`,
          related: grantingLines(resolved),
        });
      }
    }
  },
};

export default rule;
