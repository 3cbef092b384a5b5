import doc from './k8s-drop-net-raw.md';
import type { KubernetesRule } from '../kinds.js';
import { containerSecurityFix, fixes, removeCapabilityFix } from './lib/fixes.js';
import { describeContainer } from '../../parse/kubernetes.js';
import { capabilities, capabilityName, containerRange, containers, dropsAll, isWindowsPod, rangeOf } from './lib/workloads.js';

/** A container keeps NET_RAW: it adds it, or drops neither NET_RAW nor ALL. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-drop-net-raw',
    kind: 'kubernetes',
    title: 'NET_RAW capability not dropped',
    defaultSeverity: 'off',
    fix: 'unsafe',
    equivalents: ['checkov:CKV_K8S_28', 'kube-linter:drop-net-raw-capability'],
    doc,
  },
  check({ model, report }) {
    for (const { workload, container } of containers(model)) {
      if (isWindowsPod(workload)) continue;
      const added = capabilities(container, 'add').find((c) => capabilityName(c.name) === 'NET_RAW');
      if (added) {
        report({ range: rangeOf(model, added.node), message: `${describeContainer(container)} adds NET_RAW: it can craft raw packets, e.g. to spoof ARP or DNS on the node network`, fixes: () => fixes(removeCapabilityFix(model, container, added.node, added.name)) });
        continue;
      }
      if (dropsAll(container) || capabilities(container, 'drop').some((c) => capabilityName(c.name) === 'NET_RAW')) continue;
      report({ range: containerRange(model, container), message: `${describeContainer(container)} keeps NET_RAW, which the runtime grants by default; drop it (or ALL)`, fixes: () => fixes(containerSecurityFix(model, container, { capabilities: { drop: ['NET_RAW'] } }, 'Drop NET_RAW')) });
    }
  },
};

export default rule;
