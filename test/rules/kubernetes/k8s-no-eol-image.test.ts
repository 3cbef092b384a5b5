import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';
import { memoryProject } from '../workflow/memory-project.js';

const ID = 'k8s-no-eol-image';
const settings = { ruleOptions: { [ID]: { today: '2026-11-28' } } };
const opts = { path: '/work/k8s/db.yaml', settings };

const pod = (image: string, init = 'busybox:1.37') => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  initContainers:
  - name: init
    image: ${init}
  containers:
  - name: main
    image: ${image}
`;

describe(ID, () => {
  it('flags containers and init containers whose image is past end of life', () => {
    expectFindings(ID, `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  template:
    spec:
      initContainers:
      - name: migrate
        image: python:3.8-slim
#              ^^^^^^^^^^^^^^^ k8s-no-eol-image "StatefulSet 'db', init container 'migrate' runs 'python:3.8-slim': Python 3.8 reached end of life on 2024-10-07; use python:3.14"
      containers:
      - name: mongo
        image: "mongo:4.4"
#              ^^^^^^^^^^^ k8s-no-eol-image "StatefulSet 'db', container 'mongo' runs 'mongo:4.4': MongoDB 4.4 reached end of life on 2024-02-29; use mongo:8.0"
      - name: exporter
        image: docker.io/library/redis:5.0
#              ^^^^^^^^^^^^^^^^^^^^^^^^^^^ k8s-no-eol-image "StatefulSet 'db', container 'exporter' runs 'docker.io/library/redis:5.0': Redis 5.0 reached end of life on 2022-04-27; use redis:8.2"`, opts);
  });

  it('stays quiet for supported, untagged and templated images', () => {
    expectClean(ID, pod('mongo:8.0'), opts);
    expectClean(ID, pod('mongo'), opts);
    expectClean(ID, pod('mysql:{{ .Values.tag }}'), opts);
    expectClean(ID, pod('mysql:${TAG}'), opts);
    expectClean(ID, pod('eclipse-temurin:21-jre-alpine'), opts);
  });

  it('leaves an image whose tag a kustomization replaces to that tag', () => {
    const project = memoryProject({
      '/repo/base/kustomization.yaml': 'resources:\n  - db.yaml\nimages:\n  - name: mongo\n    newTag: "8.0"\n',
      '/repo/base/db.yaml': pod('mongo:4.4'),
    });
    assert.deepEqual(findingsOf(ID, pod('mongo:4.4'), { path: '/repo/base/db.yaml', project, settings }), []);
    assert.equal(findingsOf(ID, pod('mongo:4.4'), { path: '/repo/other/db.yaml', project, settings }).length, 1);
  });
});

describe(`${ID} fix`, () => {
  it('moves to the supported release, keeping the variant and the registry', () => {
    assert.deepEqual(fixTitles(ID, pod('eclipse-temurin:24-jre-alpine'), opts), ['Move to eclipse-temurin:25-jre-alpine (a supported release: check the application still works on it)']);
    assert.equal(applyFix(ID, pod('docker.io/library/postgres:12-alpine'), opts), pod('"docker.io/library/postgres:17-alpine"'));
  });
});
