/** Escaping in GitHub workflow commands: a message or path can never end the command early. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatGithub } from '../../server/src/cli/format/github.js';
import type { Finding } from '../../server/src/rules/types.js';

const finding = (message: string, severity: Finding['severity'] = 'warning'): Finding => ({
  ruleId: 'no-root-user',
  severity,
  message,
  fixes: [],
  range: { start: { line: 1, character: 5 }, end: { line: 2, character: 0 } },
});

describe('github format', () => {
  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    const out = formatGithub([{ path: '/w/a,b:c/Dockerfile', kind: 'dockerfile', errors: [], findings: [finding('100% root\r\nreally::no')] }], '/w');
    assert.equal(out, '::warning file=a%2Cb%3Ac/Dockerfile,line=2,col=6,endLine=3,endColumn=1,title=shipshape no-root-user::100%25 root%0D%0Areally::no\n');
  });

  it('maps error to error, warning to warning, info and hint to notice', () => {
    const out = formatGithub([{ path: '/w/Dockerfile', kind: 'dockerfile', errors: [], findings: (['error', 'warning', 'info', 'hint'] as const).map((s) => finding(s, s)) }], '/w');
    assert.deepEqual(out.trimEnd().split('\n').map((l) => l.split(' ')[0]), ['::error', '::warning', '::notice', '::notice']);
  });

  it('prints nothing without findings', () => {
    assert.equal(formatGithub([{ path: '/w/Dockerfile', kind: 'dockerfile', errors: [], findings: [] }], '/w'), '');
  });
});
