import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

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
