import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/engine/analyze.js';
import { memoryProject } from '../workflow/memory-project.js';

/** Rules that judge what a workload leaves out: a patch leaves out everything it does not change. */
const ABSENCE_RULES = [
  'k8s-require-run-as-non-root', 'k8s-require-seccomp-profile', 'k8s-drop-all-capabilities', 'k8s-no-privilege-escalation',
  'k8s-require-read-only-root-filesystem', 'k8s-require-resources', 'k8s-no-automount-service-account-token', 'k8s-no-default-namespace',
];

const WHOLE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: ghcr.io/acme/web
`;

const MOUNT_PATCH = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: web
          volumeMounts:
            - name: hosts
              mountPath: /etc/ssh/ssh_known_hosts
`;

function findings(path: string, text: string, files: Record<string, string> = {}): { ruleId: string; line: number }[] {
  const result = analyze({ path, text }, memoryProject({ ...files, [path]: text }), {});
  assert.deepEqual(result.errors, []);
  return result.findings.map((f) => ({ ruleId: f.ruleId, line: f.range.start.line }));
}

const ids = (list: { ruleId: string }[]): string[] => [...new Set(list.map((f) => f.ruleId))].sort();

describe('kustomize and patches', () => {
  it('judges a whole workload for what it leaves out', () => {
    assert.deepEqual(ids(findings('/repo/k8s/web.yaml', WHOLE)).filter((id) => ABSENCE_RULES.includes(id)), [...ABSENCE_RULES].sort());
  });

  it('does not judge a partial object (containers without image) as a whole workload', () => {
    assert.deepEqual(findings('/repo/k8s/mounts.yaml', MOUNT_PATCH), []);
  });

  it('still reports what a patch sets', () => {
    const text = MOUNT_PATCH.replace('          volumeMounts:', '          securityContext:\n            privileged: true\n          volumeMounts:');
    assert.deepEqual(findings('/repo/k8s/mounts.yaml', text).map((f) => f.ruleId), ['k8s-no-privileged']);
  });

  it('treats files a kustomization lists under patches:, or named as a patch, as patches', () => {
    const kustomization = 'resources:\n  - ../base\npatches:\n  - path: web-resources.yaml\n';
    assert.deepEqual(ids(findings('/repo/overlays/prod/web-resources.yaml', WHOLE, { '/repo/overlays/prod/kustomization.yaml': kustomization })), ['k8s-no-latest-tag']);
    assert.deepEqual(ids(findings('/repo/plugins/web-deployment-patch.yaml', WHOLE)), ['k8s-no-latest-tag']);
  });

  it('takes the namespace and image tags from the kustomizations that build the file, across directories', () => {
    const base = { '/repo/kustomize/base/kustomization.yaml': 'resources:\n  - web.yaml\n' };
    const overlay = { '/repo/kustomize/overlays/prod/kustomization.yaml': 'namespace: shop\nresources:\n  - ../../base\nimages:\n  - name: ghcr.io/acme/web\n    newTag: 1.4.2\n' };
    const alone = ids(findings('/repo/kustomize/base/web.yaml', WHOLE, base));
    assert.ok(alone.includes('k8s-no-default-namespace') && alone.includes('k8s-no-latest-tag'));
    const built = ids(findings('/repo/kustomize/base/web.yaml', WHOLE, { ...base, ...overlay }));
    assert.ok(!built.includes('k8s-no-default-namespace') && !built.includes('k8s-no-latest-tag'), built.join(', '));
    assert.ok(built.includes('k8s-require-run-as-non-root'));
  });

  it('ignores a kustomization that does not list the file', () => {
    const other = { '/repo/k8s/kustomization.yaml': 'namespace: shop\nresources:\n  - other.yaml\n' };
    assert.ok(ids(findings('/repo/k8s/web.yaml', WHOLE, other)).includes('k8s-no-default-namespace'));
  });
});
