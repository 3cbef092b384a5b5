import doc from './k8s-no-added-capabilities.md';
import type { KubernetesRule } from '../kinds.js';
import { fixes, removeCapabilityFix } from './lib/fixes.js';
import { describeContainer } from '../../parse/kubernetes.js';
import { BASELINE_CAPABILITIES, DANGEROUS_CAPABILITIES } from './lib/capabilities.js';
import { OWN_RULE_CAPABILITIES } from './lib/named-capability.js';
import { capabilities, capabilityName, containers, rangeOf } from './lib/workloads.js';

/**
 * A container adds a capability outside the runtime's default set (PSS
 * baseline "Capabilities"); SYS_ADMIN and SYS_MODULE have rules of their own.
 */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-added-capabilities',
    kind: 'kubernetes',
    title: 'Capability added beyond the default set',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0106', 'trivy:KSV-0022', 'checkov:CKV_K8S_25'],
    doc,
  },
  check({ model, report }) {
    for (const { container } of containers(model)) {
      for (const cap of capabilities(container, 'add')) {
        const name = capabilityName(cap.name);
        if (BASELINE_CAPABILITIES.has(name) || OWN_RULE_CAPABILITIES.has(name)) continue;
        const danger = Object.hasOwn(DANGEROUS_CAPABILITIES, name) ? DANGEROUS_CAPABILITIES[name] : undefined;
        report({
          range: rangeOf(model, cap.node),
          fixes: () => fixes(removeCapabilityFix(model, container, cap.node, cap.name)),
          message: `${describeContainer(container)} adds ${cap.name}${danger ? `: ${danger}` : ', which is outside the default capability set'}`,
          severity: danger ? 'error' : undefined,
        });
      }
    }
  },
};

export default rule;
