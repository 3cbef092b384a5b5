import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-no-service-external-ips';
const opts = { path: '/work/k8s/svc.yaml' };

describe(ID, () => {
  it('flags Services with externalIPs', () => {
    expectFindings(ID, `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports: [{port: 80}]
  externalIPs:
# ^^^^^^^^^^^ k8s-no-service-external-ips "Service 'web' sets externalIPs; anyone who can create Services can use this to intercept traffic to those addresses (CVE-2020-8554)"
  - 203.0.113.10`, opts);
  });

  it('stays quiet for an empty list and other Service types', () => {
    expectClean(ID, `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: LoadBalancer
  externalIPs: []
  ports: [{port: 80}]`, opts);
  });
});

describe(`${ID} fix`, () => {
  it('removes externalIPs', () => {
    const before = 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports: [{port: 80}]\n  externalIPs:\n  - 203.0.113.7\n';
    assert.deepEqual(fixTitles(ID, before, opts), ['Remove externalIPs']);
    assert.equal(applyFix(ID, before, opts), 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports: [{port: 80}]\n');
  });
});
