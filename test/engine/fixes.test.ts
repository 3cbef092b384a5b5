/** The one policy for applying safe fixes together (engine/fixes.ts), used by fix-all, `--fix` and harden. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixInRounds, selectFixes } from '../../server/src/engine/fixes.js';
import { applyEdits } from '../../server/src/engine/edits.js';
import type { Finding, Fix, TextEdit } from '../../server/src/rules/types.js';

const at = (line: number, character: number) => ({ line, character });
const edit = (l1: number, c1: number, l2: number, c2: number, newText: string): TextEdit => ({ range: { start: at(l1, c1), end: at(l2, c2) }, newText });
const fix = (title: string, edits: TextEdit[], extra: Partial<Fix> = {}): Fix => ({ title, safe: true, edits, ...extra });
const finding = (ruleId: string, ...fixes: Fix[]): Finding => ({ ruleId, severity: 'warning', message: ruleId, range: { start: at(0, 0), end: at(0, 1) }, fixes });
const titles = (text: string, findings: Finding[], otherFiles = false) => selectFixes(text, findings, { otherFiles }).map((s) => s.fix.title);

describe('selectFixes', () => {
  const text = 'FROM a\nRUN b c\nUSER d\n';

  it('takes the first safe fix of each finding, in document order', () => {
    assert.deepEqual(titles(text, [
      finding('r2', fix('only', [edit(1, 4, 1, 5, 'B')])),
      finding('r1', fix('unsafe first', [edit(0, 0, 0, 4, 'X')], { safe: false }), fix('safe second', [edit(0, 5, 0, 6, 'b')])),
      finding('r3'),
    ]), ['safe second', 'only']);
  });

  it('drops a fix whose span overlaps one taken before, and keeps ones that only touch', () => {
    assert.deepEqual(titles(text, [
      finding('a', fix('RUN b', [edit(1, 0, 1, 5, 'RUN x')])),
      finding('b', fix('b c', [edit(1, 4, 1, 7, 'y')])),
      finding('c', fix('touches', [edit(1, 5, 1, 7, ' z')])),
    ]), ['RUN b', 'touches']);
  });

  it('drops a second insertion at the same point, and an insertion inside a replaced span', () => {
    assert.deepEqual(titles(text, [
      finding('a', fix('insert 1', [edit(2, 0, 2, 0, '# one\n')])),
      finding('b', fix('insert 2', [edit(2, 0, 2, 0, '# two\n')])),
      finding('c', fix('replace line 1', [edit(1, 0, 1, 7, 'RUN q')])),
      finding('d', fix('insert inside', [edit(1, 3, 1, 3, ' -y')])),
      finding('e', fix('insert at its end', [edit(1, 7, 1, 7, ' && e')])),
    ]), ['replace line 1', 'insert at its end', 'insert 1']);
  });

  it('occupies the span from the first edit of a fix to its last, so nothing slips between them', () => {
    assert.deepEqual(titles(text, [
      finding('a', fix('two edits', [edit(0, 0, 0, 4, 'FROM'), edit(2, 0, 2, 4, 'USER')])),
      finding('b', fix('between them', [edit(1, 0, 1, 3, 'run')])),
      finding('c', fix('after them', [edit(2, 5, 2, 6, 'e')])),
    ]), ['two edits', 'after them']);
  });

  it('leaves out fixes that edit other files unless asked, and fixes without edits', () => {
    const other = finding('o', fix('creates .dockerignore', [edit(0, 0, 0, 0, '')], { otherFiles: [{ path: '/p/.dockerignore', create: true, content: '.git\n' }] }));
    const empty = finding('e', fix('nothing', []));
    assert.deepEqual(titles(text, [other, empty]), []);
    assert.deepEqual(titles(text, [other, empty], true), ['creates .dockerignore']);
  });
});

describe('fixInRounds', () => {
  /** A toy rule: every lower-case word in a line that starts with RUN should be upper-case; one fix per word. */
  const analyzeText = (text: string): Finding[] => {
    const out: Finding[] = [];
    text.split('\n').forEach((line, l) => {
      if (!line.startsWith('RUN')) return;
      for (const m of line.matchAll(/\b[a-z]+\b/g)) {
        const s = m.index ?? 0;
        // Each fix rewrites the word with the spaces around it, so neighbours collide and wait for the next round.
        const from = Math.max(0, s - 1);
        const end = Math.min(line.length, s + m[0].length + 1);
        out.push(finding(m[0], fix(`upper ${m[0]}`, [edit(l, from, l, end, line.slice(from, end).toUpperCase())])));
      }
    });
    return out;
  };

  it('applies what collided in later rounds, until nothing is left', () => {
    const { text, applied } = fixInRounds('RUN ab cd ef\nRUN gh\n', analyzeText, { maxRounds: 10 });
    assert.equal(text, 'RUN AB CD EF\nRUN GH\n');
    assert.deepEqual(applied.map((a) => a.fix.title), ['upper ab', 'upper ef', 'upper gh', 'upper cd']);
  });

  it('is idempotent: a second run finds nothing to apply', () => {
    const once = fixInRounds('RUN ab cd ef\n', analyzeText, { maxRounds: 10 }).text;
    const twice = fixInRounds(once, analyzeText, { maxRounds: 10 });
    assert.equal(twice.text, once);
    assert.deepEqual(twice.applied, []);
  });

  it('stops after maxRounds', () => {
    const { text } = fixInRounds('RUN ab cd ef\n', analyzeText, { maxRounds: 1 });
    assert.equal(text, 'RUN AB cd EF\n');
  });

  it('gives the same text as applying each round by hand', () => {
    const start = 'RUN ab cd\n';
    const first = selectFixes(start, analyzeText(start));
    const byHand = applyEdits(start, first.flatMap((s) => s.fix.edits));
    assert.equal(fixInRounds(start, analyzeText, { maxRounds: 1 }).text, byHand);
  });
});
