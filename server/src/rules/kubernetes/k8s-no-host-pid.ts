import doc from './k8s-no-host-pid.md';
import type { KubernetesRule } from '../kinds.js';
import { hostNamespaceCheck } from './lib/host-namespace.js';

/** The pod spec sets `hostPID: true` (PSS baseline "Host Namespaces"). */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-host-pid',
    kind: 'kubernetes',
    title: "Pod shares the host's process namespace",
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0010', 'checkov:CKV_K8S_17', 'polaris:hostPIDSet', 'kube-linter:host-pid', 'kubesec:HostPID'],
    doc,
  },
  check: hostNamespaceCheck('hostPID', "the pod sees every process on the node and can signal or inspect them"),
};

export default rule;
