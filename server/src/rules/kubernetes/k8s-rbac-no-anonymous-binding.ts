import doc from './k8s-rbac-no-anonymous-binding.md';
import type { KubernetesRule } from '../kinds.js';
import { grantingLines, resolveRole, whatItAllows } from './lib/binding-role.js';
import { bindings, describeBinding } from './lib/rbac.js';
import { fixes } from './lib/fixes.js';
import { removeSubjectFix } from './lib/rbac-fixes.js';
import { rangeOf } from './lib/workloads.js';

const WHO: Record<string, string> = {
  'system:anonymous': 'anyone who can reach the API server, without logging in',
  'system:unauthenticated': 'every request that carries no credentials',
  'system:authenticated': 'every authenticated identity, including every service account of every namespace',
};

/** A binding grants a role to `system:anonymous`, `system:unauthenticated` or `system:authenticated`. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-rbac-no-anonymous-binding',
    kind: 'kubernetes',
    title: 'Role bound to anonymous or all authenticated users',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0122'],
    doc,
  },
  check({ path, model, project, report }) {
    for (const b of bindings(model)) {
      if (b.obj.name?.startsWith('system:')) continue;
      for (const s of b.subjects) {
        const who = s.name !== undefined && Object.hasOwn(WHO, s.name) ? WHO[s.name] : undefined;
        if (!who || (s.kind !== 'User' && s.kind !== 'Group')) continue;
        const resolved = resolveRole(b, path, model, project);
        report({
          range: rangeOf(model, s.node),
          fixes: () => fixes(removeSubjectFix(model, b, s.node, `Remove ${s.name} from the subjects`)),
          message: `${describeBinding(b)} grants ${whatItAllows(b, resolved)} to ${s.name}: ${who}`,
          related: grantingLines(resolved),
        });
      }
    }
  },
};

export default rule;
