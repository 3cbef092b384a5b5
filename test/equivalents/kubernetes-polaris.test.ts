/**
 * Polaris checks against the rules that list them. Polaris validates each
 * container (or the pod spec) against a JSON schema; a container without the
 * required `securityContext` field fails the checks that ask for a setting.
 */
import { KUBERNETES, container, deployment, describeEquivalents, pod } from './kubernetes-cases.js';

describeEquivalents('polaris', KUBERNETES, {
  hostIPCSet: {
    rules: ['k8s-no-host-ipc'],
    cases: [
      { name: 'hostIPC: true', text: deployment(`hostIPC: true${container()}`), fires: true },
      { name: 'hostIPC: false', text: deployment(`hostIPC: false${container()}`), fires: false },
      { name: 'hostIPC not set', text: deployment(container()), fires: false },
    ],
  },
  hostNetworkSet: {
    rules: ['k8s-no-host-network'],
    cases: [
      { name: 'hostNetwork: true', text: deployment(`hostNetwork: true${container()}`), fires: true },
      { name: 'hostNetwork: false', text: deployment(`hostNetwork: false${container()}`), fires: false },
      { name: 'hostNetwork not set', text: pod(container()), fires: false },
    ],
  },
  hostPIDSet: {
    rules: ['k8s-no-host-pid'],
    cases: [
      { name: 'hostPID: true', text: deployment(`hostPID: true${container()}`), fires: true },
      { name: 'hostPID: false', text: deployment(`hostPID: false${container()}`), fires: false },
      { name: 'hostPID not set', text: pod(container()), fires: false },
    ],
  },
  hostPathSet: {
    rules: ['k8s-no-docker-socket', 'k8s-no-host-path'],
    cases: [
      { name: 'a hostPath volume', text: deployment(`${container()}\nvolumes:\n- name: logs\n  hostPath: {path: /var/log}`), fires: true },
      { name: 'an emptyDir volume', text: deployment(`${container()}\nvolumes:\n- name: tmp\n  emptyDir: {}`), fires: false },
      { name: 'no volumes', text: pod(container()), fires: false },
    ],
  },
  hostPortSet: {
    rules: ['k8s-no-host-port'],
    cases: [
      { name: 'a hostPort', text: deployment(container(undefined, '\n  ports:\n  - containerPort: 80\n    hostPort: 80')), fires: true },
      { name: 'a containerPort only', text: deployment(container(undefined, '\n  ports:\n  - containerPort: 80')), fires: false },
      { name: 'no ports', text: pod(container()), fires: false },
    ],
  },
  hostProcess: {
    rules: ['k8s-no-host-process'],
    cases: [
      { name: 'container hostProcess: true', text: pod(container('{windowsOptions: {hostProcess: true}}')), fires: true },
      { name: 'pod hostProcess: true', text: pod(`securityContext: {windowsOptions: {hostProcess: true}}\nhostNetwork: true${container()}`), fires: true },
      { name: 'hostProcess: false', text: pod(container('{windowsOptions: {hostProcess: false}}')), fires: false },
      { name: 'no windowsOptions', text: pod(container()), fires: false },
    ],
  },
  notReadOnlyRootFilesystem: {
    rules: ['k8s-require-read-only-root-filesystem'],
    cases: [
      { name: 'no securityContext', text: deployment(container()), fires: true },
      { name: 'readOnlyRootFilesystem: false', text: deployment(container('{readOnlyRootFilesystem: false}')), fires: true },
      { name: 'a securityContext without the field', text: deployment(container('{runAsNonRoot: true}')), fires: true },
      { name: 'readOnlyRootFilesystem: true', text: deployment(container('{readOnlyRootFilesystem: true}')), fires: false },
    ],
  },
  privilegeEscalationAllowed: {
    rules: ['k8s-no-privilege-escalation'],
    cases: [
      { name: 'no securityContext', text: deployment(container()), fires: true },
      { name: 'allowPrivilegeEscalation: true', text: deployment(container('{allowPrivilegeEscalation: true}')), fires: true },
      { name: 'a securityContext without the field', text: deployment(container('{readOnlyRootFilesystem: true}')), fires: true },
      { name: 'allowPrivilegeEscalation: false', text: deployment(container('{allowPrivilegeEscalation: false}')), fires: false },
    ],
  },
  procMount: {
    rules: ['k8s-no-unmasked-proc-mount'],
    cases: [
      { name: 'procMount: Unmasked', text: deployment(container('{procMount: Unmasked}')), fires: true },
      { name: 'procMount: Default', text: deployment(container('{procMount: Default}')), fires: false },
      { name: 'procMount not set', text: pod(container()), fires: false },
    ],
  },
  runAsPrivileged: {
    rules: ['k8s-no-privileged'],
    cases: [
      { name: 'privileged: true', text: deployment(container('{privileged: true}')), fires: true },
      { name: 'privileged: false', text: deployment(container('{privileged: false}')), fires: false },
      { name: 'no securityContext', text: pod(container()), fires: false },
    ],
  },
  tagNotSpecified: {
    rules: ['k8s-no-latest-tag'],
    cases: [
      { name: 'image without a tag', text: deployment(container().replace('busybox:1.36', 'nginx')), fires: true },
      { name: 'image with the latest tag', text: deployment(container().replace('busybox:1.36', 'nginx:latest')), fires: true },
      { name: 'image with a version tag', text: deployment(container().replace('busybox:1.36', 'nginx:1.25.3')), fires: false },
      {
        name: 'image pinned by digest',
        text: deployment(container().replace('busybox:1.36', 'nginx@sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac')),
        fires: false,
      },
    ],
  },
});
