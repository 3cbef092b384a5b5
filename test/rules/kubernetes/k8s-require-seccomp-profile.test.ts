import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-require-seccomp-profile';
const opts = { path: '/work/k8s/deploy.yaml' };

describe(ID, () => {
  it('flags containers no seccomp profile applies to, honouring the pod-level profile and container overrides', () => {
    expectFindings(ID, `apiVersion: v1
kind: Pod
metadata:
  name: a
spec:
  containers:
  - name: a
#         ^ k8s-require-seccomp-profile "Pod 'a', container 'a' has no seccomp profile, so no system call is filtered; set seccompProfile.type: RuntimeDefault"
    image: a:1
  - name: b
    image: b:1
    securityContext:
      seccompProfile: {type: Localhost, localhostProfile: b.json}
---
apiVersion: v1
kind: Pod
metadata:
  name: c
spec:
  securityContext:
    seccompProfile:
      type: RuntimeDefault
  containers:
  - name: c
    image: c:1
  - name: d
    image: d:1
    securityContext:
      seccompProfile: {type: Unconfined}`, opts);
  });

  it('is restricted-only and quiet in Helm templates', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers:\n  - name: a\n    image: a:1\n';
    expectClean(ID, text, { ...opts, settings: { kubernetesLevel: 'baseline' } });
    expectClean(ID, text.replace('name: a}', 'name: {{ .Release.Name }}}'), opts);
  });

  it('adds seccompProfile RuntimeDefault to the container, with 4-space indentation', () => {
    const before = `apiVersion: v1
kind: Pod
metadata:
    name: a
spec:
    containers:
        - name: a
          image: a:1
          securityContext:
              runAsNonRoot: true
`;
    assert.deepEqual(fixTitles(ID, before, opts), ['Use the RuntimeDefault seccomp profile', 'Apply restricted securityContext to this workload']);
    assert.equal(applyFix(ID, before, opts), `${before}              seccompProfile:
                  type: RuntimeDefault
`);
  });
});
