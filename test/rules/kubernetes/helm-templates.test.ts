import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/engine/index.js';

const path = '/repo/charts/demo/templates/pod.yaml';

function findings(text: string): string[] {
  return analyze({ path, text }).findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.ruleId}: ${f.message}`);
}

describe('Helm templates', () => {
  const pod = `apiVersion: v1
kind: Pod
metadata:
  name: '{{ .Release.Name }}-probe'
spec:
  hostPID: true
  containers:
    - name: probe
      image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
      securityContext:
        privileged: true
        capabilities:
          add: ["{{ .Values.extraCap }}", SYS_ADMIN]
      env:
        - name: DB_PASSWORD
          value: '{{ .Values.dbPassword }}'
`;

  it('judges the literal settings of a template and never a template as a value', () => {
    assert.deepEqual(findings(pod), [
      "4:9 k8s-no-naked-pod: Pod (templated name) has no controller: when its node fails or it is evicted nothing recreates it; run it from a Deployment, StatefulSet or Job",
      "6:12 k8s-no-host-pid: Pod (templated name) sets hostPID: true: the pod sees every process on the node and can signal or inspect them",
      "11:21 k8s-no-privileged: Pod (templated name), container 'probe' is privileged: it gets every capability and the host's devices, so escaping to the node is trivial",
      "13:43 k8s-no-cap-sys-admin: Pod (templated name), container 'probe' adds SYS_ADMIN: mounts, namespaces and much of the kernel, close to root on the node; find the narrower capability the workload needs; lowered to information: the container already runs privileged (line 11), which grants this and more",
    ]);
  });

  it('reports the same settings written literally, template or not', () => {
    const literal = pod.replace(`'{{ .Release.Name }}-probe'`, 'probe').replace('"{{ .Values.extraCap }}"', 'NET_ADMIN');
    const got = findings(literal);
    assert.ok(got.some((f) => f.includes("k8s-no-added-capabilities: Pod 'probe', container 'probe' adds NET_ADMIN")), got.join('\n'));
    assert.ok(got.some((f) => f.startsWith("6:12 k8s-no-host-pid: Pod 'probe' sets hostPID: true")));
  });
});
