import doc from './k8s-no-host-ipc.md';
import type { KubernetesRule } from '../kinds.js';
import { hostNamespaceCheck } from './lib/host-namespace.js';

/** The pod spec sets `hostIPC: true` (PSS baseline "Host Namespaces"). */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-host-ipc',
    kind: 'kubernetes',
    title: "Pod shares the host's IPC namespace",
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0008', 'checkov:CKV_K8S_18', 'polaris:hostIPCSet', 'kube-linter:host-ipc', 'kubesec:HostIPC'],
    doc,
  },
  check: hostNamespaceCheck('hostIPC', "the pod can read and write the node's shared memory and IPC objects"),
};

export default rule;
