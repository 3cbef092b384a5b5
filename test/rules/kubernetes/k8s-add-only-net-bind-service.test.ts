import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'k8s-add-only-net-bind-service';
const opts = { path: '/work/k8s/deploy.yaml' };
const FIXTURE = `apiVersion: v1
kind: Pod
metadata:
  name: a
spec:
  containers:
  - name: a
    image: a:1
    securityContext:
      capabilities:
        drop: [ALL]
        add: [NET_BIND_SERVICE, CHOWN, SYS_ADMIN]`;

describe(ID, () => {
  it('flags default-set capabilities other than NET_BIND_SERVICE (SYS_ADMIN belongs to k8s-no-added-capabilities)', () => {
    expectFindings(ID, `${FIXTURE}
#                               ^^^^^ k8s-add-only-net-bind-service "Pod 'a', container 'a' adds CHOWN; the restricted profile allows adding only NET_BIND_SERVICE"`, opts);
  });

  it('stays quiet at the baseline level and for Windows pods', () => {
    expectClean(ID, FIXTURE, { ...opts, settings: { kubernetesLevel: 'baseline' } });
    expectClean(ID, FIXTURE.replace('spec:\n', 'spec:\n  os: {name: windows}\n'), opts);
  });
});
