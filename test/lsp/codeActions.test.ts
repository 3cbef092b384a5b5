/** Building code actions from findings: which fixes "fix all" takes, and how fixes become workspace edits. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnalysisResult } from '../../server/src/engine/analyze.js';
import type { DocumentAnalysis } from '../../server/src/lsp/analysis.js';
import { byRelevance, fixAllEdits, fixAllOfRule, fixEdit, fixTitle } from '../../server/src/lsp/codeActions.js';
import type { ClientAbilities } from '../../server/src/lsp/context.js';
import type { Finding, Fix, TextEdit } from '../../server/src/rules/types.js';

const TEXT = 'line zero\nline one\nline two\nline three\n';

const edit = (line: number, from: number, to: number, newText: string): TextEdit => ({
  range: { start: { line, character: from }, end: { line, character: to } },
  newText,
});

const finding = (line: number, fixes: Fix[]): Finding => ({
  ruleId: 'some-rule',
  severity: 'warning',
  message: 'm',
  range: { start: { line, character: 0 }, end: { line, character: 4 } },
  fixes,
});

function analysisOf(findings: Finding[]): DocumentAnalysis {
  const result: AnalysisResult = { kind: 'dockerfile', findings, errors: [], spanOf: (l) => ({ start: l, end: l }) };
  return { uri: 'file:///w/Dockerfile', version: 7, file: { path: '/w/Dockerfile', text: TEXT }, result };
}

const ALL: ClientAbilities = { configuration: true, documentChanges: true, createFiles: true, watchedFilesRegistration: true, configurationRegistration: true, reviewsHardening: false };

describe('fix all', () => {
  it('takes the first safe fix of each finding, in document order', () => {
    const edits = fixAllEdits(analysisOf([
      finding(2, [{ title: 'unsafe', safe: false, edits: [edit(2, 0, 4, 'LINE')] }, { title: 'safe', safe: true, edits: [edit(2, 0, 4, 'Line')] }]),
      finding(0, [{ title: 'safe', safe: true, edits: [edit(0, 5, 9, 'ZERO')] }, { title: 'also safe', safe: true, edits: [edit(0, 5, 9, '0')] }]),
      finding(1, [{ title: 'unsafe only', safe: false, edits: [edit(1, 0, 4, 'x')] }]),
    ]));
    assert.deepEqual(edits, [edit(0, 5, 9, 'ZERO'), edit(2, 0, 4, 'Line')]);
  });

  it('drops a fix that overlaps one taken before it, and fixes that touch other files', () => {
    const edits = fixAllEdits(analysisOf([
      finding(1, [{ title: 'a', safe: true, edits: [edit(1, 0, 8, 'LINE ONE')] }]),
      finding(1, [{ title: 'b', safe: true, edits: [edit(1, 5, 8, '1')] }]),
      finding(1, [{ title: 'c', safe: true, edits: [edit(1, 8, 8, '!')] }]),
      finding(3, [{ title: 'd', safe: true, edits: [edit(3, 0, 0, '# ')], otherFiles: [{ path: '/w/.dockerignore', create: true, content: '.git\n' }] }]),
    ]));
    assert.deepEqual(edits, [edit(1, 0, 8, 'LINE ONE'), edit(1, 8, 8, '!')]);
  });

  it('keeps all edits of a multi-edit fix together', () => {
    const edits = fixAllEdits(analysisOf([
      finding(0, [{ title: 'wide', safe: true, edits: [edit(0, 0, 4, 'LINE'), edit(2, 0, 4, 'LINE')] }]),
      finding(1, [{ title: 'inside the wide one', safe: true, edits: [edit(1, 0, 4, 'LINE')] }]),
      finding(3, [{ title: 'after', safe: true, edits: [edit(3, 0, 4, 'LINE')] }]),
    ]));
    assert.deepEqual(edits, [edit(0, 0, 4, 'LINE'), edit(2, 0, 4, 'LINE'), edit(3, 0, 4, 'LINE')]);
  });
});

describe('fix edits', () => {
  const creating: Fix = {
    title: 'Add a .dockerignore',
    safe: true,
    edits: [edit(1, 0, 0, '# ok\n')],
    otherFiles: [{ path: '/w/.dockerignore', create: true, content: '.git\n' }, { path: '/w/compose.yaml', edits: [edit(0, 0, 0, '# x\n')] }],
  };

  it('creates other files and edits them in one versioned workspace edit', () => {
    assert.deepEqual(fixEdit(analysisOf([]), creating, ALL), {
      documentChanges: [
        { textDocument: { uri: 'file:///w/Dockerfile', version: 7 }, edits: [edit(1, 0, 0, '# ok\n')] },
        { kind: 'create', uri: 'file:///w/.dockerignore', options: { overwrite: false, ignoreIfExists: true } },
        { textDocument: { uri: 'file:///w/.dockerignore', version: null }, edits: [edit(0, 0, 0, '.git\n')] },
        { textDocument: { uri: 'file:///w/compose.yaml', version: null }, edits: [edit(0, 0, 0, '# x\n')] },
      ],
    });
  });

  it('offers no edit that creates a file to a client that cannot create files', () => {
    assert.equal(fixEdit(analysisOf([]), creating, { ...ALL, createFiles: false }), undefined);
    assert.equal(fixEdit(analysisOf([]), creating, { ...ALL, documentChanges: false }), undefined);
  });

  it('falls back to plain changes for clients without versioned edits', () => {
    const fix: Fix = { title: 't', safe: true, edits: [edit(0, 0, 4, 'LINE')], otherFiles: [{ path: '/w/compose.yaml', edits: [edit(0, 0, 0, '# x\n')] }] };
    assert.deepEqual(fixEdit(analysisOf([]), fix, { ...ALL, documentChanges: false }), {
      changes: { 'file:///w/Dockerfile': [edit(0, 0, 4, 'LINE')], 'file:///w/compose.yaml': [edit(0, 0, 0, '# x\n')] },
    });
  });
});

describe('the quick-fix menu', () => {
  const at = (line: number, from: number, to: number, ruleId: string, severity: Finding['severity'] = 'warning'): Finding => ({
    ruleId, severity, message: ruleId, range: { start: { line, character: from }, end: { line, character: to } }, fixes: [],
  });

  it('puts the finding whose range holds the cursor first, then the narrowest, then the most severe', () => {
    const line = at(0, 0, 20, 'whole-line', 'error');
    const tag = at(0, 12, 18, 'the-tag', 'info');
    const tagWarning = at(0, 12, 18, 'the-tag-warning', 'warning');
    const touching = at(0, 20, 25, 'after-the-cursor', 'error');
    assert.deepEqual(byRelevance([touching, line, tag, tagWarning], { line: 0, character: 14 }).map((f) => f.ruleId),
      ['the-tag-warning', 'the-tag', 'whole-line', 'after-the-cursor']);
  });

  it('labels unsafe fixes for review and leaves safe ones as written', () => {
    assert.equal(fixTitle({ title: 'Set privileged: false', safe: false, edits: [] }), 'Set privileged: false (review: changes behaviour)');
    assert.equal(fixTitle({ title: 'Replace ADD with COPY', safe: true, edits: [] }), 'Replace ADD with COPY');
  });

  it('fixes a repeated finding everywhere: each one\'s safe fix when it has one, labelled when one is unsafe', () => {
    const safe = (line: number): Fix => ({ title: 's', safe: true, edits: [edit(line, 0, 4, 'LINE')] });
    const unsafe = (line: number): Fix => ({ title: 'u', safe: false, edits: [edit(line, 0, 4, 'line')] });
    const all = fixAllOfRule(analysisOf([finding(0, [unsafe(0), safe(0)]), finding(2, [unsafe(2)]), finding(3, [])]), 'some-rule', ALL);
    assert.equal(all?.title, 'Fix all some-rule in this file (2) (review: changes behaviour)');
    assert.deepEqual(all?.edit, { documentChanges: [{ textDocument: { uri: 'file:///w/Dockerfile', version: 7 }, edits: [edit(0, 0, 4, 'LINE'), edit(2, 0, 4, 'line')] }] });
    assert.equal(fixAllOfRule(analysisOf([finding(0, [unsafe(0), safe(0)]), finding(2, [safe(2)])]), 'some-rule', ALL)?.title, 'Fix all some-rule in this file (2)');
    // one finding alone is fixed by its own action
    assert.equal(fixAllOfRule(analysisOf([finding(0, [safe(0)]), finding(1, [])]), 'some-rule', ALL), undefined);
  });
});
