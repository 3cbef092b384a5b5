/** The time budget a client may set for live analysis (`initializationOptions.analysisBudgetMs`). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { budgetOf, LIVE_BUDGET_MS } from '../../server/src/lsp/analysis.js';

describe('analysis budget from initializationOptions', () => {
  it('is the default without options, or with a value that is not a number', () => {
    assert.equal(budgetOf(undefined), LIVE_BUDGET_MS);
    assert.equal(budgetOf({}), LIVE_BUDGET_MS);
    assert.equal(budgetOf({ analysisBudgetMs: '9000' }), LIVE_BUDGET_MS);
    assert.equal(budgetOf({ analysisBudgetMs: Number.NaN }), LIVE_BUDGET_MS);
  });
  it('takes the client\'s value, from 100 ms to 10 minutes', () => {
    assert.equal(budgetOf({ analysisBudgetMs: 9000 }), 9000);
    assert.equal(budgetOf({ analysisBudgetMs: 5 }), 100);
    assert.equal(budgetOf({ analysisBudgetMs: Number.POSITIVE_INFINITY }), LIVE_BUDGET_MS);
    assert.equal(budgetOf({ analysisBudgetMs: 3_600_000 }), 600_000);
  });
});
