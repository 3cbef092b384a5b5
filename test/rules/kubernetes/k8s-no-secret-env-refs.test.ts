import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'k8s-no-secret-env-refs';
const opts = { path: '/work/k8s/deploy.yaml', settings: { rules: { [ID]: 'warning' as const } } };

describe(ID, () => {
  it('flags secretKeyRef and envFrom.secretRef', () => {
    expectFindings(ID, `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: a
    image: a:1
    env:
    - name: DB_PASSWORD
      valueFrom:
        secretKeyRef: {name: db, key: password}
#       ^^^^^^^^^^^^ k8s-no-secret-env-refs "Pod 'p', container 'a' reads a Secret into the environment variable DB_PASSWORD: environment variables leak into logs, crash reports and child processes; mount the Secret as a file"
    envFrom:
    - secretRef: {name: api}
#     ^^^^^^^^^ k8s-no-secret-env-refs "Pod 'p', container 'a' loads every key of Secret 'api' into environment variables: they leak into logs, crash reports and child processes; mount the Secret as a file"`, opts);
  });

  it('stays quiet for ConfigMaps and mounted Secrets', () => {
    expectClean(ID, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: a:1\n    env: [{name: MODE, valueFrom: {configMapKeyRef: {name: c, key: mode}}}]\n    envFrom: [{configMapRef: {name: c}}]\n  volumes: [{name: s, secret: {secretName: db}}]\n', opts);
  });
});
