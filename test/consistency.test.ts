/**
 * Every rule is whole: id equal to its file name and unique, registered, a doc
 * with the required sections beside it, a test file, and a setting in
 * package.json with the rule's title and default severity.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { rules } from '../server/src/rules/index.js';
import { ruleProperties } from '../scripts/gen-manifest.js';

const ROOT = resolve(__dirname, '..');
const RULES_DIR = join(ROOT, 'server/src/rules');
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EQUIVALENT = /^(hadolint|trivy|checkov|buildkit|polaris|kube-linter|kubesec|kics):[A-Za-z0-9_.-]+$/;
const SECTIONS = ['## Why', '## Bad', '## Good', '## Fix', '## References'];

/** Rule files: server/src/rules/<dir>/<id>.ts, not lib/. */
function ruleFiles(): { dir: string; id: string; path: string }[] {
  const files: { dir: string; id: string; path: string }[] = [];
  for (const dir of readdirSync(RULES_DIR, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const f of readdirSync(join(RULES_DIR, dir.name))) {
      if (f.endsWith('.ts')) files.push({ dir: dir.name, id: f.slice(0, -3), path: join(RULES_DIR, dir.name, f) });
    }
  }
  return files;
}

/** The folder a rule of this kind lives in (Dependabot rules sit with the workflow rules). */
const dirOf = (kind: string) => (kind === 'dependabot' ? 'workflow' : kind);

describe('rule consistency', () => {
  const files = ruleFiles();

  it('has rules', () => {
    assert.ok(rules.length > 0);
    assert.ok(files.length > 0);
  });

  it('registers every rule file, under its file name, in the folder of its kind', async () => {
    const registered = new Set<unknown>(rules);
    const problems: string[] = [];
    for (const file of files) {
      const mod = await import(file.path);
      const rule = mod.default;
      if (!rule?.meta) {
        problems.push(`${file.dir}/${file.id}.ts: no default export with meta`);
        continue;
      }
      if (rule.meta.id !== file.id) problems.push(`${file.dir}/${file.id}.ts: id is '${rule.meta.id}'`);
      if (dirOf(rule.meta.kind) !== file.dir) problems.push(`${file.dir}/${file.id}.ts: kind '${rule.meta.kind}' belongs in ${dirOf(rule.meta.kind)}/`);
      if (!registered.has(rule)) problems.push(`${file.dir}/${file.id}.ts: not in rules/registry.ts (write its .md beside it and run npm run gen)`);
    }
    const fileIds = new Set(files.map((f) => f.id));
    for (const rule of rules) if (!fileIds.has(rule.meta.id)) problems.push(`${rule.meta.id}: registered but no file of that name`);
    assert.deepEqual(problems, []);
  });

  it('gives every rule a unique kebab-case id', () => {
    const ids = rules.map((r) => r.meta.id);
    assert.deepEqual(ids.filter((id) => !KEBAB.test(id)), []);
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
  });

  it('keeps the registry in id order', async () => {
    const { allRules } = await import(join(RULES_DIR, 'registry.ts'));
    const ids = allRules.map((r: { meta: { id: string } }) => r.meta.id);
    assert.deepEqual(ids, [...ids].sort((a, b) => a.localeCompare(b)));
  });

  it('documents every rule beside it with the required sections', () => {
    const problems: string[] = [];
    for (const rule of rules) {
      const path = join(RULES_DIR, dirOf(rule.meta.kind), `${rule.meta.id}.md`);
      if (!existsSync(path)) {
        problems.push(`${rule.meta.id}: no ${dirOf(rule.meta.kind)}/${rule.meta.id}.md`);
        continue;
      }
      const doc = readFileSync(path, 'utf8');
      if (rule.meta.doc !== doc) problems.push(`${rule.meta.id}: meta.doc is not its .md`);
      if (!doc.startsWith(`# ${rule.meta.id}\n`)) problems.push(`${rule.meta.id}: doc does not start with '# ${rule.meta.id}'`);
      const missing = SECTIONS.filter((s) => !new RegExp(`^${s}\\s*$`, 'm').test(doc));
      if (missing.length) problems.push(`${rule.meta.id}: doc lacks ${missing.join(', ')}`);
      for (const eq of rule.meta.equivalents) if (!EQUIVALENT.test(eq)) problems.push(`${rule.meta.id}: equivalent '${eq}' is not written tool:ID`);
      if (!rule.meta.title.trim()) problems.push(`${rule.meta.id}: empty title`);
    }
    assert.deepEqual(problems, []);
  });

  it('tests every rule in test/rules/<kind>/<id>.test.ts', () => {
    const missing = rules
      .map((r) => `test/rules/${dirOf(r.meta.kind)}/${r.meta.id}.test.ts`)
      .filter((p) => !existsSync(join(ROOT, p)));
    assert.deepEqual(missing, []);
  });

  it('lists every rule in package.json with its title and default severity (npm run gen:manifest)', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const actual = pkg.contributes.configuration.properties['shipshape.rules'].properties;
    assert.deepEqual(actual, ruleProperties(rules));
    for (const rule of rules) {
      assert.equal(actual[rule.meta.id].default, rule.meta.defaultSeverity);
      assert.equal(actual[rule.meta.id].description, rule.meta.title);
    }
  });
});

describe('extension manifest', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

  it('contributes the commands the client registers', () => {
    const client = readFileSync(join(ROOT, 'server/src/protocol.ts'), 'utf8');
    const contributed = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
    const declared = [...client.matchAll(/'(shipshape\.[A-Za-z]+)'/g)].map((m) => m[1]).sort();
    assert.deepEqual(contributed, declared);
    for (const c of pkg.contributes.commands) assert.equal(c.category, 'Shipshape');
  });

  it('points main and the language-server bin at files the build and the repository provide', () => {
    assert.equal(pkg.main, './dist/client.js');
    assert.equal(pkg.bin['shipshape-lsp'], './bin/shipshape-lsp.js');
    assert.ok(existsSync(join(ROOT, 'bin/shipshape-lsp.js')));
  });

  it('lets only the user or the machine turn on registry resolution, never an untrusted workspace', () => {
    assert.equal(pkg.contributes.configuration.properties['shipshape.registry.enable'].scope, 'application');
    assert.equal(pkg.contributes.configuration.properties['shipshape.registry.enable'].default, false);
    assert.deepEqual(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations, ['shipshape.registry.enable']);
  });

  it('declares every setting the language server reads', () => {
    const settingsSource = readFileSync(join(ROOT, 'server/src/lsp/settings.ts'), 'utf8');
    const props = Object.keys(pkg.contributes.configuration.properties).sort();
    assert.deepEqual(props, [
      'shipshape.disallowInlineSuppression',
      'shipshape.enable',
      'shipshape.harden.runtime',
      'shipshape.kubernetes.level',
      'shipshape.registry.enable',
      'shipshape.rules',
      'shipshape.trustedRegistries',
    ]);
    for (const key of ['enable', 'rules', 'kubernetes', 'trustedRegistries', 'harden', 'disallowInlineSuppression', 'registry']) {
      assert.ok(settingsSource.includes(`raw.${key}`), `settings.ts does not read ${key}`);
    }
  });
});
