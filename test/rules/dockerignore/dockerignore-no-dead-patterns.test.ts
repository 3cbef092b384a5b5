import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyProject } from '../../../server/src/engine/analyze.js';
import { ignoreMatcher } from '../../../server/src/model/context.js';
import { dockerPattern, mayOverlap } from '../../../server/src/rules/dockerignore/lib/patterns.js';
import type { ProjectView } from '../../../server/src/rules/types.js';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';
import { memoryProject } from '../workflow/memory-project.js';

const ID = 'dockerignore-no-dead-patterns';
const path = '/work/app/.dockerignore';

describe(ID, () => {
  it('flags patterns that climb out of the build context', () => {
    expectFindings(ID, `../secrets
^^^^^^^^^^ dockerignore-no-dead-patterns "'../secrets' points outside the build context; only the context is sent to the builder, so this line excludes nothing"
node_modules
  ./config/../../.env
  ^^^^^^^^^^^^^^^^^^^ dockerignore-no-dead-patterns
/../x
^^^^^ dockerignore-no-dead-patterns "'/../x' cannot reach outside the build context: Docker cleans it to 'x', a path inside the context"
!../shared
^^^^^^^^^^ dockerignore-no-dead-patterns "'../shared' points outside the build context; only the context is sent to the builder, so this line re-includes nothing"
a/../b`, { path });
  });

  it('flags host paths that do not refer to a home folder', () => {
    expectFindings(ID, `/home/me/.ssh
^^^^^^^^^^^^^ dockerignore-no-dead-patterns "'/home/me/.ssh' does not refer to your home folder: a leading '/' is the root of the build context, so it only matches 'home/me/.ssh' inside the context"
/Users/me/.aws/credentials
^^^^^^^^^^^^^^^^^^^^^^^^^^ dockerignore-no-dead-patterns
/root/.docker
^^^^^^^^^^^^^ dockerignore-no-dead-patterns
~/.ssh
^^^^^^ dockerignore-no-dead-patterns "'~/.ssh' does not refer to your home folder: .dockerignore does not expand '~', so it only matches a folder named '~' in the build context"
$HOME/.npmrc
^^^^^^^^^^^^ dockerignore-no-dead-patterns "'$HOME/.npmrc' does not refer to your home folder: .dockerignore does not expand variables, so it only matches a folder of that literal name in the build context"
C:\\Users\\me\\.ssh
^^^^^^^^^^^^^^^^ dockerignore-no-dead-patterns "'C:\\Users\\me\\.ssh' does not refer to your home folder: patterns are relative to the build context and nothing outside it is sent to the builder, so this line matches nothing"
/work/app/secrets/
^^^^^^^^^^^^^^^^^^ dockerignore-no-dead-patterns "'/work/app/secrets/' is this build context's path on the host; patterns are relative to the context, so it only matches 'work/app/secrets' inside it"
/home
homework/me
/rooted
/work/other
/secrets`, { path });
  });

  it('leaves host-looking paths alone when the context really has that folder', () => {
    const project: ProjectView = { ...emptyProject, listDir: (p) => (p === '/work/app' ? ['home', 'work', 'Dockerfile'] : undefined) };
    expectClean(ID, '/home/me/.ssh\n/work/app/secrets\n', { path, project });
    expectFindings(ID, `/root/.ssh
^^^^^^^^^^ dockerignore-no-dead-patterns`, { path, project });
  });

  it('only knows the context of a file named .dockerignore', () => {
    expectClean(ID, '/work/app/secrets\n', { path: '/work/app/Dockerfile.dockerignore' });
    expectFindings(ID, `/home/me/.ssh
^^^^^^^^^^^^^ dockerignore-no-dead-patterns`, { path: '/work/app/Dockerfile.dockerignore' });
  });

  it('flags Windows separators but not deliberate escapes', () => {
    expectFindings(ID, `config\\prod.env
^^^^^^^^^^^^^^^ dockerignore-no-dead-patterns "'config\\prod.env' uses Windows path separators; on Linux and macOS '\\' escapes the next character instead, so this does not match 'config/prod.env'; it matches 'configprod.env'"
.\\secrets
^^^^^^^^^ dockerignore-no-dead-patterns "'.\\secrets' uses Windows path separators; on Linux and macOS '\\' escapes the next character instead, so this does not match 'secrets'; it matches '.secrets'"
!keys\\public.pem
^^^^^^^^^^^^^^^^ dockerignore-no-dead-patterns
build\\
^^^^^^ dockerignore-no-dead-patterns "'build\\' uses Windows path separators; on Linux and macOS '\\' escapes the next character instead, so this does not match 'build'"
\\*.tmp
file\\?name
weird\\[1]
a\\\\*`, { path });
  });

  it('flags exceptions nothing before them excludes', () => {
    expectFindings(ID, `.git
!.gitignore
^^^^^^^^^^^ dockerignore-no-dead-patterns "'!.gitignore' re-includes nothing: no earlier line excludes a path it matches"
docs
!README.md
^^^^^^^^^^ dockerignore-no-dead-patterns
!docs/README.md
*.log
!logs/app.log
^^^^^^^^^^^^^ dockerignore-no-dead-patterns
!debug.log
**/*.tmp
!cache/keep.tmp
build/**
!build
!**/build/out.txt
../x
^^^^ dockerignore-no-dead-patterns
!../x/y
^^^^^^^ dockerignore-no-dead-patterns`, { path });
    expectFindings(ID, `[a-c]*.bin
!d.bin
^^^^^^ dockerignore-no-dead-patterns
!b.bin`, { path });
    // An exception also re-includes what lies below the path it names: 'd.bin/x.tmp' here.
    expectClean(ID, '**/*.tmp\n!d.bin\n', { path });
  });

  it('says when an exception comes before the line that excludes it', () => {
    expectFindings(ID, `!src
^^^^ dockerignore-no-dead-patterns "'!src' comes before '*' (line 3), which excludes it again; an exception only re-includes what an earlier line excluded"
# allowlist
*
!package.json
src/secret.txt`, { path });
  });

  it('flags an exclusion undone by the same exception later', () => {
    expectFindings(ID, `*.log
^^^^^ dockerignore-no-dead-patterns "'*.log' excludes nothing: '!*.log' (line 3) re-includes everything it matches"
tmp/
^^^^ dockerignore-no-dead-patterns "'tmp/' excludes nothing: '!tmp' (line 5) re-includes everything it matches"
!*.log
/tmp
^^^^ dockerignore-no-dead-patterns
!tmp
tmp/cache`, { path });
  });

  it('stays quiet on an ordinary file', () => {
    expectClean(ID, `# dependencies
node_modules
**/__pycache__
.git
.env*
!.env.example
*.md
!README.md
*
!src/
!package*.json
`, { path });
  });

  it('judges a line with Windows separators against the others as meant, reporting it once', () => {
    expectFindings(ID, `config\\secrets
^^^^^^^^^^^^^^ dockerignore-no-dead-patterns
!config/secrets/example.env`, { path });
  });

  it('rewrites separators and host paths in place (safe)', () => {
    const eol = (s: string) => s.replace(/\n/g, '\r\n');
    assert.equal(applyFix(ID, eol('node_modules\nconfig\\prod.env # local\n'), { path }), eol('node_modules\nconfig/prod.env # local\n'));
    assert.equal(applyFix(ID, 'keys\n  !keys\\\\public.pem\n', { path }), 'keys\n  !keys/public.pem\n');
    assert.equal(applyFix(ID, '/work/app/secrets/\n.git\n', { path }), '/secrets/\n.git\n');
    const f = findingsOf(ID, 'config\\prod.env\n/work/app/x\n', { path });
    assert.deepEqual(f.flatMap((x) => x.fixes.map((fix) => [fix.title, fix.safe])), [
      ["Use forward slashes: 'config/prod.env'", true],
      ["Write it relative to the build context: '/x'", true],
    ]);
  });

  it('removes dead lines and moves misplaced exceptions (unsafe)', () => {
    assert.equal(applyFix(ID, '.git\n!.gitignore\nnode_modules\n', { path }), '.git\nnode_modules\n');
    assert.equal(applyFix(ID, 'node_modules\n../secrets', { path }), 'node_modules\n');
    assert.equal(applyFix(ID, '!src\n# allowlist\n*\n!package.json\n', { path }), '# allowlist\n*\n!src\n!package.json\n');
    assert.equal(applyFix(ID, '!src\r\n*', { path }), '*\r\n!src');
    assert.deepEqual(fixTitles(ID, '!src\n*\n', { path }), ["Move '!src' below '*' (line 2)"]);
    assert.deepEqual(findingsOf(ID, '!src\n*\n', { path })[0].fixes[0].safe, false);
    assert.deepEqual(fixTitles(ID, '/home/me/.ssh\n', { path }), []);
  });

  it('decides overlap as Docker matches, checked against its matcher on concrete paths', () => {
    const cases: [string, string, string | undefined][] = [
      ['docs', 'docs/README.md', 'docs/README.md'],
      ['docs/**', '**/README.md', 'docs/README.md'],
      ['*.log', 'logs/app.log', undefined],
      ['**/*.log', 'logs/app.log', 'logs/app.log'],
      ['foo/*/bar', 'foo/bar', 'foo/bar/bar'],
      ['[^a]x', 'ax', undefined],
      ['[a-c]x', 'bx', 'bx'],
      ['.git', '.gitignore', undefined],
      ['a?', 'ab/c', 'ab/c'],
    ];
    for (const [a, b, witness] of cases) {
      assert.equal(mayOverlap(dockerPattern(a), dockerPattern(b)), witness !== undefined, `${a} / ${b}`);
      if (witness) {
        assert.equal(ignoreMatcher(a).excludes(witness), true, `${a} excludes ${witness}`);
        assert.equal(ignoreMatcher(b).excludes(witness), true, `${b} excludes ${witness}`);
      }
    }
  });
});

describe('dockerignore-no-dead-patterns and the builds that read the file', () => {
  it('stays quiet in a .dockerignore no known build reads', () => {
    const text = '~/secrets\n';
    const used = memoryProject({ '/repo/.dockerignore': text, '/repo/Dockerfile': 'FROM alpine:3.23\n' });
    assert.equal(findingsOf('dockerignore-no-dead-patterns', text, { path: '/repo/.dockerignore', project: used }).length, 1);
    const unused = memoryProject({ '/repo/docs/.dockerignore': text, '/repo/docs/README.md': '' });
    assert.deepEqual(findingsOf('dockerignore-no-dead-patterns', text, { path: '/repo/docs/.dockerignore', project: unused }), []);
  });
});
