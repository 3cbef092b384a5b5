import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'k8s-image-pull-policy';
const opts = { path: '/work/k8s/deploy.yaml' };

describe(ID, () => {
  it('flags a moving tag whose pull policy was turned away from Always', () => {
    expectFindings(ID, `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
  - name: web
    image: web:latest
    imagePullPolicy: IfNotPresent
#                    ^^^^^^^^^^^^ k8s-image-pull-policy "Pod 'p', container 'web' uses the moving tag of web:latest with imagePullPolicy: IfNotPresent, so each node runs whichever build it pulled first"
  - name: dev
    image: dev
    imagePullPolicy: Never
#                    ^^^^^ k8s-image-pull-policy`, opts);
  });

  it('stays quiet for version tags, digests, Always and the default policy', () => {
    expectClean(ID, `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
  - {name: a, image: "web:1.2", imagePullPolicy: IfNotPresent}
  - {name: b, image: "web:latest", imagePullPolicy: Always}
  - {name: c, image: "web:latest"}
  - {name: d, image: "web@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", imagePullPolicy: IfNotPresent}`, opts);
  });

  it('sets imagePullPolicy: Always', () => {
    const before = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: web\n    image: web:latest\n    imagePullPolicy: IfNotPresent\n';
    assert.equal(applyFix(ID, before, opts), before.replace('IfNotPresent', 'Always'));
  });
});
