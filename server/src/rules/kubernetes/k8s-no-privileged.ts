import doc from './k8s-no-privileged.md';
import type { KubernetesRule } from '../kinds.js';
import { describeContainer } from '../../parse/kubernetes.js';
import { isYaml11True } from '../../parse/yaml-access.js';
import { containerSecurityFix, fixes } from './lib/fixes.js';
import { containerField, containers, rangeOf } from './lib/workloads.js';

/** A container sets `securityContext.privileged: true` (PSS baseline "Privileged Containers"). */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-privileged',
    kind: 'kubernetes',
    title: 'Privileged container',
    defaultSeverity: 'error',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0017', 'checkov:CKV_K8S_16', 'polaris:runAsPrivileged', 'kube-linter:privileged-container', 'kubesec:Privileged'],
    doc,
  },
  check({ model, report }) {
    for (const { container } of containers(model)) {
      const node = containerField(container, 'privileged');
      if (!isYaml11True(node)) continue;
      report({
        range: rangeOf(model, node),
        message: `${describeContainer(container)} is privileged: it gets every capability and the host's devices, so escaping to the node is trivial`,
        fixes: () => fixes(containerSecurityFix(model, container, { privileged: false }, 'Set privileged: false')),
      });
    }
  },
};

export default rule;
