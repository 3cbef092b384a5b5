import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'k8s-no-unmasked-proc-mount';
const opts = { path: '/work/k8s/deploy.yaml' };
const BEFORE = `apiVersion: v1
kind: Pod
metadata:
  name: a
spec:
  containers:
  - name: nested
    image: a:1
    securityContext:
      procMount: Unmasked
`;

describe(ID, () => {
  it('flags procMount other than Default', () => {
    expectFindings(ID, `${BEFORE}#                ^^^^^^^^ k8s-no-unmasked-proc-mount "Pod 'a', container 'nested' mounts /proc with procMount: Unmasked, exposing kernel interfaces the runtime normally masks"`, opts);
  });

  it('stays quiet for Default and when unset', () => {
    expectClean(ID, BEFORE.replace('Unmasked', 'Default'), opts);
    expectClean(ID, BEFORE.replace('    securityContext:\n      procMount: Unmasked\n', ''), opts);
  });

  it('sets procMount: Default', () => {
    assert.equal(applyFix(ID, BEFORE, opts), BEFORE.replace('Unmasked', 'Default'));
  });
});
