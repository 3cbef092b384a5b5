/**
 * `analyze(…, { reuse })`: an editor's successive analyses of one document
 * share shell syntax trees. Findings must be exactly those of a fresh
 * analysis after every edit.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { AnalysisReuse, analyze } from '../../server/src/engine/analyze.js';
import { initEngine } from '../../server/src/engine/init.js';

const ROOT = join(__dirname, '../..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

const HEREDOC = [
  'FROM debian:12 AS build',
  'RUN apt-get update && apt-get install -y curl \\',
  '    # the compiler',
  '    gcc',
  'RUN <<EOF',
  'curl -k https://example.com/x.sh | sh',
  'pip install --trusted-host pypi.org requests',
  'EOF',
  'RUN bash -c "sudo chmod 777 /srv && cd /srv"',
  'FROM build',
  'USER root',
  'RUN ["sh", "-c", "wget --no-check-certificate https://example.com/a"]',
  '',
].join('\n');

/** Replaces the first `from` with `to`. */
const replace = (from: string, to: string) => (t: string) => {
  assert.ok(t.includes(from), `edit target ${JSON.stringify(from)} present`);
  return t.replace(from, to);
};
/** Types `word` one character at a time after the first `after`. */
const typing = (after: string, word: string) => [...word].map((_, i) => (t: string) => t.replace(after + word.slice(0, i), after + word.slice(0, i + 1)));

/** Edit sequences applied one after the other to a starting text. */
const CASES: { name: string; text: string; edits: ((t: string) => string)[] }[] = [
  {
    name: 'examples/atm-system/Dockerfile',
    text: read('examples/atm-system/Dockerfile'),
    edits: [
      ...typing('apt-get install -y', ' --no-install-recommends'),
      replace('| sh', '| bash'),
      replace('RUN pip install -r requirements.txt\n', ''),
      (t) => t.replace('RUN apt-get update', 'RUN pip install -r requirements.txt\nRUN apt-get update'),
      replace('curl -fsSL', 'curl -fsSL "https://example.com/unterminated'),
      replace('"https://example.com/unterminated', ''),
      (t) => `# syntax=docker/dockerfile:1\n${t}`,
      (t) => t,
    ],
  },
  {
    name: 'heredoc, nested scripts and exec form',
    text: HEREDOC,
    edits: [
      replace('curl -k', 'curl'),
      replace('chmod 777', 'chmod 755'),
      replace('FROM build\n', 'FROM build\nSHELL ["powershell", "-Command"]\n'),
      replace('SHELL ["powershell", "-Command"]\n', ''),
      // The same script twice: each copy's ranges are its own.
      (t) => `${t}RUN apt-get update && apt-get install -y curl gcc\nRUN apt-get update && apt-get install -y curl gcc\n`,
      replace('    # the compiler\n', ''),
      replace('EOF\nRUN bash', 'EOF\n\nRUN bash'),
      replace('RUN <<EOF', 'RUN <<EOF bash'),
      replace('--no-check-certificate', '--quiet'),
    ],
  },
  {
    name: 'test/fixtures/workspaces/fresh-node/Dockerfile',
    text: read('test/fixtures/workspaces/fresh-node/Dockerfile'),
    edits: [
      (t) => `${t}RUN npm ci && npm cache clean --force\n`,
      ...typing('npm ci', ' --omit=dev'),
      replace('FROM node:22-slim', 'FROM node:22-slim\nUSER node'),
      (t) => t.replace(/RUN[^\n]*\n/, ''),
    ],
  },
];

describe('analysis reuse between edits of one document', () => {
  before(() => initEngine());

  for (const c of CASES) {
    it(`gives the findings of a fresh analysis after every edit: ${c.name}`, () => {
      const reuse = new AnalysisReuse();
      const path = '/w/Dockerfile';
      let text = c.text;
      let step = 0;
      for (const edit of [(t: string) => t, ...c.edits]) {
        text = edit(text);
        const fresh = analyze({ path, text });
        const reused = analyze({ path, text }, undefined, {}, { reuse });
        assert.deepEqual(reused.findings, fresh.findings, `step ${step}`);
        assert.deepEqual(reused.errors, fresh.errors, `step ${step}`);
        step++;
      }
    });
  }

  it('takes unchanged scripts from the previous analysis and keeps only what the latest one used', () => {
    const reuse = new AnalysisReuse();
    const path = '/w/Dockerfile';
    analyze({ path, text: HEREDOC }, undefined, {}, { reuse });
    // Scripts: the apt-get line, the heredoc body (its command line is only the operator), the bash -c line and its script, the exec form's script.
    assert.equal(reuse.shellTrees.size, 5);
    assert.equal(reuse.shellTrees.reused, 0);
    analyze({ path, text: HEREDOC }, undefined, {}, { reuse });
    assert.equal(reuse.shellTrees.reused, 5);
    assert.equal(reuse.shellTrees.size, 5);
    // The bash -c line edited: three scripts come back, the line and its script are parsed, the old two dropped.
    analyze({ path, text: HEREDOC.replace('chmod 777', 'chmod 755') }, undefined, {}, { reuse });
    assert.equal(reuse.shellTrees.reused, 5 + 3);
    assert.equal(reuse.shellTrees.size, 5);
    // Another kind of file drops them all.
    analyze({ path: '/w/.dockerignore', text: '.git\n' }, undefined, {}, { reuse });
    assert.equal(reuse.shellTrees.size, 0);
  });
});
