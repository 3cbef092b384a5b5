/**
 * kube-linter checks against the rules that list them. kube-linter's
 * per-container checks read every container of the pod spec, init
 * containers included.
 */
import { KUBERNETES, container, deployment, describeEquivalents, pod } from './kubernetes-cases.js';

const withInit = (initSecurityContext: string) => deployment(`
  initContainers:
  - name: init
    image: busybox:1.36
    securityContext: ${initSecurityContext}
  containers:
  - name: web
    image: nginx:1.25.3
    securityContext: {readOnlyRootFilesystem: true}`);

describeEquivalents('kube-linter', KUBERNETES, {
  'host-ipc': {
    rules: ['k8s-no-host-ipc'],
    cases: [
      { name: 'hostIPC: true', text: deployment(`hostIPC: true${container()}`), fires: true },
      { name: 'hostIPC: false', text: deployment(`hostIPC: false${container()}`), fires: false },
      { name: 'hostIPC not set', text: deployment(container()), fires: false },
    ],
  },
  'host-network': {
    rules: ['k8s-no-host-network'],
    cases: [
      { name: 'hostNetwork: true', text: deployment(`hostNetwork: true${container()}`), fires: true },
      { name: 'hostNetwork: false', text: deployment(`hostNetwork: false${container()}`), fires: false },
      { name: 'hostNetwork not set', text: deployment(container()), fires: false },
    ],
  },
  'host-pid': {
    rules: ['k8s-no-host-pid'],
    cases: [
      { name: 'hostPID: true', text: deployment(`hostPID: true${container()}`), fires: true },
      { name: 'hostPID: false', text: deployment(`hostPID: false${container()}`), fires: false },
      { name: 'hostPID not set', text: pod(container()), fires: false },
    ],
  },
  'no-read-only-root-fs': {
    rules: ['k8s-require-read-only-root-filesystem'],
    cases: [
      { name: 'no securityContext', text: deployment(container()), fires: true },
      { name: 'readOnlyRootFilesystem: false', text: deployment(container('{readOnlyRootFilesystem: false}')), fires: true },
      { name: 'readOnlyRootFilesystem: true', text: deployment(container('{readOnlyRootFilesystem: true}')), fires: false },
      { name: 'an init container with a writable root filesystem', text: withInit('{runAsNonRoot: true}'), fires: true },
      { name: 'every container read-only', text: withInit('{readOnlyRootFilesystem: true}'), fires: false },
    ],
  },
  'privileged-container': {
    rules: ['k8s-no-privileged'],
    cases: [
      { name: 'privileged: true', text: deployment(container('{privileged: true}')), fires: true },
      { name: 'privileged: false', text: deployment(container('{privileged: false}')), fires: false },
      { name: 'no securityContext', text: deployment(container()), fires: false },
      { name: 'a privileged init container', text: withInit('{privileged: true}'), fires: true },
    ],
  },
  'unsafe-proc-mount': {
    rules: ['k8s-no-unmasked-proc-mount'],
    cases: [
      { name: 'procMount: Unmasked', text: deployment(container('{procMount: Unmasked}')), fires: true },
      { name: 'procMount: Default', text: deployment(container('{procMount: Default}')), fires: false },
      { name: 'procMount not set', text: deployment(container()), fires: false },
    ],
  },
});
