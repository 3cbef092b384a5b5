/**
 * The pattern reading behind the overlap analysis of `.dockerignore` lines
 * (rules/dockerignore/lib/patterns.ts) agrees with `@balena/dockerignore`,
 * the library the build-context rules match with, on Docker's documented
 * examples and on every pattern × path pair of a wider sample.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ignore from '@balena/dockerignore';
import { dockerPattern, excludesPath } from '../../../server/src/rules/dockerignore/lib/patterns.js';

const library = (pattern: string, path: string) => ignore().add([pattern]).ignores(path);
const ours = (pattern: string, path: string) => excludesPath(dockerPattern(pattern), path);

/** docs.docker.com, "Build context — .dockerignore files", and moby's patternmatcher examples. */
const DOCUMENTED: [string, string, boolean][] = [
  ['*/temp*', 'somedir/temporary.txt', true],
  ['*/temp*', 'somedir/temp', true],
  ['*/temp*', 'temp', false],
  ['*/temp*', 'a/b/temp.txt', false],
  ['*/*/temp*', 'somedir/subdir/temporary.txt', true],
  ['*/*/temp*', 'somedir/temp', false],
  ['temp?', 'tempa', true],
  ['temp?', 'temp', false],
  ['temp?', 'tempab', false],
  ['**/*.go', 'main.go', true],
  ['**/*.go', 'cmd/x/main.go', true],
  ['**/*.go', 'main.gox', false],
  ['*.md', 'README.md', true],
  ['*.md', 'docs/a.md', false],
  ['/foo', 'foo/bar', true],
  ['foo/', 'foo', true],
  ['./a/../b', 'b', true],
  ['./a/../b', 'a/b', false],
  ['.git', '.git/config', true],
  ['.git', 'src/.git', false],
  ['[a-c]at', 'bat', true],
  ['[a-c]at', 'dat', false],
  ['[^a-c]at', 'dat', true],
  ['a\\*b', 'a*b', true],
  ['a\\*b', 'axb', false],
];

describe('.dockerignore pattern reading', () => {
  it("matches Docker's documented examples", () => {
    const wrong = DOCUMENTED.filter(([p, path, want]) => ours(p, path) !== want).map(([p, path, want]) => `${p} ${path}: expected ${want}`);
    assert.deepEqual(wrong, []);
  });

  it('agrees with @balena/dockerignore on the documented examples', () => {
    const wrong = DOCUMENTED.filter(([p, path]) => ours(p, path) !== library(p, path)).map(([p, path]) => `${p} ${path}: ours ${ours(p, path)}, library ${library(p, path)}`);
    assert.deepEqual(wrong, []);
  });

  it('agrees with @balena/dockerignore on every pair of a wider sample', () => {
    const patterns = ['*', '*.log', '**', '**/node_modules', 'node_modules', '/node_modules/', 'a/**/b', 'a/*/b', '**/.env*', '.env', '.env.*', 'secrets/*.pem',
      '?', 'src/**/*.test.ts', 'build/', 'x/../y', '*/', 'docs/**', '**/*', 'a*b?c', '[0-9]*', 'dir/[!a]x'];
    const paths = ['a', 'a/b', 'a/x/b', 'a/x/y/b', 'node_modules', 'node_modules/x/y.js', 'app/node_modules/z', '.env', '.env.local', 'app/.env', 'secrets/k.pem',
      'secrets/sub/k.pem', 'src/a.test.ts', 'src/x/y/a.test.ts', 'build/out', 'y', 'docs/a/b.md', 'x.log', 'logs/x.log', 'aXbYc', 'a/b/c', '7up', 'dir/bx', 'dir/ax'];
    const wrong: string[] = [];
    let compared = 0;
    for (const p of patterns) {
      for (const path of paths) {
        const mine = ours(p, path);
        if (mine === undefined) continue;
        compared++;
        if (mine !== library(p, path)) wrong.push(`${p} ${path}: ours ${mine}, library ${library(p, path)}`);
      }
    }
    assert.ok(compared > 400, `only ${compared} pairs compared`);
    assert.deepEqual(wrong, []);
  });
});
