/**
 * Rules about one named capability being added (SYS_ADMIN, SYS_MODULE): the
 * container's `capabilities.add` entries with that name, in any letter case
 * and with or without the `CAP_` prefix.
 */
import type { YamlModel } from '../../../parse/yaml.js';
import type { Report } from '../../types.js';
import { describeContainer } from '../../../parse/kubernetes.js';
import { fixes, removeCapabilityFix } from './fixes.js';
import { capabilities, capabilityName, containers, rangeOf } from './workloads.js';

/** Capabilities with a rule of their own, which `k8s-no-added-capabilities` leaves to it. */
export const OWN_RULE_CAPABILITIES = new Set(['SYS_ADMIN', 'SYS_MODULE']);

/** Findings for every container that adds `name`. */
export function addedCapability(model: YamlModel, name: string, why: string): Report[] {
  const out: Report[] = [];
  for (const { container } of containers(model)) {
    for (const cap of capabilities(container, 'add')) {
      if (capabilityName(cap.name) !== name) continue;
      out.push({ range: rangeOf(model, cap.node), message: `${describeContainer(container)} adds ${cap.name}: ${why}`, fixes: () => fixes(removeCapabilityFix(model, container, cap.node, cap.name)) });
    }
  }
  return out;
}
