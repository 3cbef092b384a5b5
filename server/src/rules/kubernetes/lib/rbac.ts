/**
 * Reading of Kubernetes RBAC objects for rules: the policy rules of `Role`
 * and `ClusterRole`, the `roleRef` and subjects of bindings, and which
 * verbs a policy rule grants on which resources.
 */
import type { Node, YAMLMap } from 'yaml';
import { type K8sObject } from '../../../parse/kubernetes.js';
import { isMap, isScalar, isSeq, scalarString, valueOf } from '../../../parse/yaml-access.js';
import { derived, type YamlModel } from '../../../parse/yaml.js';
import { objects } from './workloads.js';

/** One entry of a list in a policy rule, with its node. */
export interface Entry {
  value: string;
  node: Node;
}

/** One item of a role's `rules`. */
export interface PolicyRule {
  node: YAMLMap;
  apiGroups: Entry[];
  resources: Entry[];
  verbs: Entry[];
}

export interface Role {
  obj: K8sObject;
  /** `ClusterRole` rather than `Role`. */
  cluster: boolean;
  rules: PolicyRule[];
  /** `aggregationRule.clusterRoleSelectors` of an aggregated ClusterRole (its rules come from the ClusterRoles they select). */
  aggregation: YAMLMap[];
}

export interface Subject {
  kind: string;
  name: string;
  namespace?: string;
  /** The subject's `name` value node. */
  node: Node;
}

export interface Binding {
  obj: K8sObject;
  cluster: boolean;
  roleKind?: string;
  roleName?: string;
  /** The `roleRef.name` value node (or the `roleRef` key's value when there is no name). */
  roleNode?: Node;
  subjects: Subject[];
}

const RBAC_API = /^rbac\.authorization\.k8s\.io\//;

/** Whether an object is of the RBAC API (a missing apiVersion is accepted). */
function isRbac(obj: K8sObject): boolean {
  return obj.apiVersion === undefined || RBAC_API.test(obj.apiVersion);
}

function entries(map: YAMLMap, key: string): Entry[] {
  const seq = valueOf(map, key);
  if (isScalar(seq)) {
    const value = scalarString(seq);
    return value !== undefined ? [{ value, node: seq }] : [];
  }
  if (!isSeq(seq)) return [];
  return seq.items.flatMap((item) => {
    const value = scalarString(item);
    return value !== undefined ? [{ value, node: item as Node }] : [];
  });
}

/** The policy rules of a role mapping. */
export function policyRules(node: YAMLMap): PolicyRule[] {
  const list = valueOf(node, 'rules');
  if (!isSeq(list)) return [];
  return list.items.flatMap((item) =>
    isMap(item) ? [{ node: item, apiGroups: entries(item, 'apiGroups'), resources: entries(item, 'resources'), verbs: entries(item, 'verbs') }] : [],
  );
}

/** The objects of a list of objects that are roles. */
export function rolesOf(list: readonly K8sObject[]): Role[] {
  return list
    .filter((o) => (o.kind === 'Role' || o.kind === 'ClusterRole') && isRbac(o))
    .map((obj) => {
      const agg = valueOf(obj.node, 'aggregationRule');
      const selectors = isMap(agg) ? valueOf(agg, 'clusterRoleSelectors') : undefined;
      const aggregation = isSeq(selectors) ? selectors.items.filter((x): x is YAMLMap => isMap(x)) : [];
      return { obj, cluster: obj.kind === 'ClusterRole', rules: policyRules(obj.node), aggregation };
    });
}

