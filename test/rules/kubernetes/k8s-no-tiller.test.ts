import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

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
