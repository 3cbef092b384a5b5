/**
 * Fixes a rule reports as a function are computed when a finding's fixes are
 * first read, once, and filtered by the engine's guards then; every reader
 * (JSON output, the CLI, harden) sees a plain list.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { analyze, giveFixes } from '../../server/src/engine/analyze.js';
import { initEngine } from '../../server/src/engine/init.js';
import type { AnalysisResult } from '../../server/src/engine/analyze.js';
import type { Finding, Fix } from '../../server/src/rules/types.js';

const at = (line: number, character: number) => ({ line, character });
const fix = (title: string, line: number): Fix => ({ title, safe: true, edits: [{ range: { start: at(line, 0), end: at(line, 0) }, newText: 'x' }] });
const bare = (): Finding => ({ ruleId: 'r', severity: 'warning', message: 'm', range: { start: at(0, 0), end: at(0, 1) } }) as Finding;

describe('lazily reported fixes', () => {
  before(() => initEngine());

  it('are computed at most once, only when read, and serialise as a list', () => {
    let calls = 0;
    const f = bare();
    giveFixes(f, () => {
      calls++;
      return [fix('a', 1)];
    }, undefined, []);
    assert.equal(calls, 0);
    assert.deepEqual(JSON.parse(JSON.stringify(f)).fixes, [fix('a', 1)]);
    assert.equal(f.fixes, f.fixes);
    assert.deepEqual({ ...f }.fixes.map((x) => x.title), ['a']);
    assert.equal(calls, 1);
  });

  it('pass through the guard when computed, as a reported list does at once', () => {
    const keep = (x: Fix) => x.edits[0].range.start.line < 5;
    const lazy = bare();
    giveFixes(lazy, () => [fix('near', 1), fix('far', 9)], keep, []);
    const eager = bare();
    giveFixes(eager, [fix('near', 1), fix('far', 9)], keep, []);
    assert.deepEqual(lazy.fixes.map((x) => x.title), ['near']);
    assert.deepEqual(eager.fixes.map((x) => x.title), ['near']);
  });

  it('give no fixes when the function throws, and say so in the errors, once', () => {
    const errors: AnalysisResult['errors'] = [];
    let calls = 0;
    const f = bare();
    giveFixes(f, () => {
      calls++;
      throw new Error('boom');
    }, undefined, errors);
    assert.deepEqual(f.fixes, []);
    assert.deepEqual(f.fixes, []);
    assert.equal(calls, 1);
    assert.deepEqual(errors.map((e) => [e.ruleId, e.message.split('\n')[0]]), [['r', 'fixes: Error: boom']]);
  });

  it('are what a Kubernetes finding offers, left uncomputed until read', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n';
    const { findings } = analyze({ path: '/w/k8s/pod.yaml', text });
    const privesc = findings.find((f) => f.ruleId === 'k8s-no-privilege-escalation')!;
    assert.equal(typeof Object.getOwnPropertyDescriptor(privesc, 'fixes')?.get, 'function', 'an accessor, not a computed list');
    assert.deepEqual(privesc.fixes.map((x) => x.title), ['Set allowPrivilegeEscalation: false', 'Apply restricted securityContext to this workload']);
    assert.deepEqual(privesc.fixes[0].edits, [{ range: { start: at(7, 23), end: at(7, 23) }, newText: '\n      securityContext:\n        allowPrivilegeEscalation: false' }]);
  });
});
