import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-no-cap-sys-module';
const opts = { path: '/work/k8s/deploy.yaml' };

describe(ID, () => {
  it('flags SYS_MODULE added', () => {
    expectFindings(ID, `apiVersion: v1
kind: Pod
metadata: {name: a}
spec:
  containers:
  - name: app
    image: app:1
    securityContext: {capabilities: {add: [CAP_SYS_MODULE, NET_RAW]}}
#                                          ^^^^^^^^^^^^^^ k8s-no-cap-sys-module "Pod 'a', container 'app' adds CAP_SYS_MODULE: it can load kernel modules into the node, which is code running as the kernel"`, opts);
  });

  it('stays quiet for dropping it', () => {
    expectClean(ID, 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers:\n  - name: a\n    image: a:1\n    securityContext: {capabilities: {drop: [SYS_MODULE]}}\n', opts);
  });
});

describe(`${ID} fix`, () => {
  it('stops adding SYS_MODULE', () => {
    const before = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: a:1\n    securityContext:\n      capabilities:\n        add:\n        - CAP_SYS_MODULE\n        - CHOWN\n';
    assert.deepEqual(fixTitles(ID, before, opts), ['Stop adding CAP_SYS_MODULE']);
    assert.equal(applyFix(ID, before, opts), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: a:1\n    securityContext:\n      capabilities:\n        add:\n        - CHOWN\n');
  });
});
