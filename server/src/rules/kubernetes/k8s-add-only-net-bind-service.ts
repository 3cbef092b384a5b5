import doc from './k8s-add-only-net-bind-service.md';
import type { KubernetesRule } from '../kinds.js';
import { fixes, removeCapabilityFix } from './lib/fixes.js';
import { describeContainer } from '../../parse/kubernetes.js';
import { BASELINE_CAPABILITIES } from './lib/capabilities.js';
import { capabilities, capabilityName, containers, isWindowsPod, rangeOf, restrictedLevel } from './lib/workloads.js';

/**
 * At the restricted level a container may add only NET_BIND_SERVICE. Added
 * capabilities outside the default set are `k8s-no-added-capabilities`'
 * concern; this rule reports the default-set ones the restricted level drops.
 */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-add-only-net-bind-service',
    kind: 'kubernetes',
    title: 'Capability other than NET_BIND_SERVICE added (restricted)',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0106', 'trivy:KSV-0022', 'checkov:CKV_K8S_25'],
    doc,
  },
  check({ model, settings, report }) {
    if (!restrictedLevel(settings)) return;
    for (const { workload, container } of containers(model)) {
      if (isWindowsPod(workload)) continue;
      for (const cap of capabilities(container, 'add')) {
        const name = capabilityName(cap.name);
        if (name === 'NET_BIND_SERVICE' || !BASELINE_CAPABILITIES.has(name)) continue;
        report({
          range: rangeOf(model, cap.node),
          fixes: () => fixes(removeCapabilityFix(model, container, cap.node, cap.name)),
          message: `${describeContainer(container)} adds ${cap.name}; the restricted profile allows adding only NET_BIND_SERVICE`,
        });
      }
    }
  },
};

export default rule;
