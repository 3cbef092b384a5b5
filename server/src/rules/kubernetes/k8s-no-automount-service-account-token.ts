import doc from './k8s-no-automount-service-account-token.md';
import type { KubernetesRule } from '../kinds.js';
import { isYaml11False, isYaml11True, scalarString, valueOf } from '../../parse/yaml-access.js';
import type { YamlModel } from '../../parse/yaml.js';
import type { ProjectView } from '../types.js';
import { describeRoleRef, resolveRole, whatItAllows } from './lib/binding-role.js';
import { bindings, bindingsOf, type Binding } from './lib/rbac.js';
import { neighbourObjects } from './lib/workspace.js';
import { fixes, mergeFix } from './lib/fixes.js';
import { canJudgeAbsence, objects, rangeOf, workloadRange, workloads } from './lib/workloads.js';

/**
 * The pod gets a Kubernetes API token mounted: `automountServiceAccountToken`
 * is not false on the pod, nor on a ServiceAccount of the same file it uses.
 */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-automount-service-account-token',
    kind: 'kubernetes',
    title: 'Service-account token mounted automatically',
    defaultSeverity: 'info',
    fix: 'unsafe',
    equivalents: ['checkov:CKV_K8S_38', 'trivy:KSV-0036', 'polaris:automountServiceAccountToken'],
    doc,
  },
  check({ model, report, path, project }) {
    const quietAccounts = new Set(objects(model)
      .filter((o) => o.kind === 'ServiceAccount' && isYaml11False(valueOf(o.node, 'automountServiceAccountToken')))
      .map((o) => `${o.namespace ?? ''}/${o.name ?? ''}`));
    for (const w of workloads(model)) {
      const node = valueOf(w.podSpec, 'automountServiceAccountToken');
      if (isYaml11False(node)) continue;
      const account = scalarString(valueOf(w.podSpec, 'serviceAccountName')) ?? scalarString(valueOf(w.podSpec, 'serviceAccount')) ?? 'default';
      if (!node && quietAccounts.has(`${w.namespace ?? ''}/${account}`)) continue;
      if (!node && !canJudgeAbsence(model, w, { path, project })) continue;
      if (isYaml11True(node) && account !== 'default') {
        // Written out on purpose for an account given a role: the pod calls the API. Only a broad role makes the decision dangerous.
        const bound = bindingsFor(model, path, project, account, w.namespace);
        if (bound.length) {
          const broad = bound.map((b) => ({ b, allows: broadRole(b, path, model, project) })).find((x) => x.allows);
          if (broad) {
            report({
              range: rangeOf(model, node),
              severity: 'warning',
              message: `${w.kind} '${w.name ?? '?'}' mounts on purpose the API token of service account '${account}', which ${describeBindingShort(broad.b)} binds to ${broad.allows}: whoever runs code in this pod gets that; bind a narrower role`,
            });
          }
          continue;
        }
      }
      report({
        range: node ? rangeOf(model, node) : workloadRange(model, w),
        message: `${w.kind} '${w.name ?? '?'}' gets the API token of service account '${account}' mounted; set automountServiceAccountToken: false unless it calls the Kubernetes API`,
        fixes: () => fixes(mergeFix(model, w.podSpec, { automountServiceAccountToken: false }, 'Set automountServiceAccountToken: false')),
      });
    }
  },
};

/** The bindings (this file and the manifests around it) that name a service account as a subject. */
function bindingsFor(model: YamlModel, path: string, project: ProjectView, account: string, namespace: string | undefined): Binding[] {
  const all = [...bindings(model), ...bindingsOf(neighbourObjects(path, project).map((n) => n.obj))];
  return all.filter((b) => b.subjects.some((s) => {
    if (s.kind !== 'ServiceAccount' || s.name !== account) return false;
    const ns = s.namespace ?? b.obj.namespace;
    return !ns || !namespace || ns === namespace;
  }));
}

const BROAD_BUILT_IN = new Set(['cluster-admin', 'admin', 'edit']);

/** What a binding grants when that is broad (a broad built-in role, wildcards, Secrets), else undefined. */
function broadRole(binding: Binding, path: string, model: YamlModel, project: ProjectView): string | undefined {
  const resolved = resolveRole(binding, path, model, project);
  if (resolved.state === 'built-in') return binding.roleName && BROAD_BUILT_IN.has(binding.roleName) ? whatItAllows(binding, resolved) : undefined;
  if (resolved.state !== 'found') return undefined;
  const wide = resolved.role.rules.some((r) => r.verbs.some((v) => v.value === '*') || r.resources.some((x) => x.value === '*' || x.value === 'secrets'));
  return wide ? `${describeRoleRef(binding)}, which grants wildcards or Secrets` : undefined;
}

function describeBindingShort(b: Binding): string {
  return `${b.obj.kind} '${b.obj.name ?? '?'}'`;
}

export default rule;
