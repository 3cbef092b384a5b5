/** `normalizePath`: paths already normal come back as they are; the others are normalised. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizePath } from '../server/src/paths.js';

describe('normalizePath', () => {
  it('returns normal paths unchanged', () => {
    for (const p of ['', '/', 'a', '/a/b.c', '.hidden/x', 'a/..b/c.', '..', '../x', 'C:/w/Dockerfile']) {
      assert.equal(normalizePath(p), p, p);
    }
    assert.equal(normalizePath('/srv/app/Dockerfile'), '/srv/app/Dockerfile');
  });

  it('normalises separators, empty, . and .. segments and a trailing slash', () => {
    const cases: [string, string][] = [
      ['a\\b\\c', 'a/b/c'],
      ['/a//b/', '/a/b'],
      ['./a/./b', 'a/b'],
      ['/a/../b', '/b'],
      ['/../a', '/a'],
      ['../../a', '../../a'],
      ['a/../../b', '../b'],
      ['.', ''],
      ['/', '/'],
      ['..', '..'],
      ['C:\\w\\.\\x', 'C:/w/x'],
    ];
    for (const [input, expected] of cases) assert.equal(normalizePath(input), expected, input);
  });
});
