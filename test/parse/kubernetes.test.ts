import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { containerAnchor, describeContainer, effective, kubernetesModel } from '../../server/src/parse/kubernetes.js';
import { isYaml11False, isYaml11True, scalarString } from '../../server/src/parse/yaml-access.js';
import { parseYaml } from '../../server/src/parse/yaml.js';

const FILE = `apiVersion: v1
kind: List
items:
- apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: web
    namespace: shop
  spec:
    template:
      metadata:
        annotations:
          container.apparmor.security.beta.kubernetes.io/web: runtime/default
      spec:
        securityContext: {runAsNonRoot: true, runAsUser: 1000}
        initContainers: [{name: init, image: "busybox:1.36"}]
        containers:
        - name: web
          image: nginx:1.27
          securityContext:
            runAsUser: 2000
        ephemeralContainers:
        - name: debug
          image: busybox:1.36
- apiVersion: v1
  kind: Service
  metadata: {name: web}
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: sweep
spec:
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - image: sweep:1
---
just a string
`;

describe('kubernetes model', () => {
  const model = kubernetesModel(parseYaml(FILE));

  it('lists the objects of every document and of List items', () => {
    assert.deepEqual(model.objects.map((o) => [o.docIndex, o.kind, o.name, o.namespace]), [
      [0, 'Deployment', 'web', 'shop'], [0, 'Service', 'web', undefined], [1, 'CronJob', 'sweep', undefined],
    ]);
  });

  it('finds pod templates, containers of all three lists and pod annotations', () => {
    assert.deepEqual(model.workloads.map((w) => [w.kind, w.containers.map((c) => [c.list, c.index, c.name, c.image])]), [
      ['Deployment', [['containers', 0, 'web', 'nginx:1.27'], ['initContainers', 0, 'init', 'busybox:1.36'], ['ephemeralContainers', 0, 'debug', 'busybox:1.36']]],
      ['CronJob', [['containers', 0, undefined, 'sweep:1']]],
    ]);
    assert.equal(model.workloads[0].podAnnotations.get('container.apparmor.security.beta.kubernetes.io/web'), 'runtime/default');
    assert.equal(describeContainer(model.workloads[1].containers[0]), "CronJob 'sweep', container #1");
    assert.equal(scalarString(containerAnchor(model.workloads[1].containers[0])), 'image');
  });

  it('lets a container value override the pod value', () => {
    const w = model.workloads[0];
    const [web, init] = w.containers;
    assert.deepEqual([scalarString(effective(w, web, 'runAsUser').node), effective(w, web, 'runAsUser').from], ['2000', 'container']);
    assert.deepEqual([scalarString(effective(w, init, 'runAsUser').node), effective(w, init, 'runAsUser').from], ['1000', 'pod']);
    assert.equal(isYaml11True(effective(w, web, 'runAsNonRoot').node), true);
    assert.equal(effective(w, web, 'seccompProfile').from, 'unset');
  });

  it('reads booleans as Kubernetes does (YAML 1.1 words, not quoted strings)', () => {
    const docs = parseYaml('a: yes\nb: "true"\nc: off\nd: False\n').docs[0].contents as { items: { value: unknown }[] };
    assert.deepEqual(docs.items.map((p) => [isYaml11True(p.value), isYaml11False(p.value)]), [[true, false], [false, false], [false, true], [false, true]]);
  });
});
