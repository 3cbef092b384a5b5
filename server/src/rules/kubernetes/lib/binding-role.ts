/**
 * Resolves a RoleBinding's or ClusterRoleBinding's `roleRef` to the role it
 * grants: in the same file, else among the manifests around it; built-in
 * roles are known by name; anything else is unknown, never guessed.
 */
import type { YamlModel } from '../../../parse/yaml.js';
import type { ProjectView, RelatedInformation } from '../../types.js';
import { roles, type Binding, type Role } from './rbac.js';
import { labelsOf, selects } from './selectors.js';
import { neighbourManifests } from './workspace.js';

/** Roles every cluster has, and what they allow. */
const BUILT_IN: Record<string, string> = {
  'cluster-admin': 'everything on every resource',
  admin: 'read and write of nearly everything in a namespace, including Secrets and RoleBindings',
  edit: 'read and write of most objects in a namespace, including Secrets and running pods as any service account',
  view: 'read of most objects in a namespace (not Secrets)',
};

/** A role with the file it is written in. */
export interface LocatedRole {
  role: Role;
  path: string;
  model: YamlModel;
}

export type ResolvedRole =
  | { state: 'found'; role: Role; path: string; model: YamlModel; aggregated: LocatedRole[] }
  | { state: 'built-in'; allows: string }
  | { state: 'unknown' };

const MAX_RELATED = 8;

/** The role a binding grants, wherever it can be found. */
export function resolveRole(binding: Binding, path: string, model: YamlModel, project: ProjectView): ResolvedRole {
  const name = binding.roleName;
  if (name === undefined) return { state: 'unknown' };
  const kind = binding.roleKind ?? 'ClusterRole';
  const namespace = binding.obj.namespace;
  const matches = (role: Role) =>
    role.obj.kind === kind && role.obj.name === name && (kind === 'ClusterRole' || !namespace || !role.obj.namespace || role.obj.namespace === namespace);
  const all: LocatedRole[] = roles(model).map((role) => ({ role, path, model }));
  let searched = false;
  // The workspace is read only when the file itself does not settle the question.
  const located = (): LocatedRole[] => {
    if (!searched) {
      searched = true;
      for (const m of neighbourManifests(path, project)) for (const role of roles(m.model)) all.push({ role, path: m.path, model: m.model });
    }
    return all;
  };
  const found = all.find((r) => matches(r.role)) ?? located().find((r) => matches(r.role));
  if (found) {
    const selectors = found.role.aggregation;
    const aggregated = selectors.length
      ? located().filter((r) => r.role.cluster && r.role !== found.role && selectors.some((sel) => selects(sel, labelsOf(r.role.obj.metadata))))
      : [];
    return { state: 'found', ...found, aggregated };
  }
  if (kind === 'ClusterRole' && Object.hasOwn(BUILT_IN, name)) return { state: 'built-in', allows: BUILT_IN[name] };
  if (kind === 'ClusterRole' && name.startsWith('system:')) return { state: 'built-in', allows: 'what the Kubernetes built-in role of that name allows' };
  return { state: 'unknown' };
}

/** `ClusterRole 'reader'` as the binding names it. */
export function describeRoleRef(binding: Binding): string {
  return `${binding.roleKind ?? 'ClusterRole'} '${binding.roleName ?? '?'}'`;
}

/** What a resolved role allows, for a message. */
export function whatItAllows(binding: Binding, resolved: ResolvedRole): string {
  switch (resolved.state) {
    case 'built-in':
      return `the built-in ${describeRoleRef(binding)}, which allows ${resolved.allows}`;
    case 'found': {
      if (resolved.role.aggregation.length) {
        const n = resolved.aggregated.length;
        return n
          ? `${describeRoleRef(binding)} (aggregated from ${n} ClusterRole${n === 1 ? '' : 's'} of the workspace, see related lines; others in the cluster may add to it)`
          : `${describeRoleRef(binding)}, aggregated from ClusterRoles that are not in the workspace, so what it allows is unknown`;
      }
      const count = resolved.role.rules.length;
      return `${describeRoleRef(binding)} (${count} rule${count === 1 ? '' : 's'}, see related lines)`;
    }
    default:
      return `${describeRoleRef(binding)}, which is not in the workspace, so what it allows is unknown`;
  }
}

/** Related information: the rule lines of the resolved role that grant its powers. */
export function grantingLines(resolved: ResolvedRole): RelatedInformation[] {
  if (resolved.state !== 'found') return [];
  return [resolved, ...resolved.aggregated].flatMap(({ role, model, path }) => role.rules.map((r) => ({
    path,
    range: model.rangeOf(r.node),
    message: `${role.obj.kind} '${role.obj.name ?? '?'}' grants ${r.verbs.map((v) => v.value).join(', ') || 'no verbs'} on ${r.resources.map((x) => x.value).join(', ') || 'no resources'}`,
  }))).slice(0, MAX_RELATED);
}
