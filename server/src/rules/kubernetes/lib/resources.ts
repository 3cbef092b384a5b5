/** Rules asking for one resource setting (requests.cpu, limits.memory …) of each container. */
import type { YAMLMap } from 'yaml';
import type { YamlModel } from '../../../parse/yaml.js';
import type { Fix, Report } from '../../types.js';
import { describeContainer } from '../../../parse/kubernetes.js';
import { isMap, isScalar, pairOf, scalarString, valueOf } from '../../../parse/yaml-access.js';
import type { YamlValue } from '../../../parse/yaml-edit.js';
import { fixes, mergeFix } from './fixes.js';
import { canJudgeAbsence, containerRange, containers, isPartial, keyRange } from './workloads.js';

export type Section = 'requests' | 'limits';
export type Resource = 'cpu' | 'memory';

/**
 * The starting values the fixes write when neither the request nor the limit
 * of a resource is set: small enough to schedule anywhere, to be tuned from
 * measured use.
 */
export const DEFAULT_RESOURCES: { readonly [S in Section]: { readonly [R in Resource]: string } } = {
  requests: { cpu: '100m', memory: '128Mi' },
  limits: { cpu: '500m', memory: '256Mi' },
};

/** What a missing `section.resource` is set to: the other side's value when one is set (so a limit never falls below its request), else the default. */
function valueFor(resources: YAMLMap | undefined, section: Section, resource: Resource): string {
  const other = section === 'requests' ? 'limits' : 'requests';
  const set = scalarString(valueOf(valueOf(resources, other), resource));
  return set !== undefined && set.trim() !== '' ? set : DEFAULT_RESOURCES[section][resource];
}

/**
 * "Set resources: …": writes each missing `section.resource` of a container's
 * `resources:` (unsafe: the numbers are a starting point, not a measurement).
 */
export function resourcesFix(model: YamlModel, container: YAMLMap, missing: readonly [Section, Resource][]): Fix | undefined {
  const pair = pairOf(container, 'resources');
  const resources = pair && isMap(pair.value) ? pair.value : undefined;
  if (pair?.value && !resources && !isScalar(pair.value)) return undefined;
  const value: { [key: string]: { [key: string]: YamlValue } } = {};
  for (const [section, resource] of missing) (value[section] ??= {})[resource] = valueFor(resources, section, resource);
  const said = missing.map(([s, r]) => `${s}.${r}: ${value[s]![r]}`).join(', ');
  return mergeFix(model, container, { resources: value }, `Set ${said} (a starting value: tune it from measured use)`);
}

/** Findings for containers (not ephemeral ones, which cannot set resources) that lack `section.resource`. */
export function missingResource(model: YamlModel, section: Section, resource: Resource, why: string): Report[] {
  if (!canJudgeAbsence(model)) return [];
  const out: Report[] = [];
  for (const { workload, container } of containers(model)) {
    if (container.list === 'ephemeralContainers' || isPartial(workload)) continue;
    const pair = pairOf(container.node, 'resources');
    const s = pair && isMap(pair.value) ? valueOf(pair.value, section) : undefined;
    if (isMap(s) && valueOf(s, resource) !== undefined) continue;
    out.push({
      range: pair ? keyRange(model, pair) : containerRange(model, container),
      message: `${describeContainer(container)} sets no ${section}.${resource}: ${why}`,
      fixes: () => fixes(resourcesFix(model, container.node, [[section, resource]])),
    });
  }
  return out;
}
