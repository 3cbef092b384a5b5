/**
 * The JSON and SARIF reports grow linearly with the findings: a Pod with 1×,
 * 2× and 4× the containers (each container's findings carry their fixes).
 * And the report, written file by file, is laid out exactly as
 * `JSON.stringify(report, null, 2)` lays out the whole.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runMain } from '../helpers/cli-main.js';
import { SHAPES } from '../robustness/shapes.js';
import { makeTree } from './helpers.js';

const pod = SHAPES.find((s) => s.name === 'pod-containers')!;

async function report(format: 'json' | 'sarif', containers: number) {
  const dir = makeTree({ 'pod.yaml': pod.make(containers), 'Dockerfile': 'FROM python:3.12\nUSER root\n' });
  const r = await runMain(['scan', '--format', format, '--fail-on', 'never'], dir);
  assert.equal(r.code, 0, r.stderr);
  return r.stdout;
}

const findingsOf = (format: 'json' | 'sarif', out: string): number => {
  const value = JSON.parse(out);
  return format === 'json' ? value.summary.findings : value.runs[0].results.length;
};

describe('report size', () => {
  for (const format of ['json', 'sarif'] as const) {
    it(`${format}: grows linearly with the containers of a Pod`, async (t) => {
      const n = 40;
      const [a, b, c] = [await report(format, n), await report(format, 2 * n), await report(format, 4 * n)];
      const [fa, fb, fc] = [a, b, c].map((out) => findingsOf(format, out));
      t.diagnostic(`${format}: ${a.length} → ${b.length} → ${c.length} characters for ${fa} → ${fb} → ${fc} findings`);
      // The findings grow with the containers, so the sizes measure them.
      assert.ok(fc >= 3 * fa, `findings ${fa} → ${fc}`);
      // Linear, with a little slack; the square of the containers would be 4× and 16×.
      assert.ok(b.length <= 2.2 * a.length, `2× the containers: ${(b.length / a.length).toFixed(2)}× the output`);
      assert.ok(c.length <= 4.4 * a.length, `4× the containers: ${(c.length / a.length).toFixed(2)}× the output`);
    });

    it(`${format}: written file by file, laid out as the whole report stringified`, async () => {
      const out = await report(format, 3);
      assert.equal(out, `${JSON.stringify(JSON.parse(out), null, 2)}\n`);
    });
  }

  it('json: a scan with no file to report still writes an empty, well-formed report', async () => {
    const dir = makeTree({ 'README.md': '# nothing here\n' });
    const r = await runMain(['scan', '--format', 'json'], dir);
    assert.equal(r.stdout, `${JSON.stringify(JSON.parse(r.stdout), null, 2)}\n`);
    assert.deepEqual(JSON.parse(r.stdout).files, []);
  });
});
