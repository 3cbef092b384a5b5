/**
 * A snapshot project view (one CLI scan, where nothing changes the files)
 * reads each file and folder once; what the rules derive from the folders
 * around a file is then kept per folder. Findings are the same as with a
 * view that reads the disk every time.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.js';
import { fsProject } from '../../server/src/node/fs-project.js';

const deployment = (name: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: shop}
spec:
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
      containers: [{name: ${name}, image: "${name}:1"}]
`;
const policy = 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny, namespace: shop}\nspec:\n  podSelector: {matchLabels: {app: web}}\n';

function workspace(): string {
  const root = mkdtempSync(join(tmpdir(), 'shipshape-snapshot-'));
  mkdirSync(join(root, 'k8s', 'policies'), { recursive: true });
  writeFileSync(join(root, 'k8s', 'web.yaml'), deployment('web'));
  writeFileSync(join(root, 'k8s', 'api.yaml'), deployment('api'));
  writeFileSync(join(root, 'k8s', 'policies', 'deny.yaml'), policy);
  return root;
}

const policyFindings = (path: string, project: ReturnType<typeof fsProject>) =>
  analyze({ path, text: readFileSync(path, 'utf8') }, project, {}, { only: ['k8s-require-network-policy'] }).findings.map((f) => f.message);

describe('snapshot project view', () => {
  it('answers from what it read first, and says it is a snapshot', () => {
    const root = workspace();
    const live = fsProject(root);
    const snap = fsProject(root, { snapshot: true });
    const web = join(root, 'k8s', 'web.yaml');
    assert.equal(snap.snapshot, true);
    assert.equal(live.snapshot, undefined);
    assert.equal(snap.readFile(web), deployment('web'));
    assert.deepEqual(snap.listDir(join(root, 'k8s'))?.sort(), ['api.yaml', 'policies', 'web.yaml']);
    assert.equal(snap.exists(join(root, 'k8s', 'new.yaml')), false);
    writeFileSync(web, 'changed\n');
    writeFileSync(join(root, 'k8s', 'new.yaml'), 'x: 1\n');
    assert.equal(snap.readFile(web), deployment('web'));
    assert.deepEqual(snap.listDir(join(root, 'k8s'))?.sort(), ['api.yaml', 'policies', 'web.yaml']);
    assert.equal(snap.exists(join(root, 'k8s', 'new.yaml')), false);
    assert.equal(live.readFile(web), 'changed\n');
    assert.equal(live.exists(join(root, 'k8s', 'new.yaml')), true);
  });

  it('hands out a copy of a folder listing, so a caller cannot change what others see', () => {
    const root = workspace();
    const snap = fsProject(root, { snapshot: true });
    snap.listDir(join(root, 'k8s'))?.splice(0);
    assert.equal(snap.listDir(join(root, 'k8s'))?.length, 3);
  });

  it('gives the same cross-file findings as a live view, file after file of one folder', () => {
    const root = workspace();
    const snap = fsProject(root, { snapshot: true });
    const live = fsProject(root);
    for (const name of ['api.yaml', 'web.yaml']) {
      const path = join(root, 'k8s', name);
      assert.deepEqual(policyFindings(path, snap), policyFindings(path, live));
    }
    assert.deepEqual(policyFindings(join(root, 'k8s', 'api.yaml'), snap), [
      "Deployment 'api' in namespace 'shop' is selected by no NetworkPolicy: every pod in the cluster can reach it, and it can reach anything",
    ]);
    assert.deepEqual(policyFindings(join(root, 'k8s', 'web.yaml'), snap), []);
  });
});
