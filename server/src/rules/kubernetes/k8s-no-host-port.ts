import doc from './k8s-no-host-port.md';
import type { KubernetesRule } from '../kinds.js';
import { removeFix } from './lib/fixes.js';
import { describeContainer } from '../../parse/kubernetes.js';
import { scalarString, valueOf } from '../../parse/yaml-access.js';
import { containerPorts, containers, rangeOf } from './lib/workloads.js';

/** A container port is bound on the node with `hostPort` (PSS baseline "Host Ports"). */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-host-port',
    kind: 'kubernetes',
    title: 'Container port bound on the node (hostPort)',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0024', 'checkov:CKV_K8S_26', 'polaris:hostPortSet'],
    doc,
  },
  check({ model, report }) {
    for (const { container } of containers(model)) {
      for (const port of containerPorts(container)) {
        const node = valueOf(port, 'hostPort');
        const value = scalarString(node);
        if (!node || value === undefined || value === '0') continue;
        const fix = removeFix(model, port, 'hostPort', `Remove hostPort: ${value} (reach the pod through a Service instead)`);
        report({
          range: rangeOf(model, node),
          message: `${describeContainer(container)} binds port ${value} on the node itself, bypassing Services and NetworkPolicies and limiting scheduling`,
          fixes: fix ? [fix] : [],
        });
      }
    }
  },
};

export default rule;
