import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-no-latest-tag';
const opts = { path: '/work/k8s/deploy.yaml' };

describe(ID, () => {
  it('flags :latest and untagged images, registry ports included', () => {
    expectFindings(ID, `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  initContainers:
  - name: init
    image: busybox
#          ^^^^^^^ k8s-no-latest-tag "Pod 'p', init container 'init' uses busybox without a tag, which means 'latest'; pin a version tag or digest"
  containers:
  - name: web
    image: "registry.example.com:5000/team/web:latest"
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ k8s-no-latest-tag "Pod 'p', container 'web' uses registry.example.com:5000/team/web:latest: 'latest' moves, so each node may run a different build; pin a version tag or digest"
  - name: side
    image: registry.example.com:5000/team/side
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ k8s-no-latest-tag`, opts);
  });

  it('accepts version tags, digests and templated images', () => {
    expectClean(ID, `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
  - {name: a, image: "nginx:1.27"}
  - {name: b, image: "nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}
  - {name: c, image: "nginx:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}
  - {name: d, image: "\${IMAGE}"}
  - {name: e, image: "registry.example.com:5000/web:2.1"}`, opts);
  });
});

describe(`${ID} fix`, () => {
  it('pins an official image to the supported tag the knowledge names', () => {
    const before = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: node\n';
    assert.deepEqual(fixTitles(ID, before, opts), ['Pin to node:24']);
    assert.equal(applyFix(ID, before, opts), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: "node:24"\n');
    assert.deepEqual(fixTitles(ID, before.replace('image: node', 'image: example/app:latest'), opts), []);
  });
});
