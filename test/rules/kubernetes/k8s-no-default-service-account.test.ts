import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-no-default-service-account';
const opts = { path: '/work/k8s/deploy.yaml', settings: { rules: { [ID]: 'warning' as const } } };

describe(ID, () => {
  it('flags pods with no service account or the default one', () => {
    expectFindings(ID, `apiVersion: v1
kind: Pod
metadata:
  name: p
#       ^ k8s-no-default-service-account "Pod 'p' runs as the namespace's default service account, which every pod without one shares; give it a service account of its own"
spec:
  containers: [{name: a, image: "a:1"}]
---
apiVersion: v1
kind: Pod
metadata: {name: q}
spec:
  serviceAccountName: default
#                     ^^^^^^^ k8s-no-default-service-account
  containers: [{name: a, image: "a:1"}]`, opts);
  });

  it('stays quiet for a dedicated service account', () => {
    expectClean(ID, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  serviceAccountName: web\n  containers: [{name: a, image: "a:1"}]\n', opts);
    expectClean(ID, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  serviceAccount: web\n  containers: [{name: a, image: "a:1"}]\n', opts);
  });
});

describe(`${ID} fix`, () => {
  it('names a service account of its own and adds it to the file', () => {
    const before = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  template:\n    spec:\n      containers:\n      - name: web\n        image: web:1\n';
    assert.deepEqual(fixTitles(ID, before, opts), ["Run as a new service account 'web' (added to this file; bind the roles it needs to it)"]);
    assert.equal(applyFix(ID, before, opts), `${before}      serviceAccountName: web\n---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: web\n  namespace: shop\nautomountServiceAccountToken: false\n`);
  });
});
