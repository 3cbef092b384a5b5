import doc from './k8s-no-host-network.md';
import type { KubernetesRule } from '../kinds.js';
import { hostNamespaceCheck } from './lib/host-namespace.js';

/** The pod spec sets `hostNetwork: true` (PSS baseline "Host Namespaces"). */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-host-network',
    kind: 'kubernetes',
    title: "Pod shares the host's network namespace",
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0009', 'checkov:CKV_K8S_19', 'polaris:hostNetworkSet', 'kube-linter:host-network', 'kubesec:HostNetwork'],
    doc,
  },
  check: hostNamespaceCheck('hostNetwork', "the pod shares the node's network stack and can reach services bound to the node's loopback and sniff its traffic"),
};

export default rule;
