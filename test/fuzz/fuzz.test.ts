/**
 * Fuzzing in the test suite: a short seeded campaign per entry point (the
 * long ones run with `npm run fuzz`), and every input a campaign found
 * breaking an invariant, kept as a regression fixture under regressions/
 * (named `<target>-<what>.txt`) or built below when it is too large to keep.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { configFileProblems, loadConfig } from '../../server/src/config/load.js';
import { analyze } from '../../server/src/engine/analyze.js';
import { initEngine } from '../../server/src/engine/init.js';
import { planHarden } from '../../server/src/harden/plan.js';
import { parseYaml } from '../../server/src/parse/yaml.js';
import { memProject } from '../config/mem-project.js';
import { campaign, checkText, TARGETS, type Target } from './harness.js';

const REGRESSIONS = join(__dirname, 'regressions');

/** Inputs per target in the suite (the long campaigns run with `npm run fuzz`). */
const RUNS: Record<Target, number> = { dockerfile: 100, compose: 60, kubernetes: 400, workflow: 120, dockerignore: 500, config: 250, cli: 200, dependabot: 150 };

describe('fuzzing', () => {
  before(() => initEngine());

  for (const target of TARGETS) {
    it(`keeps the invariants on ${RUNS[target]} seeded ${target} inputs`, async (t) => {
      // No time budget here: the suite does not time (a loaded machine would fail it); campaigns do.
      // Every input: never throws, ranges inside the document; every second one also: each fix keeps the contract, harden keeps every RUN.
      const { stats, failures } = await campaign({ runs: RUNS[target], seed: 20261204, targets: [target], check: { budgetMs: 0, fixes: true }, fixEvery: 2 });
      t.diagnostic(`${target}: ${stats[target].inputs} inputs, slowest ${stats[target].slowestMs.toFixed(0)} ms`);
      assert.equal(stats[target].inputs, RUNS[target]);
      assert.deepEqual(failures.map((f) => `${f.problems[0]} ← ${JSON.stringify(f.input).slice(0, 300)}`), []);
    });
  }

  describe('regressions', () => {
    for (const name of readdirSync(REGRESSIONS).filter((n) => n.endsWith('.txt')).sort()) {
      it(name, () => {
        const target = name.split('-')[0] as Exclude<Target, 'cli'>;
        assert.ok(TARGETS.includes(target), `${name} names no target`);
        // Every fix's contract, not only the first few; no time budget (the suite does not time).
        assert.deepEqual(checkText(target, readFileSync(join(REGRESSIONS, name), 'utf8'), undefined, { budgetMs: 0, maxFixes: Infinity }), []);
      });
    }

    it('a configuration file with 20,000 syntax errors reports the first 100 (all of them, spread into push(), overflowed the stack)', () => {
      const text = ']\n'.repeat(20_000);
      const problems = configFileProblems('/w/.shipshape.yaml', text) ?? [];
      assert.equal(problems.length, 100);
      assert.deepEqual(problems[0], { path: '/w/.shipshape.yaml', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'YAML syntax error: Unexpected flow-seq-end token in YAML document: "]"' });
      const loaded = loadConfig('/w/Dockerfile', memProject({ '/w/.shipshape.yaml': text, '/w/Dockerfile': 'FROM x\n' }, '/w'));
      assert.equal(loaded.errors.length, 100);
    });

    it('a run of "{{" without "}}" is not a template (the check was a quadratic regex)', () => {
      assert.equal(parseYaml(`context: .${'{'.repeat(100_000)}\n`).templated, false);
      assert.equal(parseYaml('image: {{ .Values.image }}\n').templated, true);
      assert.equal(parseYaml('a: "}}"\nb: "{{"\n').templated, false);
    });

    it('a run of 100,000 "[" is reported, not parsed (the parser took 4 to 40 s on it)', () => {
      const r = analyze({ path: '/w/compose.yaml', text: `services:\n  a:\n    ports: ${'[ '.repeat(100_000)}\n` });
      assert.deepEqual(r.errors, []);
      assert.deepEqual(r.findings.map((f) => [f.ruleId, f.range.start, f.message]), [
        ['yaml-syntax', { line: 2, character: 11 }, 'Invalid YAML: more than 1000 flow collections opened in a row; the file is not analysed'],
      ]);
      assert.deepEqual(configFileProblems('/w/.shipshape.yaml', `rules: ${'{'.repeat(5_000)}`)?.map((e) => e.message), ['YAML syntax error: more than 1000 flow collections opened in a row']);
    });

    it('names that are Object.prototype properties (constructor, __proto__, toString) find no entry in lookup tables', () => {
      const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
      const dockerfile = `FROM constructor\nFROM toString:1 AS b\n${names.map((n) => `RUN ${n} install -p x --password y ${n}\nRUN sudo ${n} -y\nENV ${n}=1\n`).join('')}`;
      const df = analyze({ path: '/w/Dockerfile', text: dockerfile });
      assert.deepEqual(df.errors, []);
      const rbac = `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: x}\nroleRef: {kind: ClusterRole, name: constructor, apiGroup: rbac.authorization.k8s.io}\nsubjects: [{kind: User, name: constructor}, {kind: Group, name: toString}, {kind: User, name: system:anonymous}]\n---\napiVersion: v1\nkind: constructor\nmetadata: {name: x}\nspec: {containers: [{name: a, image: nginx}]}\n`;
      const k8s = analyze({ path: '/w/k8s/rbac.yaml', text: rbac });
      assert.deepEqual(k8s.errors, []);
      // Only the real anonymous subject is reported (a subject named 'constructor' found the Object function as its description).
      assert.deepEqual(k8s.findings.filter((f) => f.ruleId === 'k8s-rbac-no-anonymous-binding').map((f) => f.range.start.line), [4]);
      const hadolint = loadConfig('/w/Dockerfile', memProject({ '/w/.hadolint.yaml': 'override:\n  constructor: [DL3008]\n', '/w/Dockerfile': 'FROM x\n' }, '/w'));
      assert.deepEqual(hadolint.errors.map((e) => e.message), ["unknown level 'constructor' in 'override' (expected error, warning, info, style)"]);
    });

    it('harden reads a lone CR as a line end, as analysis does (its USER landed mid-line, joined to the RUN after it)', () => {
      const plan = planHarden({ path: '/w/Dockerfile', text: 'FROM node:20\r\n# c\r   \n\r\nRUN npm ci\r\n' });
      assert.ok(plan.ok);
      assert.equal(plan.text, 'FROM node:20\r\n# c\n   \n\r\nRUN npm ci\r\nUSER 1000\r\n');
    });

    it('a YAML error at a CRLF line end stays on its line', () => {
      const result = analyze({ path: '/w/compose.yaml', text: 'services:\r\n  a: [\r\n' });
      const lengths = 'services:\r\n  a: [\r\n'.split(/\r\n/).map((l) => l.length);
      assert.ok(result.findings.length > 0);
      for (const f of result.findings) {
        assert.ok(f.range.end.character <= lengths[f.range.end.line], JSON.stringify(f.range));
      }
    });

    it('lines ended by a lone CR are lines (ranges as the editor counts them)', () => {
      const result = analyze({ path: '/w/.dockerignore', text: '.git\r!nothing\r' });
      assert.deepEqual(result.findings.filter((f) => f.ruleId === 'dockerignore-no-dead-patterns').map((f) => [f.range, f.message]), [
        [{ start: { line: 1, character: 0 }, end: { line: 1, character: 8 } }, "'!nothing' re-includes nothing: no earlier line excludes a path it matches"],
      ]);
    });
  });
});
