/** The per-document time budget of an analysis and the isolation of a rule that throws. */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { analyze, BUDGET_ID } from '../../server/src/engine/analyze.js';
import { initEngine } from '../../server/src/engine/init.js';
import { rules } from '../../server/src/rules/index.js';

const FILE = { path: '/w/Dockerfile', text: 'FROM debian:12\nUSER root\nRUN apt-get install curl\n' };
const dockerfileRules = rules.filter((r) => r.meta.kind === 'dockerfile');

describe('analysis budget', () => {
  before(() => initEngine());

  it('runs every rule within the budget', () => {
    const r = analyze(FILE, undefined, {}, { timeBudgetMs: 2000, now: () => 0 });
    assert.ok(!r.findings.some((f) => f.ruleId === BUDGET_ID));
    assert.ok(r.findings.some((f) => f.ruleId === 'no-root-user'));
  });

  it('stops past the budget with one information finding saying where', () => {
    // The clock jumps 1,500 ms per reading: the first rule runs (1,500 ms), the second would start at 3,000 ms.
    let t = 0;
    const r = analyze(FILE, undefined, {}, { timeBudgetMs: 2000, now: () => (t++) * 1500 });
    const stopped = r.findings.filter((f) => f.ruleId === BUDGET_ID);
    assert.deepEqual(stopped, [{
      ruleId: BUDGET_ID,
      severity: 'info',
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      message: `Analysis stopped after 3000 ms at line 1 (the budget is 2000 ms): the checks from '${dockerfileRules[1].meta.id}' on did not run, so problems may be missing`,
      fixes: [],
    }]);
    assert.equal(r.findings[0], stopped[0]);
  });

  it('isolates a rule that throws: its id is in errors, the other rules still report', () => {
    const rule = rules.find((x) => x.meta.id === 'no-root-user')!;
    const check = rule.check;
    (rule as { check: unknown }).check = () => {
      throw new Error('boom');
    };
    try {
      const r = analyze(FILE);
      assert.deepEqual(r.errors.map((e) => [e.ruleId, e.message.split('\n')[0]]), [['no-root-user', 'Error: boom']], JSON.stringify(r.errors));
      assert.ok(!r.findings.some((f) => f.ruleId === 'no-root-user'), JSON.stringify(r.findings.map((f) => f.ruleId)));
      assert.ok(r.findings.some((f) => f.ruleId === 'apt-get-yes'), r.findings.map((f) => f.ruleId).join(', '));
    } finally {
      (rule as { check: unknown }).check = check;
    }
  });
});
