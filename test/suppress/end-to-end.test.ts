/**
 * Kubernetes annotations of other tools, end to end through analyze() with a
 * registered rule: k8s-no-privileged lists checkov:CKV_K8S_16,
 * polaris:runAsPrivileged and kube-linter:privileged-container.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findingsOf } from '../helpers/annotated.js';

const ID = 'k8s-no-privileged';
const pod = (annotations: string) => `apiVersion: v1
kind: Pod
metadata:
  name: a
${annotations ? `  annotations:\n${annotations}\n` : ''}spec:
  containers:
    - name: a
      image: nginx:1.27
      securityContext:
        privileged: true
---
apiVersion: v1
kind: Pod
metadata:
  name: b
spec:
  containers:
    - name: b
      image: nginx:1.27
      securityContext:
        privileged: true
`;
/** The names of the pods whose privileged container is still reported. */
const reported = (annotations: string) =>
  findingsOf(ID, pod(annotations), { path: '/work/k8s/pods.yaml' }).map((f) => (f.range.start.line < 12 ? 'a' : 'b'));

describe('Kubernetes annotations silence the equivalent rule on their object only', () => {
  it('without annotations both pods are reported', () => {
    assert.deepEqual(reported(''), ['a', 'b']);
  });

  it('checkov.io/skipN', () => {
    assert.deepEqual(reported('    checkov.io/skip1: CKV_K8S_16=the CNI needs it'), ['b']);
    assert.deepEqual(reported('    checkov.io/skip1: CKV_K8S_20=another check'), ['a', 'b']);
  });

  it('ignore-check.kube-linter.io/<check> and kube-linter.io/ignore-all', () => {
    assert.deepEqual(reported('    ignore-check.kube-linter.io/privileged-container: "the CNI needs it"'), ['b']);
    assert.deepEqual(reported('    kube-linter.io/ignore-all: "legacy"'), ['b']);
    assert.deepEqual(reported('    ignore-check.kube-linter.io/latest-tag: "x"'), ['a', 'b']);
  });

  it('polaris.fairwinds.com/<check>-exempt and polaris.fairwinds.com/exempt', () => {
    assert.deepEqual(reported('    polaris.fairwinds.com/runAsPrivileged-exempt: "true"'), ['b']);
    assert.deepEqual(reported('    polaris.fairwinds.com/exempt: "true"'), ['b']);
    assert.deepEqual(reported('    polaris.fairwinds.com/exempt: "false"'), ['a', 'b']);
  });

  it('are not honoured for a rule listed in disallowInlineSuppression', () => {
    const text = pod('    kube-linter.io/ignore-all: "legacy"');
    const findings = findingsOf(ID, text, { path: '/work/k8s/pods.yaml', settings: { disallowInlineSuppression: [ID] } });
    assert.equal(findings.length, 2);
  });
});

describe('KICS directives end to end (compose-no-privileged lists kics:privileged_containers_enabled)', () => {
  const compose = (web: string, top = '') => `${top}services:
${web}  web:
    image: nginx:1.27
    privileged: true
  db:
    image: postgres:16
    privileged: true
`;
  const lines = (text: string) => findingsOf('compose-no-privileged', text, { path: '/work/compose.yaml' }).map((f) => f.range.start.line);

  it('ignore-line, ignore-block and ignore', () => {
    assert.deepEqual(lines(compose('')), [3, 6]);
    assert.deepEqual(lines(compose('').replace('    privileged: true\n  db', '    # kics-scan ignore-line\n    privileged: true\n  db')), [7]);
    assert.deepEqual(lines(compose('  # kics-scan ignore-block\n')), [7]);
    assert.deepEqual(lines(compose('', '# kics-scan ignore\n')), []);
  });
});
