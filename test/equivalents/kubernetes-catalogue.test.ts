/**
 * The peers' workload checks that the catalogue rules claim (runtime socket,
 * named capabilities, ports, Tiller, bare Pods, Ingress TLS, probes,
 * per-resource requests and limits, UID/GID floors, NetworkPolicy …), with
 * firing and quiet cases for every id, written from each check's own tests.
 */
import { KUBERNETES, container, deployment, describeEquivalents, pod, type ManifestCase } from './kubernetes-cases.js';

const c = (name: string, text: string, fires: boolean): ManifestCase => ({ name, text, fires });
const socket = (path: string) => pod(`${container()}\nvolumes:\n- name: v\n  hostPath: {path: ${path}}`);
const caps = (add: string) => pod(container(`{capabilities: {drop: [ALL], add: [${add}]}}`));
const port = (n: number) => pod(container(undefined, `\n  ports: [{containerPort: ${n}}]`));
const withResources = (r: string) => pod(container(undefined, `\n  resources: ${r}`));
const ingress = (spec: string) => `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n${spec.split('\n').map((l) => `  ${l}`).join('\n')}\n`;
const netpol = (selector: string) => `---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny}\nspec:\n  podSelector: ${selector}\n  policyTypes: [Ingress]\n`;
const probe = (which: string) => deployment(`${container(undefined, `\n  ${which}: {httpGet: {path: /healthz, port: 8080}}`)}`);

const RESOURCES = { cpuReq: '{requests: {cpu: 100m}}', cpuLim: '{limits: {cpu: 500m}}', memReq: '{requests: {memory: 64Mi}}', memLim: '{limits: {memory: 128Mi}}' };
const all = '{requests: {cpu: 100m, memory: 64Mi}, limits: {cpu: 500m, memory: 128Mi}}';

function resourceCases(present: string, absentOther: string): ManifestCase[] {
  return [
    c('no resources', pod(container()), true),
    c('only the other settings', withResources(absentOther), true),
    c('the setting is there', withResources(present), false),
    c('everything set', withResources(all), false),
  ];
}

