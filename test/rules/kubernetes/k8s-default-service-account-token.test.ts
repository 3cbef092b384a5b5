import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'k8s-default-service-account-token';
const opts = { path: '/work/k8s/namespace.yaml' };

describe(ID, () => {
  it('flags the default ServiceAccount without automount off', () => {
    expectFindings(ID, `apiVersion: v1
kind: ServiceAccount
metadata:
  name: default
#       ^^^^^^^ k8s-default-service-account-token "The default service account of namespace 'shop' mounts its API token into every pod that names no service account; set automountServiceAccountToken: false on it"
  namespace: shop
---
apiVersion: v1
kind: ServiceAccount
metadata: {name: default}
automountServiceAccountToken: true
#                             ^^^^ k8s-default-service-account-token`, opts);
  });

  it('stays quiet for automount off and other accounts', () => {
    expectClean(ID, 'apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: default}\nautomountServiceAccountToken: false\n---\napiVersion: v1\nkind: ServiceAccount\nmetadata: {name: web}\n', opts);
  });

  it('sets automountServiceAccountToken: false', () => {
    assert.equal(applyFix(ID, 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: default\n', opts), 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: default\nautomountServiceAccountToken: false\n');
  });
});
