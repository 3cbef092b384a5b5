/** Building code actions from findings: which fixes "fix all" takes, and how fixes become workspace edits. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnalysisResult } from '../../server/src/engine/analyze.js';
import type { DocumentAnalysis } from '../../server/src/lsp/analysis.js';
import { fixAllEdits, fixEdit } from '../../server/src/lsp/codeActions.js';
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