const trivy = {
  'KSV-0006': {
    rules: ['k8s-no-docker-socket'],
    cases: [
      c('mounts /var/run/docker.sock', socket('/var/run/docker.sock'), true),
      c('mounts /var/run/docker.sock in a Deployment', deployment(`${container()}\nvolumes:\n- name: d\n  hostPath: {path: /var/run/docker.sock, type: Socket}`), true),
      c('mounts /var/log', socket('/var/log'), false),
      c('an emptyDir', pod(`${container()}\nvolumes:\n- {name: v, emptyDir: {}}`), false),
    ],
  },
  'KSV-0005': {
    rules: ['k8s-no-cap-sys-admin'],
    cases: [
      c('adds SYS_ADMIN', caps('SYS_ADMIN'), true),
      c('adds CAP_SYS_ADMIN among others', caps('NET_ADMIN, CAP_SYS_ADMIN'), true),
      c('adds NET_ADMIN', caps('NET_ADMIN'), false),
      c('drops SYS_ADMIN', pod(container('{capabilities: {drop: [SYS_ADMIN]}}')), false),
    ],
  },
  'KSV-0120': {
    rules: ['k8s-no-cap-sys-module'],
    cases: [
      c('adds SYS_MODULE', caps('SYS_MODULE'), true),
      c('adds SYS_MODULE and NET_RAW', caps('NET_RAW, SYS_MODULE'), true),
      c('adds SYS_TIME', caps('SYS_TIME'), false),
    ],
  },
  'KSV-0022': {
    rules: ['k8s-add-only-net-bind-service', 'k8s-no-added-capabilities', 'k8s-no-cap-sys-admin', 'k8s-no-cap-sys-module'],
    cases: [
      c('adds SYS_TIME', caps('SYS_TIME'), true),
      c('adds CHOWN', caps('CHOWN'), true),
      c('adds SYS_ADMIN', caps('SYS_ADMIN'), true),
      c('adds nothing', pod(container('{capabilities: {drop: [ALL]}}')), false),
      c('no securityContext', pod(container()), false),
    ],
  },
  'KSV-0117': {
    rules: ['k8s-no-privileged-container-port'],
    cases: [c('port 80', port(80), true), c('port 443', port(443), true), c('port 8080', port(8080), false), c('no ports', pod(container()), false)],
  },
  'KSV-0102': {
    rules: ['k8s-no-tiller'],
    cases: [
      c('Tiller image', pod(`\ncontainers:\n- name: tiller\n  image: gcr.io/kubernetes-helm/tiller:v2.16.12`), true),
      c('Tiller image by digest', pod(`\ncontainers:\n- name: tiller\n  image: ghcr.io/helm/tiller@sha256:${'a'.repeat(64)}`), true),
      c('another image', pod(container()), false),
    ],
  },
  'KSV-0118': {
    rules: ['k8s-require-security-context'],
    cases: [
      c('no securityContext anywhere', pod(container()), true),
      c('empty securityContexts', pod(`securityContext: {}${container('{}')}`), true),
      c('a container securityContext', pod(container('{runAsNonRoot: true}')), false),
      c('a pod securityContext', pod(`securityContext: {runAsUser: 10001}${container()}`), false),
    ],
  },
  'KSV-0020': {
    rules: ['k8s-require-high-uid'],
    cases: [
      c('runAsUser not set', pod(container()), true),
      c('runAsUser 1000', pod(container('{runAsUser: 1000}')), true),
      c('runAsUser 10001', pod(container('{runAsUser: 10001}')), false),
      c('pod runAsUser 20000', pod(`securityContext: {runAsUser: 20000}${container()}`), false),
    ],
  },
  'KSV-0021': {
    rules: ['k8s-require-high-gid'],
    cases: [
      c('runAsGroup not set', pod(container()), true),
      c('runAsGroup 100', pod(container('{runAsGroup: 100}')), true),
      c('runAsGroup 10001', pod(container('{runAsGroup: 10001}')), false),
    ],
  },
  'KSV-0011': { rules: ['k8s-require-cpu-limit'], cases: resourceCases(RESOURCES.cpuLim, '{requests: {cpu: 100m}, limits: {memory: 128Mi}}') },
  'KSV-0015': { rules: ['k8s-require-cpu-request'], cases: resourceCases(RESOURCES.cpuReq, '{requests: {memory: 64Mi}, limits: {cpu: 500m}}') },
  'KSV-0016': { rules: ['k8s-require-memory-request'], cases: resourceCases(RESOURCES.memReq, '{requests: {cpu: 100m}, limits: {memory: 128Mi}}') },
  'KSV-0018': { rules: ['k8s-require-memory-limit'], cases: resourceCases(RESOURCES.memLim, '{requests: {memory: 64Mi}, limits: {cpu: 500m}}') },
  'KSV-0036': {
    rules: ['k8s-no-automount-service-account-token'],
    cases: [
      c('automount not set', pod(container()), true),
      c('automount true', pod(`automountServiceAccountToken: true${container()}`), true),
      c('automount false', pod(`automountServiceAccountToken: false${container()}`), false),
    ],
  },
  'KSV-0038': {
    rules: ['k8s-require-network-policy'],
    cases: [
      c('a Deployment and no policy', deployment(container()), true),
      c('a policy for other pods', deployment(container()) + netpol('{matchLabels: {app: api}}'), true),
      c('a default-deny policy', deployment(container()) + netpol('{}'), false),
      c('a policy for the pods', deployment(container()) + netpol('{matchLabels: {app: web}}'), false),
    ],
  },
  'KSV-0108': {
    rules: ['k8s-no-service-external-ips'],
    cases: [
      c('externalIPs set', `apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  externalIPs: [203.0.113.10]\n  ports: [{port: 80}]\n---\n${pod(container())}`, true),
      c('two externalIPs', `apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  externalIPs: [203.0.113.10, 203.0.113.11]\n`, true),
      c('no externalIPs', `apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports: [{port: 80}]\n`, false),
    ],
  },
};
describeEquivalents('trivy', KUBERNETES, trivy);

const sa = (name: string, extra = '') => `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${name}\n  namespace: app\n${extra}`;

