import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.js';
import { expectClean, expectFindings } from '../helpers/annotated.js';

const ID = 'yaml-syntax';

describe(ID, () => {
  it('reports tab indentation in a Kubernetes manifest at the tab', () => {
    expectFindings(ID, `apiVersion: v1
kind: Pod
spec:
  containers:
  - name: a
\timage: x
^ yaml-syntax "Invalid YAML: Tabs are not allowed as indentation"`, { path: '/work/k8s/pod.yaml' });
  });

  it('reports errors in every YAML kind, not in Dockerfiles', () => {
    const broken = 'services:\n  web:\n    image: [nginx\n';
    const ids = (path: string, text = broken) => analyze({ path, text }).findings.filter((f) => f.ruleId === ID).map((f) => f.range.start.line);
    assert.deepEqual(ids('/work/compose.yaml'), [3]);
    assert.deepEqual(ids('/work/.github/workflows/ci.yml', 'on: push\njobs: [build\n'), [2]);
    assert.deepEqual(ids('/work/.github/dependabot.yml', 'version: 2\nupdates: {a: 1\n'), [2]);
    assert.deepEqual(ids('/work/Dockerfile', 'FROM debian:12\nRUN echo "[oops\n'), []);
  });

  it('says nothing about Helm/Go-templated files', () => {
    expectClean(ID, `apiVersion: v1
kind: Pod
metadata:
  name: {{ .Release.Name }}
  labels:
{{ include "chart.labels" . | indent 4 }}
spec:
  containers:
  - name: app
    image: "{{ .Values.image }}"`, { path: '/work/chart/templates/pod.yaml' });
  });

  it('can be turned off in settings and silenced like a rule', () => {
    const text = 'apiVersion: v1\nkind: Pod\nspec:\n\tx: 1\n';
    expectClean(ID, text, { path: '/work/k8s/pod.yaml', settings: { rules: { [ID]: 'off' } } });
    expectClean(ID, `# shipshape-ignore-file yaml-syntax\n${text}`, { path: '/work/k8s/pod.yaml' });
    assert.equal(analyze({ path: '/work/k8s/pod.yaml', text }, undefined, { rules: { [ID]: 'warning' } }).findings.find((f) => f.ruleId === ID)?.severity, 'warning');
  });

  it('stays quiet on valid YAML', () => {
    expectClean(ID, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: "v"\n', { path: '/work/k8s/cm.yaml' });
  });
});