/** The objects of a list of objects that are bindings. */
export function bindingsOf(list: readonly K8sObject[]): Binding[] {
  return list
    .filter((o) => (o.kind === 'RoleBinding' || o.kind === 'ClusterRoleBinding') && isRbac(o))
    .map((obj) => {
      const ref = valueOf(obj.node, 'roleRef');
      const nameNode = isMap(ref) ? valueOf(ref, 'name') : undefined;
      const list = valueOf(obj.node, 'subjects');
      const subjects: Subject[] = isSeq(list)
        ? list.items.flatMap((s) => {
          if (!isMap(s)) return [];
          const node = valueOf(s, 'name');
          const name = scalarString(node);
          const kind = scalarString(valueOf(s, 'kind'));
          return name !== undefined && kind !== undefined && node ? [{ kind, name, namespace: scalarString(valueOf(s, 'namespace')), node }] : [];
        })
        : [];
      return {
        obj,
        cluster: obj.kind === 'ClusterRoleBinding',
        roleKind: isMap(ref) ? scalarString(valueOf(ref, 'kind')) : undefined,
        roleName: scalarString(nameNode),
        roleNode: nameNode ?? ref,
        subjects,
      };
    });
}

const rolesOfModel = (model: YamlModel): readonly Role[] => rolesOf(objects(model));
const bindingsOfModel = (model: YamlModel): readonly Binding[] => bindingsOf(objects(model));

/** Roles of a file (read once per model: the RBAC rules share them). */
export function roles(model: YamlModel): readonly Role[] {
  return derived(model, rolesOfModel);
}

/** Bindings of a file (read once per model). */
export function bindings(model: YamlModel): readonly Binding[] {
  return derived(model, bindingsOfModel);
}

/** Whether a policy rule applies to the API group (`""` is the core group; `*` any). */
export function inGroup(rule: PolicyRule, groups: readonly string[]): boolean {
  // A rule without apiGroups is invalid for resources; read it as the core group, as kubectl's examples imply.
  if (!rule.apiGroups.length) return groups.includes('');
  return rule.apiGroups.some((g) => g.value === '*' || groups.includes(g.value));
}

/** The verbs of a rule among `wanted`, `*` counting as every one of them. */
export function grantedVerbs(rule: PolicyRule, wanted: readonly string[]): string[] {
  const verbs = rule.verbs.map((v) => v.value.toLowerCase());
  if (verbs.includes('*')) return ['*'];
  return wanted.filter((w) => verbs.includes(w));
}

/**
 * The resource entries of a rule that name one of `wanted` explicitly (a
 * `*` resource is `k8s-rbac-no-wildcard`'s finding, not each power's).
 */
export function namedResources(rule: PolicyRule, wanted: readonly string[]): Entry[] {
  return rule.resources.filter((r) => wanted.includes(r.value.toLowerCase()));
}

/**
 * Reports, for each policy rule of each role of the file that grants one of
 * `verbs` on a resource named in `resources` within `groups`, the resource
 * entry that does it.
 */
export function grantsIn(
  model: YamlModel,
  power: { groups: readonly string[]; resources: readonly string[]; verbs: readonly string[] },
): { role: Role; rule: PolicyRule; resource: Entry; verbs: string[] }[] {
  const out: { role: Role; rule: PolicyRule; resource: Entry; verbs: string[] }[] = [];
  for (const role of roles(model)) {
    for (const rule of role.rules) {
      if (!inGroup(rule, power.groups)) continue;
      const verbs = grantedVerbs(rule, power.verbs);
      if (!verbs.length) continue;
      for (const resource of namedResources(rule, power.resources)) out.push({ role, rule, resource, verbs });
    }
  }
  return out;
}

/** How a role is called in messages: `ClusterRole 'reader'`. */
export function describeRole(role: Role): string {
  return `${role.obj.kind} '${role.obj.name ?? '?'}'`;
}

/** How a binding is called in messages. */
export function describeBinding(binding: Binding): string {
  return `${binding.obj.kind} '${binding.obj.name ?? '?'}'`;
}

/** The verbs as written for a message: `get, list` or `every verb (*)`. */
export function verbList(verbs: string[]): string {
  return verbs.includes('*') ? 'every verb (*)' : verbs.join(', ');
}