describeEquivalents('checkov', KUBERNETES, {
  CKV_K8S_41: {
    rules: ['k8s-default-service-account-token'],
    cases: [
      c('default ServiceAccount without automount', sa('default'), true),
      c('default ServiceAccount with automount true', sa('default', 'automountServiceAccountToken: true\n'), true),
      c('default ServiceAccount with automount false', sa('default', 'automountServiceAccountToken: false\n'), false),
      c('another ServiceAccount', sa('web'), false),
    ],
  },
  CKV_K8S_27: {
    rules: ['k8s-no-docker-socket'],
    cases: [c('docker.sock', socket('/var/run/docker.sock'), true), c('docker.sock in /run', socket('/run/docker.sock'), true), c('another hostPath', socket('/data'), false)],
  },
  CKV_K8S_39: {
    rules: ['k8s-no-cap-sys-admin'],
    cases: [c('adds SYS_ADMIN', caps('SYS_ADMIN'), true), c('adds sys_admin', caps('sys_admin'), true), c('adds NET_ADMIN', caps('NET_ADMIN'), false)],
  },
  CKV_K8S_25: {
    rules: ['k8s-add-only-net-bind-service', 'k8s-no-added-capabilities', 'k8s-no-cap-sys-admin', 'k8s-no-cap-sys-module'],
    cases: [c('adds NET_ADMIN', caps('NET_ADMIN'), true), c('adds SETUID', caps('SETUID'), true), c('adds SYS_MODULE', caps('SYS_MODULE'), true), c('adds nothing', pod(container()), false)],
  },
  CKV_K8S_28: {
    rules: ['k8s-drop-net-raw'],
    cases: [
      c('drops nothing', pod(container()), true),
      c('drops SYS_ADMIN only', pod(container('{capabilities: {drop: [SYS_ADMIN]}}')), true),
      c('drops NET_RAW', pod(container('{capabilities: {drop: [NET_RAW]}}')), false),
      c('drops ALL', pod(container('{capabilities: {drop: [ALL]}}')), false),
    ],
  },
  CKV_K8S_40: {
    rules: ['k8s-require-high-uid'],
    cases: [c('no runAsUser', pod(container()), true), c('runAsUser 999', pod(container('{runAsUser: 999}')), true), c('runAsUser 10000', pod(container('{runAsUser: 10000}')), false)],
  },
  CKV_K8S_23: {
    rules: ['k8s-no-root-allowed'],
    cases: [
      c('nothing set', pod(container()), true),
      c('runAsNonRoot false', pod(container('{runAsNonRoot: false}')), true),
      c('runAsNonRoot true', pod(container('{runAsNonRoot: true}')), false),
      c('runAsUser 1000 on the pod', pod(`securityContext: {runAsUser: 1000}${container()}`), false),
    ],
  },
  CKV_K8S_15: {
    rules: ['k8s-require-pull-policy-always'],
    cases: [
      c('IfNotPresent', pod(container(undefined, '\n  imagePullPolicy: IfNotPresent')), true),
      c('not set', pod(container()), true),
      c('Always', pod(container(undefined, '\n  imagePullPolicy: Always')), false),
    ],
  },
  CKV_K8S_35: {
    rules: ['k8s-no-secret-env-refs'],
    cases: [
      c('secretKeyRef', pod(container(undefined, '\n  env: [{name: PASSWORD, valueFrom: {secretKeyRef: {name: db, key: password}}}]')), true),
      c('envFrom secretRef', pod(container(undefined, '\n  envFrom: [{secretRef: {name: db}}]')), true),
      c('a Secret volume', pod(`${container()}\nvolumes: [{name: s, secret: {secretName: db}}]`), false),
    ],
  },
});

