import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-no-secrets-in-configmap';
const opts = { path: '/work/k8s/config.yaml' };

describe(ID, () => {
  it('flags secret-named keys, credential values and secret assignments inside config files', () => {
    const findings = expectFindings(ID, `apiVersion: v1
kind: ConfigMap
metadata:
  name: app
data:
  LOG_LEVEL: info
  DB_PASSWORD: hunter2
#              ^^^^^^^ k8s-no-secrets-in-configmap "ConfigMap 'app' stores 'DB_PASSWORD', which looks like a credential; ConfigMaps are not meant for secrets — use a Secret"
  github: ghp_0123456789abcdefghijABCDEFGHIJ012345
# ^^^^^^ k8s-no-secrets-in-configmap "ConfigMap 'app' holds a GitHub token under 'github'; ConfigMaps are readable by anyone who can read the namespace's configuration — use a Secret"
  app.properties: |
# ^^^^^^^^^^^^^^ k8s-no-secrets-in-configmap "ConfigMap 'app' file 'app.properties' sets db.password to a literal value; keep credentials in a Secret"
    db.url=jdbc:postgresql://db/shop
    db.password=s3cr3t-value`, opts);
    assert.deepEqual(findings.map((f) => f.severity), ['warning', 'error', 'warning']);
  });

  it('stays quiet for ordinary configuration and for Secrets', () => {
    expectClean(ID, `apiVersion: v1
kind: ConfigMap
metadata:
  name: app
data:
  TOKEN_TTL: "3600"
  PASSWORD_FILE: /etc/app/password
  nginx.conf: |
    server { listen 8080; }
---
apiVersion: v1
kind: Secret
metadata:
  name: app
stringData:
  DB_PASSWORD: hunter2`, opts);
  });
});

describe(`${ID} fix`, () => {
  const before = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n  namespace: prod\ndata:\n  LOG_LEVEL: info\n  DB_PASSWORD: hunter2hunter2\n';

  it('moves the key to a Secret appended to the file', () => {
    assert.deepEqual(fixTitles(ID, before, opts), ["Move 'DB_PASSWORD' to the Secret app-secrets (added to this file); pods that read it must use secretKeyRef or a secret volume, and the value belongs outside the repository"]);
    assert.equal(applyFix(ID, before, opts), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n  namespace: prod\ndata:\n  LOG_LEVEL: info\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\n  namespace: prod\ntype: Opaque\nstringData:\n  DB_PASSWORD: hunter2hunter2\n');
  });

  it('adds to the Secret a first move created, and drops data when it empties', () => {
    const after = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  API_TOKEN: abcdef123456\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\ntype: Opaque\nstringData:\n  DB_PASSWORD: hunter2hunter2\n';
    assert.equal(applyFix(ID, after, opts), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\ntype: Opaque\nstringData:\n  DB_PASSWORD: hunter2hunter2\n  API_TOKEN: abcdef123456\n');
  });
});
