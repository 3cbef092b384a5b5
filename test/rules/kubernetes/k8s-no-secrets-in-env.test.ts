import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';
import { assertSameExcept, valueAt } from '../../helpers/yaml-compare.js';

const ID = 'k8s-no-secrets-in-env';
const opts = { path: '/work/k8s/deploy.yaml' };

describe(ID, () => {
  it('flags secret-named variables with literal values, and credential-looking values under any name as errors', () => {
    const findings = expectFindings(ID, `apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  template:
    spec:
      containers:
      - name: web
        image: web:1
        env:
        - name: DB_PASSWORD
          value: hunter2
#                ^^^^^^^ k8s-no-secrets-in-env "Deployment 'shop', container 'web' sets DB_PASSWORD as a literal value; anyone who can read the manifest or the pod spec has it — use a Secret (valueFrom.secretKeyRef)"
        - name: AWS_SECRET_ACCESS_KEY
          value: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
#                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ k8s-no-secrets-in-env
        - name: UPSTREAM
          value: https://shop:s3cretpw@db.example.com/shop
#                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ k8s-no-secrets-in-env "Deployment 'shop', container 'web' has a URL with a password in the literal value of UPSTREAM; anyone who can read the manifest or the pod spec has it"`, opts);
    assert.deepEqual(findings.map((f) => f.severity), ['warning', 'warning', 'error']);
  });

  it('ignores references, placeholders, booleans, empty values and names about a secret', () => {
    expectClean(ID, `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
  - name: web
    image: web:1
    env:
    - {name: DB_PASSWORD, valueFrom: {secretKeyRef: {name: db, key: password}}}
    - {name: API_TOKEN, value: "$(TOKEN_FROM_FILE)"}
    - {name: GOOGLE_API_KEY, value: GOOGLE_API_KEY_VAL}
    - {name: AUTH_TOKEN_ENABLED, value: "true"}
    - {name: PASSWORD_FILE, value: /run/secrets/db}
    - {name: SECRET_NAME, value: db-credentials}
    - {name: DB_PASSWORD_EMPTY, value: ""}
    - {name: LOG_LEVEL, value: debug}`, opts);
  });

  it('moves the value to a secretKeyRef, in block and flow style', () => {
    const before = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  template:
    spec:
      containers:
      - name: web
        image: web:1
        env:
        - name: DB_PASSWORD
          value: hunter2 # rotate me
        - {name: API_TOKEN, value: abc123def}
`;
    assert.deepEqual(fixTitles(ID, before, opts), ["Read DB_PASSWORD from Secret 'shop-secrets' (create the Secret with key 'db-password')"]);
    const after = applyFix(ID, before, opts);
    assert.equal(after, before.replace('value: hunter2 # rotate me', `valueFrom:
            secretKeyRef:
              name: shop-secrets
              key: db-password # rotate me`));
    assertSameExcept(before, after, [[0, 'spec', 'template', 'spec', 'containers', 0, 'env', 0]]);
    assert.deepEqual(valueAt(after, [0, 'spec', 'template', 'spec', 'containers', 0, 'env', 0]), { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'shop-secrets', key: 'db-password' } } });
    assert.equal(applyFix(ID, before, opts, 1), before.replace('value: abc123def', 'valueFrom: {secretKeyRef: {name: shop-secrets, key: api-token}}'));
  });
});
