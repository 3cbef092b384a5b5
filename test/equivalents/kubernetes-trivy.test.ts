/**
 * Trivy's Kubernetes checks (KSV-xxxx) against the rules that list them: the
 * cases mirror the check's own Rego tests (a Pod named `hello` running
 * `busybox`) plus workload kinds and init containers, which Trivy reads the
 * same way as a Pod's containers.
 */
import { KUBERNETES, container, cronJob, deployment, describeEquivalents, pod } from './kubernetes-cases.js';

describeEquivalents('trivy', KUBERNETES, {
  'KSV-0001': {
    rules: ['k8s-no-privilege-escalation'],
    cases: [
      { name: 'allowPrivilegeEscalation is not set', text: pod(container()), fires: true },
      { name: 'allowPrivilegeEscalation: true', text: pod(container('{allowPrivilegeEscalation: true}')), fires: true },
      { name: 'allowPrivilegeEscalation: false', text: pod(container('{allowPrivilegeEscalation: false}')), fires: false },
      { name: 'a securityContext without the field', text: pod(container('{readOnlyRootFilesystem: true}')), fires: true },
      { name: 'the string "false" is not false', text: pod(container('{allowPrivilegeEscalation: "false"}')), fires: true },
      {
        name: 'set on the pod securityContext only (a container field)',
        text: pod(`
          securityContext: {allowPrivilegeEscalation: false}
          containers:
          - name: hello
            image: busybox:1.36`),
        fires: true,
      },
      {
        name: 'an init container without it',
        text: deployment(`
          initContainers:
          - name: init
            image: busybox:1.36
          containers:
          - name: web
            image: nginx:1.25.3
            securityContext: {allowPrivilegeEscalation: false}`),
        fires: true,
      },
      {
        name: 'every container of a CronJob sets false',
        text: cronJob(`
          restartPolicy: OnFailure
          containers:
          - name: job
            image: busybox:1.36
            securityContext: {allowPrivilegeEscalation: false}`),
        fires: false,
      },
    ],
  },
  'KSV-0003': {
    rules: ['k8s-drop-all-capabilities'],
    cases: [
      { name: 'no securityContext', text: pod(container()), fires: true },
      { name: 'drops NET_RAW only', text: pod(container('{capabilities: {drop: [NET_RAW]}}')), fires: true },
      { name: 'drops ALL', text: pod(container('{capabilities: {drop: [ALL]}}')), fires: false },
      { name: 'drops all in lower case', text: pod(container('{capabilities: {drop: ["all"]}}')), fires: false },
      { name: 'drops ALL and adds SYS_ADMIN back (only the drop is checked)', text: pod(container('{capabilities: {drop: [ALL], add: [SYS_ADMIN]}}')), fires: false },
      { name: 'adds only', text: pod(container('{capabilities: {add: [NET_BIND_SERVICE]}}')), fires: true },
      {
        name: 'an init container that does not drop ALL',
        text: deployment(`
          initContainers:
          - name: init
            image: busybox:1.36
          containers:
          - name: web
            image: nginx:1.25.3
            securityContext: {capabilities: {drop: [ALL]}}`),
        fires: true,
      },
    ],
  },
  'KSV-0008': {
    rules: ['k8s-no-host-ipc'],
    cases: [
      { name: 'hostIPC: true', text: pod(`hostIPC: true${container()}`), fires: true },
      { name: 'hostIPC: false', text: pod(`hostIPC: false${container()}`), fires: false },
      { name: 'hostIPC not set', text: pod(container()), fires: false },
      { name: 'hostIPC: true in a Deployment template', text: deployment(`hostIPC: true${container()}`), fires: true },
    ],
  },
  'KSV-0009': {
    rules: ['k8s-no-host-network'],
    cases: [
      { name: 'hostNetwork: true', text: pod(`hostNetwork: true${container()}`), fires: true },
      { name: 'hostNetwork: false', text: pod(`hostNetwork: false${container()}`), fires: false },
      { name: 'hostNetwork not set', text: pod(container()), fires: false },
      { name: 'hostNetwork: true in a CronJob template', text: cronJob(`hostNetwork: true${container()}`), fires: true },
    ],
  },
  'KSV-0010': {
    rules: ['k8s-no-host-pid'],
    cases: [
      { name: 'hostPID: true', text: pod(`hostPID: true${container()}`), fires: true },
      { name: 'hostPID: false', text: pod(`hostPID: false${container()}`), fires: false },
      { name: 'hostPID not set', text: pod(container()), fires: false },
      { name: 'hostPID: true in a Deployment template', text: deployment(`hostPID: true${container()}`), fires: true },
    ],
  },
  'KSV-0012': {
    rules: ['k8s-require-run-as-non-root'],
    cases: [
      { name: 'runAsNonRoot set nowhere', text: pod(container()), fires: true },
      { name: 'container runAsNonRoot: false', text: pod(container('{runAsNonRoot: false}')), fires: true },
      { name: 'container runAsNonRoot: true', text: pod(container('{runAsNonRoot: true}')), fires: false },
      { name: 'pod runAsNonRoot: false', text: pod(`securityContext: {runAsNonRoot: false}${container()}`), fires: true },
      { name: 'pod runAsNonRoot: true', text: pod(`securityContext: {runAsNonRoot: true}${container()}`), fires: false },
      { name: 'pod false, container true', text: pod(`securityContext: {runAsNonRoot: false}${container('{runAsNonRoot: true}')}`), fires: false },
      { name: 'a non-zero runAsUser alone does not count', text: pod(container('{runAsUser: 1000}')), fires: true },
      {
        name: 'one of two containers sets it',
        text: deployment(`
          containers:
          - name: web
            image: nginx:1.25.3
            securityContext: {runAsNonRoot: true}
          - name: sidecar
            image: busybox:1.36`),
        fires: true,
      },
    ],
  },
  'KSV-0013': {
    rules: ['k8s-no-latest-tag'],
    cases: [
      { name: 'image without a tag', text: pod(container().replace('busybox:1.36', 'busybox')), fires: true },
      { name: 'image with the latest tag', text: pod(container().replace('busybox:1.36', 'busybox:latest')), fires: true },
      { name: 'image with a version tag', text: pod(container()), fires: false },
      {
        name: 'image pinned by digest',
        text: pod(container().replace('busybox:1.36', 'busybox@sha256:5acba83a746c7608ed544dc1533b87c737a0b0fb730301639a0179f9344b1678')),
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
  'KSV-0014': {
    rules: ['k8s-require-read-only-root-filesystem'],
    cases: [
      { name: 'readOnlyRootFilesystem not set', text: pod(container()), fires: true },
      { name: 'readOnlyRootFilesystem: false', text: pod(container('{readOnlyRootFilesystem: false}')), fires: true },
      { name: 'readOnlyRootFilesystem: true', text: pod(container('{readOnlyRootFilesystem: true}')), fires: false },
      {
        name: 'an init container with a writable root filesystem',
        text: deployment(`
          initContainers:
          - name: init
            image: busybox:1.36
          containers:
          - name: web
            image: nginx:1.25.3
            securityContext: {readOnlyRootFilesystem: true}`),
        fires: true,
      },
    ],
  },
  'KSV-0017': {
    rules: ['k8s-no-privileged'],
    cases: [
      { name: 'privileged: true', text: pod(container('{privileged: true}')), fires: true },
      { name: 'privileged: false', text: pod(container('{privileged: false}')), fires: false },
      { name: 'privileged not set', text: pod(container()), fires: false },
      {
        name: 'a privileged init container',
        text: deployment(`
          initContainers:
          - name: init
            image: busybox:1.36
            securityContext: {privileged: true}
          containers:
          - name: web
            image: nginx:1.25.3`),
        fires: true,
      },
    ],
  },
  'KSV-0023': {
    rules: ['k8s-no-docker-socket', 'k8s-no-host-path'],
    cases: [
      { name: 'a hostPath volume', text: pod(`${container()}\nvolumes:\n- name: logs\n  hostPath: {path: /var/log}`), fires: true },
      { name: 'the docker socket', text: deployment(`${container()}\nvolumes:\n- name: sock\n  hostPath:\n    path: /var/run/docker.sock\n    type: Socket`), fires: true },
      { name: 'an emptyDir volume', text: pod(`${container()}\nvolumes:\n- name: tmp\n  emptyDir: {}`), fires: false },
      { name: 'no volumes', text: pod(container()), fires: false },
    ],
  },
  'KSV-0024': {
    rules: ['k8s-no-host-port'],
    cases: [
      { name: 'a hostPort', text: pod(container(undefined, '\n  ports:\n  - containerPort: 8080\n    hostPort: 8080')), fires: true },
      { name: 'a containerPort only', text: pod(container(undefined, '\n  ports:\n  - containerPort: 8080')), fires: false },
      { name: 'no ports', text: pod(container()), fires: false },
      {
        name: 'a hostPort on the second port of a Deployment container',
        text: deployment(container(undefined, '\n  ports:\n  - containerPort: 80\n  - containerPort: 443\n    hostPort: 443')),
        fires: true,
      },
    ],
  },
  'KSV-0025': {
    rules: ['k8s-no-custom-selinux'],
    cases: [
      { name: 'container type spc_t', text: pod(container('{seLinuxOptions: {type: spc_t}}')), fires: true },
      { name: 'container type container_t', text: pod(container('{seLinuxOptions: {type: container_t}}')), fires: false },
      { name: 'a custom user', text: pod(container('{seLinuxOptions: {user: system_u}}')), fires: true },
      { name: 'a custom role', text: pod(`securityContext: {seLinuxOptions: {role: sysadm_r}}${container()}`), fires: true },
      { name: 'pod type spc_t', text: pod(`securityContext: {seLinuxOptions: {type: spc_t}}${container()}`), fires: true },
      { name: 'a level only', text: pod(`securityContext: {seLinuxOptions: {level: "s0:c123,c456"}}${container()}`), fires: false },
      { name: 'no seLinuxOptions', text: pod(container()), fires: false },
    ],
  },
  'KSV-0026': {
    rules: ['k8s-no-unsafe-sysctls'],
    cases: [
      { name: 'an unsafe sysctl', text: pod(`securityContext:\n  sysctls:\n  - {name: net.core.somaxconn, value: "1024"}${container()}`), fires: true },
      { name: 'a node-wide sysctl', text: pod(`securityContext:\n  sysctls:\n  - {name: kernel.msgmax, value: "65536"}${container()}`), fires: true },
      { name: 'kernel.shm_rmid_forced', text: pod(`securityContext:\n  sysctls:\n  - {name: kernel.shm_rmid_forced, value: "0"}${container()}`), fires: false },
      {
        name: 'only safe sysctls',
        text: pod(`securityContext:\n  sysctls:\n  - {name: net.ipv4.ip_local_port_range, value: "1024 65535"}\n  - {name: net.ipv4.tcp_syncookies, value: "1"}${container()}`),
        fires: false,
      },
      {
        name: 'one unsafe among safe ones',
        text: deployment(`securityContext:\n  sysctls:\n  - {name: net.ipv4.ping_group_range, value: "0 0"}\n  - {name: kernel.sem, value: "250 32000 32 128"}${container()}`),
        fires: true,
      },
      { name: 'no sysctls', text: pod(container()), fires: false },
    ],
  },
  'KSV-0027': {
    rules: ['k8s-no-unmasked-proc-mount'],
    cases: [
      { name: 'procMount: Unmasked', text: pod(container('{procMount: Unmasked}')), fires: true },
      { name: 'procMount not set', text: pod(container()), fires: false },
      {
        name: 'an init container with an unmasked /proc',
        text: deployment(`
          initContainers:
          - name: init
            image: busybox:1.36
            securityContext: {procMount: Unmasked}
          containers:
          - name: web
            image: nginx:1.25.3`),
        fires: true,
      },
    ],
  },
  'KSV-0028': {
    rules: ['k8s-restricted-volume-types'],
    cases: [
      { name: 'an nfs volume', text: pod(`${container()}\nvolumes:\n- name: data\n  nfs: {server: nfs.example.com, path: /exports}`), fires: true },
      { name: 'a gitRepo volume', text: deployment(`${container()}\nvolumes:\n- name: src\n  gitRepo: {repository: "https://example.com/r.git"}`), fires: true },
      {
        name: 'configMap, secret, emptyDir and a claim',
        text: pod(`${container()}\nvolumes:\n- name: a\n  configMap: {name: cfg}\n- name: b\n  secret: {secretName: s}\n- name: c\n  emptyDir: {}\n- name: d\n  persistentVolumeClaim: {claimName: data}`),
        fires: false,
      },
      { name: 'projected and downwardAPI', text: pod(`${container()}\nvolumes:\n- name: a\n  projected: {sources: []}\n- name: b\n  downwardAPI: {items: []}`), fires: false },
      { name: 'no volumes', text: pod(container()), fires: false },
    ],
  },
  'KSV-0030': {
    rules: ['k8s-no-seccomp-unconfined', 'k8s-require-seccomp-profile'],
    cases: [
      { name: 'no seccomp profile anywhere', text: pod(container()), fires: true },
      { name: 'pod RuntimeDefault', text: pod(`securityContext: {seccompProfile: {type: RuntimeDefault}}${container()}`), fires: false },
      { name: 'container RuntimeDefault', text: pod(container('{seccompProfile: {type: RuntimeDefault}}')), fires: false },
      { name: 'pod Unconfined', text: pod(`securityContext: {seccompProfile: {type: Unconfined}}${container()}`), fires: true },
      { name: 'container Unconfined', text: pod(container('{seccompProfile: {type: Unconfined}}')), fires: true },
      {
        name: 'one of two containers has a profile, the pod none',
        text: deployment(`
          containers:
          - name: web
            image: nginx:1.25.3
            securityContext: {seccompProfile: {type: RuntimeDefault}}
          - name: sidecar
            image: busybox:1.36`),
        fires: true,
      },
    ],
  },
  'KSV-0103': {
    rules: ['k8s-no-host-process'],
    cases: [
      { name: 'pod hostProcess: true', text: pod(`securityContext:\n  windowsOptions: {hostProcess: true, runAsUserName: "NT AUTHORITY\\\\SYSTEM"}\nhostNetwork: true${container()}`), fires: true },
      { name: 'container hostProcess: true', text: pod(container('{windowsOptions: {hostProcess: true}}')), fires: true },
      { name: 'hostProcess: false', text: pod(container('{windowsOptions: {hostProcess: false}}')), fires: false },
      { name: 'windowsOptions without hostProcess', text: pod(container('{windowsOptions: {runAsUserName: ContainerUser}}')), fires: false },
      { name: 'no windowsOptions', text: pod(container()), fires: false },
    ],
  },
  'KSV-0104': {
    rules: ['k8s-no-seccomp-unconfined', 'k8s-require-seccomp-profile'],
    cases: [
      { name: 'no seccomp profile anywhere', text: pod(container()), fires: true },
      { name: 'pod Unconfined', text: pod(`securityContext: {seccompProfile: {type: Unconfined}}${container()}`), fires: true },
      { name: 'container Unconfined', text: pod(container('{seccompProfile: {type: Unconfined}}')), fires: true },
      { name: 'pod RuntimeDefault', text: pod(`securityContext: {seccompProfile: {type: RuntimeDefault}}${container()}`), fires: false },
      { name: 'container RuntimeDefault in a Deployment', text: deployment(container('{seccompProfile: {type: RuntimeDefault}}')), fires: false },
      { name: 'container Localhost profile', text: pod(container('{seccompProfile: {type: Localhost, localhostProfile: profiles/audit.json}}')), fires: false },
    ],
  },
  'KSV-0105': {
    rules: ['k8s-no-root-user'],
    cases: [
      { name: 'container runAsUser: 0', text: pod(container('{runAsUser: 0}')), fires: true },
      { name: 'pod runAsUser: 0', text: pod(`securityContext: {runAsUser: 0}${container()}`), fires: true },
      { name: 'pod runAsUser: 0 even when the container overrides it', text: pod(`securityContext: {runAsUser: 0}${container('{runAsUser: 1000}')}`), fires: true },
      { name: 'runAsUser: 1000', text: pod(container('{runAsUser: 1000}')), fires: false },
      { name: 'runAsUser not set', text: pod(container()), fires: false },
    ],
  },
  'KSV-0106': {
    rules: ['k8s-add-only-net-bind-service', 'k8s-drop-all-capabilities', 'k8s-no-added-capabilities', 'k8s-no-cap-sys-admin', 'k8s-no-cap-sys-module'],
    cases: [
      { name: 'no capabilities', text: pod(container()), fires: true },
      { name: 'drops ALL', text: pod(container('{capabilities: {drop: [ALL]}}')), fires: false },
      { name: 'drops ALL, adds NET_BIND_SERVICE', text: pod(container('{capabilities: {drop: [ALL], add: [NET_BIND_SERVICE]}}')), fires: false },
      { name: 'drops ALL, adds CHOWN', text: pod(container('{capabilities: {drop: [ALL], add: [CHOWN]}}')), fires: true },
      { name: 'drops ALL, adds SYS_ADMIN', text: pod(container('{capabilities: {drop: [ALL], add: [SYS_ADMIN]}}')), fires: true },
      { name: 'drops NET_RAW only', text: pod(container('{capabilities: {drop: [NET_RAW]}}')), fires: true },
      {
        name: 'an init container that drops nothing',
        text: deployment(`
          initContainers:
          - name: init
            image: busybox:1.36
          containers:
          - name: web
            image: nginx:1.25.3
            securityContext: {capabilities: {drop: [ALL], add: [NET_BIND_SERVICE]}}`),
        fires: true,
      },
    ],
  },
});