describeEquivalents('polaris', KUBERNETES, {
  nakedPod: {
    rules: ['k8s-no-naked-pod'],
    cases: [c('a Pod', pod(container()), true), c('a Pod with annotations', pod(container(), 'name: hello\nannotations: {a: b}'), true), c('a Deployment', deployment(container()), false)],
  },
  tlsSettingsMissing: {
    rules: ['k8s-require-ingress-tls'],
    cases: [
      c('no tls', ingress('rules: [{host: a.example.com}]') + `---\n${pod(container())}`, true),
      c('empty tls', ingress('tls: []'), true),
      c('tls with a secret', ingress('tls: [{hosts: [a.example.com], secretName: a-tls}]'), false),
    ],
  },
  livenessProbeMissing: {
    rules: ['k8s-require-liveness-probe'],
    cases: [c('no probe', deployment(container()), true), c('only readiness', probe('readinessProbe'), true), c('liveness set', probe('livenessProbe'), false)],
  },
  readinessProbeMissing: {
    rules: ['k8s-require-readiness-probe'],
    cases: [c('no probe', deployment(container()), true), c('only liveness', probe('livenessProbe'), true), c('readiness set', probe('readinessProbe'), false)],
  },
  linuxHardening: {
    rules: ['k8s-require-linux-hardening'],
    cases: [
      c('nothing set', pod(container()), true),
      c('only runAsNonRoot', pod(container('{runAsNonRoot: true}')), true),
      c('RuntimeDefault seccomp', pod(container('{seccompProfile: {type: RuntimeDefault}}')), false),
      c('drops ALL', pod(container('{capabilities: {drop: [ALL]}}')), false),
      c('SELinux options on the pod', pod(`securityContext: {seLinuxOptions: {level: "s0:c1,c2"}}${container()}`), false),
    ],
  },
  cpuRequestsMissing: { rules: ['k8s-require-cpu-request'], cases: resourceCases(RESOURCES.cpuReq, '{limits: {cpu: 500m}}') },
  cpuLimitsMissing: { rules: ['k8s-require-cpu-limit'], cases: resourceCases(RESOURCES.cpuLim, '{requests: {cpu: 100m}}') },
  memoryRequestsMissing: { rules: ['k8s-require-memory-request'], cases: resourceCases(RESOURCES.memReq, '{limits: {memory: 128Mi}}') },
  memoryLimitsMissing: { rules: ['k8s-require-memory-limit'], cases: resourceCases(RESOURCES.memLim, '{requests: {memory: 64Mi}}') },
  runAsRootAllowed: {
    rules: ['k8s-no-root-allowed'],
    cases: [c('nothing set', pod(container()), true), c('runAsUser 0', pod(container('{runAsUser: 0}')), true), c('runAsNonRoot on the pod', pod(`securityContext: {runAsNonRoot: true}${container()}`), false)],
  },
  pullPolicyNotAlways: {
    rules: ['k8s-require-pull-policy-always'],
    cases: [c('Never', pod(container(undefined, '\n  imagePullPolicy: Never')), true), c('unset', pod(container()), true), c('Always', pod(container(undefined, '\n  imagePullPolicy: Always')), false)],
  },
  automountServiceAccountToken: {
    rules: ['k8s-no-automount-service-account-token'],
    cases: [c('not set', deployment(container()), true), c('true', pod(`automountServiceAccountToken: true${container()}`), true), c('false', pod(`automountServiceAccountToken: false${container()}`), false)],
  },
  missingNetworkPolicy: {
    rules: ['k8s-require-network-policy'],
    cases: [c('no policy', deployment(container()), true), c('a policy for other pods', deployment(container()) + netpol('{matchLabels: {app: db}}'), true), c('a policy for every pod', deployment(container()) + netpol('{}'), false)],
  },
});

describeEquivalents('kube-linter', KUBERNETES, {
  'docker-sock': {
    rules: ['k8s-no-docker-socket'],
    cases: [c('docker.sock', socket('/var/run/docker.sock'), true), c('docker.sock in a Deployment', deployment(`${container()}\nvolumes: [{name: d, hostPath: {path: /var/run/docker.sock}}]`), true), c('another path', socket('/srv/data'), false)],
  },
  'privileged-ports': {
    rules: ['k8s-no-privileged-container-port'],
    cases: [c('port 22', port(22), true), c('port 80', port(80), true), c('port 8080', port(8080), false)],
  },
  'default-service-account': {
    rules: ['k8s-no-default-service-account'],
    cases: [c('no service account', pod(container()), true), c('serviceAccountName default', pod(`serviceAccountName: default${container()}`), true), c('its own account', pod(`serviceAccountName: web${container()}`), false)],
  },
  'drop-net-raw-capability': {
    rules: ['k8s-drop-net-raw'],
    cases: [c('drops nothing', pod(container()), true), c('adds NET_RAW', caps('NET_RAW'), true), c('drops NET_RAW', pod(container('{capabilities: {drop: [NET_RAW]}}')), false)],
  },
  'run-as-non-root': {
    rules: ['k8s-no-root-allowed'],
    cases: [c('nothing set', pod(container()), true), c('runAsNonRoot false', pod(container('{runAsNonRoot: false}')), true), c('runAsUser 1000', pod(container('{runAsUser: 1000}')), false)],
  },
});

describeEquivalents('kubesec', KUBERNETES, {
  DockerSock: {
    rules: ['k8s-no-docker-socket'],
    cases: [c('docker.sock', socket('/var/run/docker.sock'), true), c('docker.sock with a type', pod(`${container()}\nvolumes: [{name: d, hostPath: {path: /var/run/docker.sock, type: Socket}}]`), true), c('no hostPath', pod(container()), false)],
  },
  CapSysAdmin: {
    rules: ['k8s-no-cap-sys-admin'],
    cases: [c('adds SYS_ADMIN', caps('SYS_ADMIN'), true), c('adds SYS_ADMIN without dropping', pod(container('{capabilities: {add: [SYS_ADMIN]}}')), true), c('adds nothing', pod(container()), false)],
  },
});
