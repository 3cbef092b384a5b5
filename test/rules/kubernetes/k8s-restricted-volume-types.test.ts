import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-restricted-volume-types';
const opts = { path: '/work/k8s/deploy.yaml' };
const FIXTURE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers: [{name: web, image: "web:1"}]
      volumes:
      - name: shared
        nfs:
#       ^^^ k8s-restricted-volume-types "Volume 'shared' is of type nfs; the restricted profile allows only configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected and secret"
          server: nfs.example.com
          path: /exports
      - {name: repo, gitRepo: {repository: "https://example.com/r.git"}}
#                    ^^^^^^^ k8s-restricted-volume-types
      - name: host
        hostPath: {path: /data}
      - name: ok
        projected:
          sources: [{serviceAccountToken: {path: token}}]`;

describe(ID, () => {
  it('flags volume types outside the restricted list, leaving hostPath to k8s-no-host-path', () => {
    expectFindings(ID, FIXTURE, opts);
  });

  it('stays quiet at the baseline level', () => {
    expectClean(ID, FIXTURE, { ...opts, settings: { kubernetesLevel: 'baseline' } });
  });
});

describe(`${ID} fix`, () => {
  it("replaces the volume source with an emptyDir", () => {
    const before = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: "a:1"}]\n  volumes:\n  - name: shared\n    nfs:\n      server: nfs.example.com\n      path: /exports\n';
    assert.deepEqual(fixTitles(ID, before, opts), ["Replace the nfs volume with an emptyDir (its data is then neither shared nor kept)"]);
    assert.equal(applyFix(ID, before, opts), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: "a:1"}]\n  volumes:\n  - name: shared\n    emptyDir: {}\n');
  });
});
