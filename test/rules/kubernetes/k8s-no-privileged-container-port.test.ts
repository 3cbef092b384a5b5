import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-no-privileged-container-port';
const opts = { path: '/work/k8s/deploy.yaml' };

describe(ID, () => {
  it('flags container ports below 1024', () => {
    expectFindings(ID, `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
#                    ^^ k8s-no-privileged-container-port "Pod 'web', container 'web' listens on port 80, a privileged port: binding it needs root or NET_BIND_SERVICE; listen on a port from 1024 up and map it in the Service"
    - {containerPort: 8080}
    - {name: tls, containerPort: "443"}
#                                ^^^^^ k8s-no-privileged-container-port`, opts);
  });

  it('stays quiet for ports from 1024 up and for Service ports', () => {
    expectClean(ID, `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
  - {name: web, image: "web:1", ports: [{containerPort: 1024}, {containerPort: 8443}]}
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  ports: [{port: 80, targetPort: 8080}]
`, opts);
  });
});

describe(`${ID} fix`, () => {
  it("moves the port to an unprivileged one", () => {
    const before = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: a:1\n    ports:\n    - containerPort: 80\n';
    assert.deepEqual(fixTitles(ID, before, opts), ["Use containerPort 8080 (the application must listen there; the Service's targetPort must follow)"]);
    assert.equal(applyFix(ID, before, opts), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: a:1\n    ports:\n    - containerPort: 8080\n');
  });
});
