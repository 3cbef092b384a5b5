/**
 * kubesec's critical (negative-score) rules against the rules that list
 * them: a rule "fires" when kubesec counts it against the manifest.
 */
import { KUBERNETES, container, deployment, describeEquivalents, pod } from './kubernetes-cases.js';

describeEquivalents('kubesec', KUBERNETES, {
  HostIPC: {
    rules: ['k8s-no-host-ipc'],
    cases: [
      { name: 'hostIPC: true', text: pod(`hostIPC: true${container()}`), fires: true },
      { name: 'hostIPC: false', text: pod(`hostIPC: false${container()}`), fires: false },
      { name: 'hostIPC not set', text: deployment(container()), fires: false },
    ],
  },
  HostNetwork: {
    rules: ['k8s-no-host-network'],
    cases: [
      { name: 'hostNetwork: true', text: pod(`hostNetwork: true${container()}`), fires: true },
      { name: 'hostNetwork: false', text: pod(`hostNetwork: false${container()}`), fires: false },
      { name: 'hostNetwork not set', text: deployment(container()), fires: false },
    ],
  },
  HostPID: {
    rules: ['k8s-no-host-pid'],
    cases: [
      { name: 'hostPID: true', text: pod(`hostPID: true${container()}`), fires: true },
      { name: 'hostPID: false', text: pod(`hostPID: false${container()}`), fires: false },
      { name: 'hostPID not set', text: deployment(container()), fires: false },
    ],
  },
  Privileged: {
    rules: ['k8s-no-privileged'],
    cases: [
      { name: 'privileged: true', text: pod(container('{privileged: true}')), fires: true },
      { name: 'privileged: false', text: pod(container('{privileged: false}')), fires: false },
      { name: 'no securityContext', text: deployment(container()), fires: false },
      {
        name: 'a privileged second container',
        text: deployment(`
          containers:
          - name: web
            image: nginx:1.25.3
          - name: agent
            image: busybox:1.36
            securityContext: {privileged: true}`),
        fires: true,
      },
    ],
  },
});
