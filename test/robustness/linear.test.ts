/**
 * Linear work on large-but-valid files: each shape grown 1×, 2× and 4× must
 * at most about double its work and its output per doubling. Work is counted,
 * not timed (see work.ts); output is the findings with their fixes as the
 * JSON format writes them.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze.js';
import { LIMITS } from '../../server/src/rules/dockerignore/dockerignore-no-dead-patterns.js';
import { SHAPES } from './shapes.js';
import { measureWork } from './work.js';

/** Sizes measured: small enough to keep the suite quick, large enough that a quadratic term dominates. */
const BASE: Record<string, number> = {
  'pod-containers': 60,
  'dockerfile-stages': 300,
  'workflow-steps': 300,
  // Above the pairwise-comparison budget of dockerignore-no-dead-patterns already at 1×: past it, work is linear.
  'dockerignore-patterns': 1200,
  'compose-services': 200,
};

/** 4× the input may cost at most this many times the work of 1× (linear with some slack; quadratic would be 16). */
const MAX_GROWTH_4X = 5;

function measure(name: string, n: number) {
  const shape = SHAPES.find((s) => s.name === name)!;
  const text = shape.make(n);
  analyze({ path: shape.path, text }); // warm caches that are per-process, not per-file
  const { result, work } = measureWork(() => analyze({ path: shape.path, text }));
  return { work, output: JSON.stringify(result.findings).length, findings: result.findings.length, errors: result.errors, messages: result.findings.map((f) => `${f.severity} ${f.range.start.line + 1}: ${f.message}`) };
}

describe('work grows linearly with the input', () => {
  // A smaller pairwise budget than the shipped one, so the shape passes it at a size the suite runs quickly.
  const shipped = LIMITS.comparisonWork;
  before(() => { LIMITS.comparisonWork = 200_000; });
  after(() => { LIMITS.comparisonWork = shipped; });

  it('says once where the pairwise comparison of .dockerignore exceptions stopped', () => {
    const { messages } = measure('dockerignore-patterns', 1200);
    const stopped = messages.filter((m) => m.includes('too many exceptions'));
    assert.deepEqual(stopped, ["info 750: This file has too many exceptions to compare every pair of lines; exceptions ('!' lines) from line 750 on were not checked for matching nothing"]);
  });

  for (const shape of SHAPES) {
    it(shape.name, (t) => {
      const n = BASE[shape.name];
      const [a, b, c] = [n, 2 * n, 4 * n].map((k) => measure(shape.name, k));
      t.diagnostic(`${shape.name}: work ${a.work} → ${b.work} → ${c.work}; output ${a.output} → ${b.output} → ${c.output}; findings ${a.findings} → ${b.findings} → ${c.findings}`);
      for (const m of [a, b, c]) assert.deepEqual(m.errors, []);
      assert.ok(a.findings > 0, 'the shape yields findings, so their output is measured');
      assert.ok(c.work <= MAX_GROWTH_4X * a.work, `work grew ${(c.work / a.work).toFixed(1)}× for 4× the input`);
      assert.ok(c.output <= MAX_GROWTH_4X * a.output, `output grew ${(c.output / a.output).toFixed(1)}× for 4× the input`);
    });
  }
});
