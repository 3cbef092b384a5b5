/**
 * Checkov's Kubernetes checks (CKV_K8S_xx) against the rules that list them.
 * Checkov's container checks read `containers` and `initContainers` of every
 * workload kind; a missing `securityContext` fails the checks that want a
 * setting.
 */
import { KUBERNETES, container, cronJob, deployment, describeEquivalents, pod } from './kubernetes-cases.js';

const initContainer = (securityContext: string) => deployment(`
  initContainers:
  - name: init
    image: busybox:1.36
  containers:
  - name: web
    image: nginx:1.25.3
    securityContext: ${securityContext}`);

describeEquivalents('checkov', KUBERNETES, {
  CKV_K8S_14: {
    rules: ['k8s-no-latest-tag'],
    cases: [
      { name: 'image without a tag', text: pod(container().replace('busybox:1.36', 'nginx')), fires: true },
      { name: 'image with the latest tag', text: pod(container().replace('busybox:1.36', 'nginx:latest')), fires: true },
      { name: 'image with a version tag', text: pod(container().replace('busybox:1.36', 'nginx:1.25.3')), fires: false },
      {
        name: 'image pinned by digest',
        text: deployment(container().replace('busybox:1.36', 'nginx@sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac')),
        fires: false,
      },
      {
        name: 'an init container on latest',
        text: deployment(`
          initContainers:
          - name: init
            image: busybox:latest
          containers:
          - name: web
            image: nginx:1.25.3`),
        fires: true,
      },
    ],
  },
  CKV_K8S_16: {
    rules: ['k8s-no-privileged'],
    cases: [
      { name: 'privileged: true', text: pod(container('{privileged: true}')), fires: true },
      { name: 'privileged: false', text: pod(container('{privileged: false}')), fires: false },
      { name: 'no securityContext', text: pod(container()), fires: false },
      { name: 'a privileged container in a CronJob', text: cronJob(container('{privileged: true}')), fires: true },
    ],
  },
  CKV_K8S_17: {
    rules: ['k8s-no-host-pid'],
    cases: [
      { name: 'hostPID: true', text: pod(`hostPID: true${container()}`), fires: true },
      { name: 'hostPID: false', text: pod(`hostPID: false${container()}`), fires: false },
      { name: 'hostPID not set', text: deployment(container()), fires: false },
    ],
  },
  CKV_K8S_18: {
    rules: ['k8s-no-host-ipc'],
    cases: [
      { name: 'hostIPC: true', text: pod(`hostIPC: true${container()}`), fires: true },
      { name: 'hostIPC: false', text: pod(`hostIPC: false${container()}`), fires: false },
      { name: 'hostIPC not set', text: deployment(container()), fires: false },
    ],
  },
  CKV_K8S_19: {
    rules: ['k8s-no-host-network'],
    cases: [
      { name: 'hostNetwork: true', text: pod(`hostNetwork: true${container()}`), fires: true },
      { name: 'hostNetwork: false', text: pod(`hostNetwork: false${container()}`), fires: false },
      { name: 'hostNetwork not set', text: deployment(container()), fires: false },
      { name: 'hostNetwork: true in a Deployment', text: deployment(`hostNetwork: true${container()}`), fires: true },
    ],
  },
  CKV_K8S_20: {
    rules: ['k8s-no-privilege-escalation'],
    cases: [
      { name: 'no securityContext', text: pod(container()), fires: true },
      { name: 'a securityContext without the field', text: pod(container('{runAsNonRoot: true}')), fires: true },
      { name: 'allowPrivilegeEscalation: true', text: pod(container('{allowPrivilegeEscalation: true}')), fires: true },
      { name: 'allowPrivilegeEscalation: false', text: pod(container('{allowPrivilegeEscalation: false}')), fires: false },
      { name: 'an init container without it', text: initContainer('{allowPrivilegeEscalation: false}'), fires: true },
      { name: 'false in a CronJob', text: cronJob(container('{allowPrivilegeEscalation: false}')), fires: false },
    ],
  },
  CKV_K8S_22: {
    rules: ['k8s-require-read-only-root-filesystem'],
    cases: [
      { name: 'no securityContext', text: pod(container()), fires: true },
      { name: 'readOnlyRootFilesystem: false', text: pod(container('{readOnlyRootFilesystem: false}')), fires: true },
      { name: 'readOnlyRootFilesystem: true', text: pod(container('{readOnlyRootFilesystem: true}')), fires: false },
      { name: 'an init container without it', text: initContainer('{readOnlyRootFilesystem: true}'), fires: true },
    ],
  },
  CKV_K8S_26: {
    rules: ['k8s-no-host-port'],
    cases: [
      { name: 'a hostPort', text: pod(container(undefined, '\n  ports:\n  - containerPort: 8080\n    hostPort: 8080')), fires: true },
      { name: 'a containerPort only', text: pod(container(undefined, '\n  ports:\n  - containerPort: 8080')), fires: false },
      { name: 'no ports', text: deployment(container()), fires: false },
    ],
  },
  CKV_K8S_37: {
    rules: ['k8s-drop-all-capabilities'],
    cases: [
      { name: 'no securityContext', text: pod(container()), fires: true },
      { name: 'drops NET_RAW only', text: pod(container('{capabilities: {drop: [NET_RAW]}}')), fires: true },
      { name: 'adds without dropping', text: pod(container('{capabilities: {add: [NET_BIND_SERVICE]}}')), fires: true },
      { name: 'drops ALL', text: pod(container('{capabilities: {drop: [ALL]}}')), fires: false },
      { name: 'drops all in lower case', text: pod(container('{capabilities: {drop: [all]}}')), fires: false },
      { name: 'drops ALL and adds a capability back', text: pod(container('{capabilities: {drop: [ALL], add: [NET_ADMIN]}}')), fires: false },
      { name: 'an init container that drops nothing', text: initContainer('{capabilities: {drop: [ALL]}}'), fires: true },
    ],
  },
  CKV_K8S_38: {
    rules: ['k8s-no-automount-service-account-token'],
    cases: [
      { name: 'automountServiceAccountToken not set', text: pod(container()), fires: true },
      { name: 'automountServiceAccountToken: true', text: pod(`automountServiceAccountToken: true${container()}`), fires: true },
      { name: 'automountServiceAccountToken: false', text: pod(`automountServiceAccountToken: false${container()}`), fires: false },
      { name: 'false in a Deployment template', text: deployment(`automountServiceAccountToken: false${container()}`), fires: false },
      { name: 'not set in a CronJob', text: cronJob(container()), fires: true },
    ],
  },
});
