/**
 * The workspace cannot make Shipshape read outside it: the language server's
 * project view refuses paths that leave the workspace folder, by `..`, by an
 * absolute path or through a symbolic link; and no setting a workspace may
 * set names an executable, a URL or a credential source.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.js';
import { fsProject } from '../../server/src/node/fs-project.js';

describe('workspace containment', () => {
  const base = mkdtempSync(join(tmpdir(), 'shipshape-contain-'));
  const ws = join(base, 'ws');
  const outside = join(base, 'outside');
  mkdirSync(join(ws, 'app'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(outside, 'id_rsa'), '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n');
  writeFileSync(join(outside, 'Dockerfile'), 'FROM alpine:3.20\nUSER root\n');
  writeFileSync(join(ws, 'app', 'main.py'), 'print(1)\n');
  symlinkSync(join(outside, 'id_rsa'), join(ws, 'app', 'id_rsa'));
  symlinkSync(outside, join(ws, 'linked'));
  const project = fsProject(ws, { contain: true });

  it('reads files inside the workspace', () => {
    assert.equal(project.readFile(join(ws, 'app', 'main.py')), 'print(1)\n');
    assert.deepEqual(project.listDir(join(ws, 'app'))?.sort(), ['id_rsa', 'main.py']);
  });

  it('reads nothing outside it: not by "..", not by absolute path, not through a symbolic link', () => {
    assert.equal(project.readFile(join(ws, '..', 'outside', 'id_rsa')), undefined);
    assert.equal(project.readFile(join(outside, 'Dockerfile')), undefined);
    assert.equal(project.exists(join(outside, 'Dockerfile')), false);
    assert.equal(project.readFile(join(ws, 'app', 'id_rsa')), undefined);
    assert.equal(project.listDir(join(ws, 'linked')), undefined);
    assert.equal(project.readFile(join(ws, 'linked', 'Dockerfile')), undefined);
  });

  it('a Compose build context outside the workspace is not read', () => {
    const compose = 'services:\n  app:\n    build:\n      context: ../outside\n';
    const reads: string[] = [];
    const recording = { ...project, readFile: (p: string) => { const t = project.readFile(p); if (t !== undefined) reads.push(p); return t; } };
    analyze({ path: join(ws, 'compose.yaml'), text: compose }, recording);
    assert.deepEqual(reads.filter((p) => p.startsWith(outside) || p.includes('..')), []);
  });
});

describe('settings a workspace can set', () => {
  it('name no executable, URL or credential source (those must be machine or application scoped)', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { scope?: string; type?: string }> } } };
    const risky = Object.entries(pkg.contributes.configuration.properties)
      .filter(([key]) => /path|executable|command|url|uri|endpoint|server|token|credential|password|secret|auth|proxy/i.test(key))
      .filter(([, p]) => p.scope !== 'machine' && p.scope !== 'application')
      .map(([key]) => key);
    assert.deepEqual(risky, []);
  });
});
