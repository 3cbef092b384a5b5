/**
 * Regular expressions: every literal in server/src has been checked for
 * super-linear backtracking (`npm run check:regexes` writes the verdicts to
 * reviewed.json), none is exponential or worse than quadratic, and each one
 * rewritten for it handles the input that made it slow.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.js';
import { kindFromYamlContent } from '../../server/src/engine/files.js';
import { collectRegexes } from './collect.js';
import type { Verdict } from './verdict.js';

const ROOT = join(__dirname, '../..');
const reviewed = JSON.parse(readFileSync(join(__dirname, 'reviewed.json'), 'utf8')) as Record<string, Verdict>;

describe('regular expressions', () => {
  it('are all checked (run `npm run check:regexes` after adding or changing one)', () => {
    const unchecked = collectRegexes(join(ROOT, 'server/src'), ROOT)
      .filter((r) => !(`/${r.source}/${r.flags}` in reviewed))
      .map((r) => `${r.file}:${r.line} /${r.source}/${r.flags}`);
    assert.deepEqual(unchecked, []);
  });

  it('are never exponential nor worse than quadratic', () => {
    const bad = Object.entries(reviewed).filter(([, v]) => v === 'exponential' || (v.startsWith('polynomial-') && Number(v.slice(11)) > 2));
    assert.deepEqual(bad, []);
  });

  const ruleIds = (path: string, text: string) => {
    const r = analyze({ path, text });
    assert.deepEqual(r.errors, []);
    return [...new Set(r.findings.map((f) => f.ruleId))].sort();
  };

  it('Kubernetes detection: a file of blank lines and spaces (was cubic)', () => {
    assert.equal(kindFromYamlContent(`${' \r\t'.repeat(30_000)}x: 1\n`), undefined);
    assert.equal(kindFromYamlContent('items:\n  - apiVersion: v1\n    kind: Pod\n'), 'kubernetes');
    assert.equal(kindFromYamlContent('-\n  apiVersion: v1\n  kind: Pod\n'), 'kubernetes');
  });

  it('sysctls: a value of 20,000 tabs (was cubic)', () => {
    const ids = ruleIds('/w/compose.yaml', `services:\n  a:\n    image: redis:7\n    sysctls:\n      - "kernel.shm=${'\\t'.repeat(20_000)}=1"\n      - net.ipv4.ip_forward = 1\n`);
    assert.ok(ids.includes('compose-no-unsafe-sysctls'), ids.join(', '));
  });

  it('security_opt: 20,000 tabs between name and value (was cubic)', () => {
    const ids = ruleIds('/w/compose.yaml', `services:\n  a:\n    image: redis:7\n    security_opt:\n      - "seccomp${'\\t'.repeat(20_000)}: unconfined"\n`);
    assert.ok(ids.includes('compose-no-seccomp-unconfined'), ids.join(', '));
  });

  it('workflow expressions: 20,000 blanks after an unclosed ${{ (was cubic), and a closed one still judged', () => {
    const text = `on: pull_request_target\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "\${{${' '.repeat(20_000)}"\n      - run: echo "\${{   github.event.pull_request.title   }}"\n`;
    const r = analyze({ path: '/w/.github/workflows/ci.yml', text });
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.findings.filter((f) => f.ruleId === 'gha-no-script-injection').map((f) => f.range.start.line), [6]);
  });

  it('paths of 50,000 slashes (trailing-slash trimming was quadratic)', () => {
    const ids = ruleIds('/w/Dockerfile', `FROM alpine:3.20\nWORKDIR ${'/'.repeat(50_000)}x${'/'.repeat(50_000)}\nUSER 10001\n`);
    assert.ok(!ids.includes('absolute-workdir'), ids.join(', '));
  });

  it('.dockerignore classes: a line of 100,000 "[" (was quadratic)', () => {
    ruleIds('/w/.dockerignore', `.git\n.env\n!${'['.repeat(100_000)}\n`);
  });

  it('image templates: 50,000 "<" (was quadratic)', () => {
    ruleIds('/w/k8s/pod.yaml', `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: "${'<'.repeat(50_000)}"\n`);
  });
});
