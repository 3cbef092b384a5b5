import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'k8s-no-seccomp-unconfined';
const opts = { path: '/work/k8s/deploy.yaml' };

describe(ID, () => {
  it('flags Unconfined wherever it is set, also at the baseline level', () => {
    const fixture = `apiVersion: batch/v1
kind: Job
metadata:
  name: j
spec:
  template:
    spec:
      securityContext:
        seccompProfile:
          type: Unconfined
#               ^^^^^^^^^^ k8s-no-seccomp-unconfined "Job 'j' runs with seccomp turned off: every system call reaches the kernel"
      restartPolicy: Never
      containers:
      - name: j
        image: j:1
        securityContext: {seccompProfile: {type: Unconfined}}
#                                                ^^^^^^^^^^ k8s-no-seccomp-unconfined`;
    expectFindings(ID, fixture, opts);
    expectFindings(ID, fixture, { ...opts, settings: { kubernetesLevel: 'baseline' } });
  });

  it('stays quiet for RuntimeDefault, Localhost and no profile', () => {
    expectClean(ID, `apiVersion: v1
kind: Pod
metadata:
  name: a
spec:
  securityContext:
    seccompProfile: {type: RuntimeDefault}
  containers:
  - name: a
    image: a:1
    securityContext:
      seccompProfile: {type: Localhost, localhostProfile: a.json}
  - name: b
    image: b:1`, opts);
  });

  it('switches the profile to RuntimeDefault', () => {
    const before = 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  securityContext:\n    seccompProfile:\n      type: "Unconfined" # debugging\n  containers: [{name: a, image: "a:1"}]\n';
    assert.equal(applyFix(ID, before, opts), before.replace('"Unconfined"', '"RuntimeDefault"'));
  });
});
