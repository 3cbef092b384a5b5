import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-no-tiller';
const opts = { path: '/work/k8s/deploy.yaml' };

describe(ID, () => {
  it('flags the Tiller image', () => {
    expectFindings(ID, `apiVersion: apps/v1
kind: Deployment
metadata: {name: tiller-deploy, namespace: kube-system}
spec:
  template:
    spec:
      containers:
      - name: tiller
        image: gcr.io/kubernetes-helm/tiller:v2.16.12
#              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ k8s-no-tiller "Deployment 'tiller-deploy', container 'tiller' runs Tiller (gcr.io/kubernetes-helm/tiller:v2.16.12), Helm 2's unauthenticated in-cluster server with cluster-wide rights; Helm 2 is end-of-life, move to Helm 3"`, opts);
  });

  it('stays quiet for other images whose names merely contain the word', () => {
    expectClean(ID, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - {name: tiller, image: "example/tiller-exporter:1"}\n  - {name: b, image: "alpine/helm:3.15.0"}\n', opts);
  });
});

describe(`${ID} fix`, () => {
  const tiller = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: tiller-deploy}\nspec:\n  template:\n    spec:\n      containers: [{name: tiller, image: "gcr.io/kubernetes-helm/tiller:v2.16.1"}]\n';

  it('removes the Tiller document with its marker, the other documents as written', () => {
    const before = `kind: Namespace\n---\n${tiller}---\nkind: Service\n`;
    assert.deepEqual(fixTitles(ID, before, opts), ['Remove this Tiller Deployment (Helm 3 needs no in-cluster server; remove its Service and RBAC too)']);
    assert.equal(applyFix(ID, before, opts), 'kind: Namespace\n---\nkind: Service\n');
    assert.equal(applyFix(ID, `${tiller}---\nkind: Service\n`, opts), 'kind: Service\n');
    assert.equal(applyFix(ID, `kind: Namespace\n---\n${tiller}`, opts), 'kind: Namespace\n');
  });

  it('offers no fix when Tiller is the only document of the file', () => {
    assert.deepEqual(fixTitles(ID, tiller, opts), []);
  });
});
