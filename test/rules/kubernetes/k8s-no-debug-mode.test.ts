import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'k8s-no-debug-mode';
const opts = { path: '/work/k8s/deploy.yaml' };

const pod = (env: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: web:1
    env:
${env}`;

describe(ID, () => {
  it('flags literal debug values of containers and init containers, pointing at the value', () => {
    expectFindings(ID, `apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  template:
    spec:
      initContainers:
      - name: migrate
        image: shop:1
        env:
        - name: RAILS_ENV
          value: development
#                ^^^^^^^^^^^ k8s-no-debug-mode "Deployment 'shop', init container 'migrate' sets RAILS_ENV=development, which puts the application in debug/development mode (verbose errors, debuggers, unoptimised code); set RAILS_ENV=production"
      containers:
      - name: web
        image: shop:1
        env:
        - name: FLASK_DEBUG
          value: "1"
#                ^^^ k8s-no-debug-mode "Deployment 'shop', container 'web' sets FLASK_DEBUG=1, which puts the application in debug/development mode (verbose errors, debuggers, unoptimised code); set FLASK_DEBUG=0"
        - name: PORT
          value: "8080"
        - {name: ASPNETCORE_ENVIRONMENT, value: Development}
#                                               ^^^^^^^^^^^ k8s-no-debug-mode
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - name: report
            image: report:1
            env:
            - name: GIN_MODE
              value: 'debug'
#                    ^^^^^^^ k8s-no-debug-mode`, opts);
  });

  it('stays quiet for production values, references, expansion and non-workloads', () => {
    expectClean(ID, pod(`    - name: NODE_ENV
      value: production
    - name: DEBUG
      value: "false"
    - name: FLASK_DEBUG
      valueFrom:
        configMapKeyRef: {name: web, key: FLASK_DEBUG}
    - name: APP_ENV
      value: $(DEPLOY_ENV)
    - name: DEBUG_PORT
      value: "1"
    - name: APP_DEBUG
`), opts);
    expectClean(ID, `apiVersion: v1
kind: ConfigMap
metadata:
  name: web
data:
  FLASK_DEBUG: "1"
`, opts);
  });

  it('judges only the last entry of a name listed twice', () => {
    expectClean(ID, pod(`    - name: DEBUG
      value: "true"
    - name: DEBUG
      value: "false"
`), opts);
    expectFindings(ID, pod(`    - name: NODE_ENV
      value: production
    - name: NODE_ENV
      value: dev
#            ^^^ k8s-no-debug-mode
`), opts);
  });

  it('skips manifests meant for development', () => {
    const text = pod('    - name: FLASK_DEBUG\n      value: "1"\n');
    for (const path of ['/w/k8s/deployment.dev.yaml', '/w/k8s/local-pod.yaml', '/w/overlays/dev/patch.yaml', '/w/environments/development/base/pod.yaml']) {
      expectClean(ID, text, { path });
    }
    assert.equal(findingsOf(ID, text, { path: '/w/overlays/prod/devices.yaml' }).length, 1);
  });

  it('sets the production value in place, keeping quotes and keeping it a string', () => {
    assert.equal(applyFix(ID, pod('    - name: FLASK_DEBUG\n      value: "1" # verbose\n'), opts),
      pod('    - name: FLASK_DEBUG\n      value: "0" # verbose\n'));
    assert.equal(applyFix(ID, pod("    - name: DJANGO_DEBUG\n      value: 'True'\n"), opts),
      pod("    - name: DJANGO_DEBUG\n      value: 'False'\n"));
    assert.equal(applyFix(ID, pod('    - name: MIX_ENV\n      value: dev\n'), opts),
      pod('    - name: MIX_ENV\n      value: prod\n'));
    assert.equal(applyFix(ID, pod('    - {name: APP_DEBUG, value: "on"}\n').replace(/\n/g, '\r\n'), opts),
      pod('    - {name: APP_DEBUG, value: "off"}\n').replace(/\n/g, '\r\n'));
    // A plain `1` is not a valid env value, but the fix must still write a string.
    assert.equal(applyFix(ID, pod('    - name: DEBUG\n      value: 1\n'), opts),
      pod('    - name: DEBUG\n      value: "0"\n'));
    assert.deepEqual(fixTitles(ID, pod('    - name: DOTNET_ENVIRONMENT\n      value: Development\n'), opts), ['Set DOTNET_ENVIRONMENT=Production']);
  });

  it('offers no fix in templated files or for values written across lines', () => {
    const templated = pod('    - name: NODE_ENV\n      value: development\n    - name: IMAGE\n      value: "{{ .Values.image }}"\n');
    assert.equal(findingsOf(ID, templated, opts).length, 1);
    assert.deepEqual(fixTitles(ID, templated, opts), []);
    assert.deepEqual(fixTitles(ID, pod('    - name: NODE_ENV\n      value: >-\n        development\n'), opts), []);
  });
});
