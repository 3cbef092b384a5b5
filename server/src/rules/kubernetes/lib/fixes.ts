/**
 * Fixes for Kubernetes rules, built with the formatting-preserving YAML
 * edits: merge settings into a container's or the pod's `securityContext`,
 * set pod-spec fields, and the workload-wide restricted profile.
 */
import type { Node, YAMLMap } from 'yaml';
import { isMap, isScalar, isSeq, pairOf } from '../../../parse/yaml-access.js';
import { mergeInto, modelStyle, removeItem, removePair, replacePair, setScalar, type YamlStyle, type YamlValue } from '../../../parse/yaml-edit.js';
import { derived, type YamlModel } from '../../../parse/yaml.js';
import type { Fix } from '../../types.js';
import { blocksPrivilegeEscalation, dropsAll, isWindowsPod, requiresNonRoot, seccompType, type Container, type Workload } from './workloads.js';

/** The file's indentation conventions (computed once per model). */
export function styleOf(model: YamlModel): YamlStyle {
  return derived(model, modelStyle);
}

/**
 * A fix that deep-merges `value` into a mapping, or undefined when there is
 * nothing to write or the file is templated (edits could land inside
 * template logic).
 */
export function mergeFix(model: YamlModel, map: YAMLMap, value: { [key: string]: YamlValue }, title: string, safe = false): Fix | undefined {
  if (model.templated) return undefined;
  // A fix that could write only part of what it says (a block collection where a scalar goes) is not offered.
  const unmerged: string[] = [];
  const edits = mergeInto(model, map, value, styleOf(model), unmerged);
  return edits.length && !unmerged.length ? { title, safe, edits } : undefined;
}

/** A fix that merges settings into a container's `securityContext`. */
export function containerSecurityFix(model: YamlModel, container: Container, values: { [key: string]: YamlValue }, title: string): Fix | undefined {
  return mergeFix(model, container.node, { securityContext: values }, title);
}

/** The restricted settings a container still lacks (only what is missing or wrong; a `Localhost` seccomp profile is kept). */
export function restrictedGaps(workload: Workload, container: Container): { [key: string]: YamlValue } {
  const gaps: { [key: string]: YamlValue } = {};
  if (!requiresNonRoot(workload, container)) gaps.runAsNonRoot = true;
  if (isWindowsPod(workload)) return gaps;
  if (!blocksPrivilegeEscalation(container)) gaps.allowPrivilegeEscalation = false;
  const seccomp = seccompType(workload, container).type;
  if (seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost') gaps.seccompProfile = { type: 'RuntimeDefault' };
  if (!dropsAll(container)) gaps.capabilities = { drop: ['ALL'] };
  return gaps;
}

/**
 * Above this many containers a workload's restricted-profile fix is offered on
 * the first finding of each rule only: it carries an edit per container, and
 * on every finding of a generated pod with hundreds of containers it would
 * make the output grow with the square of the file.
 */
export const MAX_CONTAINERS_FOR_SHARED_FIX = 32;

/** The restricted-profile fix of each workload of a model, once computed (null: none). */
const workloadFixes = (): Map<Workload, Fix | null> => new Map();

/**
 * "Apply restricted securityContext to this workload": writes, into every
 * container of the pod, whichever of `runAsNonRoot: true`,
 * `allowPrivilegeEscalation: false`, `seccompProfile: {type: RuntimeDefault}`
 * and `capabilities: {drop: [ALL]}` it lacks. Computed once per workload: the
 * findings of every container and every rule share the one fix object.
 * Which findings carry it: {@link offersWorkloadFix}.
 */
export function restrictedWorkloadFix(model: YamlModel, workload: Workload): Fix | undefined {
  if (model.templated) return undefined;
  const computed = derived(model, workloadFixes);
  let fix = computed.get(workload);
  if (fix === undefined) {
    const style = styleOf(model);
    const unmerged: string[] = [];
    const edits = workload.containers.flatMap((c) => {
      const gaps = restrictedGaps(workload, c);
      return Object.keys(gaps).length ? mergeInto(model, c.node, { securityContext: gaps }, style, unmerged) : [];
    });
    // Not offered when a setting cannot be written (a block collection where a scalar goes): it would not clear its finding.
    fix = edits.length && !unmerged.length ? { title: 'Apply restricted securityContext to this workload', safe: false, edits } : null;
    computed.set(workload, fix);
  }
  return fix ?? undefined;
}

/**
 * Whether a rule's finding on `workload` carries the restricted-profile fix
 * ({@link restrictedWorkloadFix}): `offered` holds the workloads whose fix the
 * calling rule already attached, and a workload of more than
 * {@link MAX_CONTAINERS_FOR_SHARED_FIX} containers gets it on that rule's
 * first finding only. Asked as the finding is reported, so a rule that
 * computes the fix later, when its fixes are read, offers it on the same
 * findings.
 */
export function offersWorkloadFix(workload: Workload, offered: Set<Workload>): boolean {
  if (workload.containers.length <= MAX_CONTAINERS_FOR_SHARED_FIX) return true;
  if (offered.has(workload)) return false;
  offered.add(workload);
  return true;
}

/** An unsafe fix that removes `key` from a mapping (none when it is the mapping's only entry or the file is templated). */
export function removeFix(model: YamlModel, map: YAMLMap | undefined, key: string, title: string): Fix | undefined {
  const pair = map && !model.templated ? pairOf(map, key) : undefined;
  const edit = pair ? removePair(model, map!, pair) : undefined;
  return edit ? { title, safe: false, edits: [edit] } : undefined;
}

/**
 * An unsafe fix that removes one item of the list under `key`, or the whole
 * `key` when it is the only item.
 */
export function removeListItemFix(model: YamlModel, map: YAMLMap | undefined, key: string, item: Node, title: string): Fix | undefined {
  const pair = map && !model.templated ? pairOf(map, key) : undefined;
  if (!pair || !isSeq(pair.value)) return undefined;
  const edit = pair.value.items.length > 1 ? removeItem(model, pair.value, item) : removePair(model, map!, pair);
  return edit ? { title, safe: false, edits: [edit] } : undefined;
}

/** An unsafe fix that removes an added capability from a container's `securityContext.capabilities.add`. */
export function removeCapabilityFix(model: YamlModel, container: Container, item: Node, name: string): Fix | undefined {
  const caps = container.securityContext ? pairOf(container.securityContext, 'capabilities')?.value : undefined;
  return isMap(caps) ? removeListItemFix(model, caps, 'add', item, `Stop adding ${name}`) : undefined;
}

/** An unsafe fix that replaces `key: …` of a mapping with `newKey: value`. */
export function replaceFix(model: YamlModel, map: YAMLMap, key: string, newKey: string, value: YamlValue, title: string): Fix | undefined {
  const pair = model.templated ? undefined : pairOf(map, key);
  const edit = pair ? replacePair(model, map, pair, newKey, value, styleOf(model)) : undefined;
  return edit ? { title, safe: false, edits: [edit] } : undefined;
}

/** An unsafe fix that sets a scalar to another value. */
export function setScalarFix(model: YamlModel, node: Node | undefined, value: string | number | boolean, title: string): Fix | undefined {
  const edit = !model.templated && isScalar(node) ? setScalar(model, node, value) : undefined;
  return edit ? { title, safe: false, edits: [edit] } : undefined;
}

/** Keeps the defined fixes. */
export function fixes(...list: (Fix | undefined)[]): Fix[] {
  return list.filter((f): f is Fix => !!f);
}
