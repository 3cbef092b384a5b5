import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-no-insecure-image-settings';
const opts = { path: '/work/k8s/db.yaml' };

const pod = (container: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
${container}`;

describe(ID, () => {
  it('flags trust auth, anonymous Grafana admins and Redis without protected mode in env, command and args', () => {
    expectFindings(ID, pod(`    - name: db
      image: docker.io/library/postgres:17
      env:
        - name: POSTGRES_HOST_AUTH_METHOD
          value: trust
#                ^^^^^ k8s-no-insecure-image-settings "Pod 'p', container 'db': POSTGRES_HOST_AUTH_METHOD=trust: anyone who reaches the service logs in as any user, superuser included, without a password"
    - name: grafana
      image: grafana/grafana:12.1.0
      env:
        - { name: GF_AUTH_ANONYMOUS_ENABLED, value: "true" }
        - { name: GF_AUTH_ANONYMOUS_ORG_ROLE, value: Admin }
#                                                    ^^^^^ k8s-no-insecure-image-settings
    - name: cache
      image: valkey/valkey:8
      args: ["--protected-mode", "no"]
#            ^^^^^^^^^^^^^^^^^^ k8s-no-insecure-image-settings
`), opts);
  });

  it('stays quiet on safe values, references and other images', () => {
    expectClean(ID, pod(`    - name: db
      image: postgres:17
      env:
        - name: POSTGRES_HOST_AUTH_METHOD
          value: scram-sha-256
        - name: MYSQL_ALLOW_EMPTY_PASSWORD
          value: "yes"
    - name: grafana
      image: grafana/grafana:12.1.0
      env:
        - { name: GF_AUTH_ANONYMOUS_ENABLED, value: "true" }
        - { name: GF_AUTH_ANONYMOUS_ORG_ROLE, value: Viewer }
    - name: prom
      image: prom/prometheus:v3.5.0
      args: ["--web.enable-admin-api"]
`), opts);
  });
});

describe(`${ID} fix`, () => {
  it('removes the env entry that turns the protection off, or env when it was the only entry', () => {
    const before = pod('    - name: db\n      image: postgres:17\n      env:\n        - name: POSTGRES_HOST_AUTH_METHOD\n          value: trust\n        - name: POSTGRES_DB\n          value: app\n');
    assert.deepEqual(fixTitles(ID, before, opts), ["Remove POSTGRES_HOST_AUTH_METHOD from the container's env (the image then turns its protection back on; give it credentials from a Secret)"]);
    assert.equal(applyFix(ID, before, opts), pod('    - name: db\n      image: postgres:17\n      env:\n        - name: POSTGRES_DB\n          value: app\n'));
    assert.equal(applyFix(ID, pod('    - name: db\n      image: postgres:17\n      env:\n        - {name: POSTGRES_HOST_AUTH_METHOD, value: trust}\n      ports: [{containerPort: 5432}]\n'), opts), pod('    - name: db\n      image: postgres:17\n      ports: [{containerPort: 5432}]\n'));
  });

  it('offers no fix for a setting in command or args', () => {
    assert.deepEqual(fixTitles(ID, pod('    - name: cache\n      image: redis:8\n      args: ["--protected-mode", "no"]\n'), opts), []);
  });
});
