import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'k8s-no-apparmor-unconfined';
const opts = { path: '/work/k8s/deploy.yaml' };

describe(ID, () => {
  it('flags the Unconfined profile field on pod and container, and the legacy annotation on the pod template', () => {
    expectFindings(ID, `apiVersion: apps/v1
kind: Deployment
metadata:
  name: builder
  annotations:
    container.apparmor.security.beta.kubernetes.io/ignored: unconfined
spec:
  template:
    metadata:
      annotations:
        container.apparmor.security.beta.kubernetes.io/buildkitd: unconfined
#                                                                 ^^^^^^^^^^ k8s-no-apparmor-unconfined "Container 'buildkitd' runs without AppArmor confinement (annotation container.apparmor.security.beta.kubernetes.io/buildkitd: unconfined)"
    spec:
      securityContext:
        appArmorProfile:
          type: Unconfined
#               ^^^^^^^^^^ k8s-no-apparmor-unconfined "Deployment 'builder' runs without AppArmor confinement"
      containers:
      - name: buildkitd
        image: moby/buildkit:v0.15.0-rootless
        securityContext:
          appArmorProfile: {type: Unconfined}
#                                 ^^^^^^^^^^ k8s-no-apparmor-unconfined "Deployment 'builder', container 'buildkitd' runs without AppArmor confinement"`, opts);
  });

  it('stays quiet for RuntimeDefault, Localhost and runtime/default', () => {
    expectClean(ID, `apiVersion: v1
kind: Pod
metadata:
  name: a
  annotations:
    container.apparmor.security.beta.kubernetes.io/a: runtime/default
spec:
  securityContext:
    appArmorProfile: {type: RuntimeDefault}
  containers:
  - name: a
    image: a:1
    securityContext:
      appArmorProfile: {type: Localhost, localhostProfile: k8s-a}`, opts);
  });

  it('switches the field to RuntimeDefault and the annotation to runtime/default, keeping its quotes', () => {
    const field = 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  securityContext:\n    appArmorProfile:\n      type: Unconfined\n  containers: [{name: a, image: "a:1"}]\n';
    assert.equal(applyFix(ID, field, opts), field.replace('type: Unconfined', 'type: RuntimeDefault'));
    const annotation = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  annotations:\n    container.apparmor.security.beta.kubernetes.io/a: "unconfined"\nspec:\n  containers: [{name: a, image: "a:1"}]\n';
    assert.equal(applyFix(ID, annotation, opts), annotation.replace('"unconfined"', '"runtime/default"'));
  });
});
