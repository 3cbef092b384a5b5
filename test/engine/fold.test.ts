import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/index.js';

const FOLD = '; lowered to information: the service already runs privileged (line 4), which grants this and more';

function rows(path: string, text: string, settings = {}): string[] {
  return analyze({ path, text }, undefined, settings).findings
    .filter((f) => /privileged$|cap|mount$|socket|escalation/.test(f.ruleId))
    .map((f) => `${f.range.start.line + 1} ${f.severity} ${f.ruleId}: ${f.message}${f.related?.length ? ` -> ${f.related.map((r) => `${r.range.start.line + 1} ${r.message}`).join()}` : ''}`);
}

describe('findings folded under privileged', () => {
  const compose = `services:
  agent:
    image: agent:1.2
    privileged: true
    cap_add: [SYS_ADMIN]
    volumes:
      - /:/host
  other:
    image: other:1.0
    cap_add: [SYS_ADMIN]
`;

  it('lowers capability and host-mount findings of a privileged Compose service, linking the privileged finding', () => {
    assert.deepEqual(rows('/app/compose.yaml', compose), [
      "4 error compose-no-privileged: Service 'agent' runs privileged: every capability, every host device, no seccomp or AppArmor confinement",
      `5 info compose-drop-all-capabilities: Service 'agent' adds SYS_ADMIN but keeps Docker's default capabilities too; drop ALL and add back only what is needed${FOLD} -> 4 privileged: true here grants this and more`,
      `5 info compose-no-dangerous-capabilities: Service 'agent' adds SYS_ADMIN: mount, namespaces and dozens of admin operations: the usual container-escape capability${FOLD} -> 4 privileged: true here grants this and more`,
      `7 info compose-no-sensitive-host-mount: Service 'agent' mounts the host's /: the whole host filesystem${FOLD} -> 4 privileged: true here grants this and more`,
      "10 info compose-drop-all-capabilities: Service 'other' adds SYS_ADMIN but keeps Docker's default capabilities too; drop ALL and add back only what is needed",
      "10 error compose-no-dangerous-capabilities: Service 'other' adds SYS_ADMIN: mount, namespaces and dozens of admin operations: the usual container-escape capability",
    ]);
  });

  it('keeps full severity once privileged is gone or its rule is off, and a severity the settings name', () => {
    const unprivileged = rows('/app/compose.yaml', compose.replace('privileged: true', 'privileged: false'));
    assert.ok(unprivileged.includes("5 error compose-no-dangerous-capabilities: Service 'agent' adds SYS_ADMIN: mount, namespaces and dozens of admin operations: the usual container-escape capability"), unprivileged.join('\n'));
    const off = rows('/app/compose.yaml', compose, { rules: { 'compose-no-privileged': 'off' } });
    assert.ok(off.includes("7 error compose-no-sensitive-host-mount: Service 'agent' mounts the host's /: the whole host filesystem"), off.join('\n'));
    const named = rows('/app/compose.yaml', compose, { rules: { 'compose-no-sensitive-host-mount': 'warning' } });
    assert.ok(named.includes(`7 warning compose-no-sensitive-host-mount: Service 'agent' mounts the host's /: the whole host filesystem${FOLD} -> 4 privileged: true here grants this and more`), named.join('\n'));
  });

  it('lowers the capability and escalation findings of a privileged Kubernetes container only', () => {
    const got = rows('/k8s/agent.yaml', `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
  namespace: monitoring
spec:
  template:
    spec:
      containers:
        - name: agent
          image: agent:1.2
          securityContext:
            privileged: true
            allowPrivilegeEscalation: true
            capabilities:
              add: [SYS_ADMIN]
        - name: sidecar
          image: sidecar:1.0
          securityContext:
            allowPrivilegeEscalation: false
            capabilities:
              drop: [ALL]
              add: [SYS_ADMIN]
`);
    const k8sFold = '; lowered to information: the container already runs privileged (line 13), which grants this and more -> 13 privileged: true here grants this and more';
    assert.deepEqual(got, [
      `10 info k8s-drop-all-capabilities: DaemonSet 'agent', container 'agent' keeps the runtime's default capabilities; drop ALL and add back what it needs${k8sFold}`,
      "13 error k8s-no-privileged: DaemonSet 'agent', container 'agent' is privileged: it gets every capability and the host's devices, so escaping to the node is trivial",
      `14 info k8s-no-privilege-escalation: DaemonSet 'agent', container 'agent' allows privilege escalation: setuid binaries and file capabilities can gain privileges${k8sFold}`,
      `16 info k8s-no-cap-sys-admin: DaemonSet 'agent', container 'agent' adds SYS_ADMIN: mounts, namespaces and much of the kernel, close to root on the node; find the narrower capability the workload needs${k8sFold}`,
      "23 error k8s-no-cap-sys-admin: DaemonSet 'agent', container 'sidecar' adds SYS_ADMIN: mounts, namespaces and much of the kernel, close to root on the node; find the narrower capability the workload needs",
    ]);
  });
});
