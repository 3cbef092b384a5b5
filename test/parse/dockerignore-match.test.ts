/**
 * Docker's .dockerignore matching, as the build-context rules use it, checked
 * against the examples of docs.docker.com "Build context — .dockerignore files".
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ignoreMatcher } from '../../server/src/model/context.js';

const excluded = (patterns: string[], paths: string[]) => {
  const m = ignoreMatcher(patterns.join('\n'));
  return paths.filter((p) => m.excludes(p));
};

describe('.dockerignore matching (Docker documentation examples)', () => {
  it('*/temp* excludes temp-prefixed entries one level down only', () => {
    assert.deepEqual(excluded(['*/temp*'], ['somedir/temporary.txt', 'somedir/temp', 'temp', 'a/b/temp.txt']), ['somedir/temporary.txt', 'somedir/temp']);
  });

  it('*/*/temp* excludes two levels down only', () => {
    assert.deepEqual(excluded(['*/*/temp*'], ['somedir/subdir/temporary.txt', 'somedir/temp', 'temp']), ['somedir/subdir/temporary.txt']);
  });

  it('temp? matches one character', () => {
    assert.deepEqual(excluded(['temp?'], ['tempa', 'tempb', 'temp', 'tempab']), ['tempa', 'tempb']);
  });

  it('**/*.go matches in every folder, the root included', () => {
    assert.deepEqual(excluded(['**/*.go'], ['main.go', 'cmd/x/main.go', 'main.gox']), ['main.go', 'cmd/x/main.go']);
  });

  it('*.md with !README.md keeps the README', () => {
    assert.deepEqual(excluded(['*.md', '!README.md'], ['README.md', 'CHANGES.md', 'docs/a.md']), ['CHANGES.md']);
  });

  it('the last matching line wins: !README*.md then README-secret.md', () => {
    assert.deepEqual(excluded(['*.md', '!README*.md', 'README-secret.md'], ['README-secret.md', 'README-x.md', 'a.md']), ['README-secret.md', 'a.md']);
    assert.deepEqual(excluded(['*.md', 'README-secret.md', '!README*.md'], ['README-secret.md', 'README-x.md', 'a.md']), ['a.md']);
  });

  it('leading and trailing slashes and .. segments are cleaned', () => {
    assert.deepEqual(excluded(['/foo'], ['foo', 'foo/bar', 'x/foo']), ['foo', 'foo/bar']);
    assert.deepEqual(excluded(['foo/'], ['foo', 'foo/bar']), ['foo', 'foo/bar']);
    assert.deepEqual(excluded(['./a/../b'], ['b', 'a/b']), ['b']);
  });

  it('an excluded folder excludes what it holds, and comments are not patterns', () => {
    assert.deepEqual(excluded(['# .git', '.git'], ['.git', '.git/config', 'src/.git']), ['.git', '.git/config']);
  });
});
