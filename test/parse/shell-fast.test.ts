/**
 * The fast shell parser against tree-sitter-bash: wherever the fast path
 * returns a tree, it must be exactly tree-sitter's (types, named flags, UTF-16
 * offsets, child order, field names, no syntax error). Checked over every
 * script the Dockerfile model hands to the parser in the project's own
 * Dockerfiles, rule docs and the corpus (when present), over seeded mutations
 * of them, and over hand-written cases; scripts outside its subset must be
 * left to tree-sitter (undefined).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../server/src/engine/init.js';
import { parseDockerfile } from '../../server/src/parse/dockerfile.js';
import { fastSyntaxTree } from '../../server/src/parse/shell-fast.js';
import { plain, type PlainSyntaxNode } from '../../server/src/parse/shell-tree.js';
import { shellRuns, syntaxTreeCopies, watchShellScripts } from '../../server/src/parse/shell.js';
import { corpusFiles, skipWithoutCorpus } from '../helpers/corpus.js';

const ROOT = resolve(__dirname, '../..');

/** The fast tree as plain data, or undefined when the script is left to tree-sitter. */
function fast(script: string): PlainSyntaxNode | undefined {
  const tree = fastSyntaxTree(script);
  if (!tree) return undefined;
  assert.equal(tree.hasError, false);
  return plain(tree.root);
}

/** Whether the fast path took the script; when it did, asserts its tree is tree-sitter's. */
function agrees(script: string): boolean {
  const mine = fast(script);
  if (!mine) return false;
  const theirs = syntaxTreeCopies(script);
  assert.ok(theirs, 'tree-sitter is ready');
  assert.equal(theirs.hasError, false, `tree-sitter finds a syntax error in ${JSON.stringify(script)}`);
  assert.deepEqual(mine, theirs.direct ?? theirs.viaCursor, JSON.stringify(script));
  return true;
}

/** Every script the model hands to the shell parser for these Dockerfiles (RUN bodies, heredocs, `sh -c` strings). */
function scriptsOf(dockerfiles: string[]): string[] {
  const scripts: string[] = [];
  watchShellScripts((s) => scripts.push(s));
  try {
    for (const text of dockerfiles) shellRuns(parseDockerfile(text));
  } finally {
    watchShellScripts(undefined);
  }
  return scripts;
}

function filesUnder(dir: string, pick: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p, pick));
    else if (pick(e.name)) out.push(p);
  }
  return out;
}

/** The project's own Dockerfiles: fixtures, examples, and the Dockerfile blocks of the rule docs. */
function projectDockerfiles(): string[] {
  const isDockerfile = (n: string) => /dockerfile/i.test(n) && !n.endsWith('.dockerignore');
  const files = [...filesUnder(join(ROOT, 'test/fixtures'), isDockerfile), ...filesUnder(join(ROOT, 'examples'), isDockerfile)];
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  for (const doc of filesUnder(join(ROOT, 'server/src/rules/dockerfile'), (n) => n.endsWith('.md'))) {
    for (const m of readFileSync(doc, 'utf8').matchAll(/```dockerfile\n([\s\S]*?)```/g)) texts.push(m[1]);
  }
  return texts;
}

/** A small seeded generator (mulberry32), so a failing mutation can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MUTATION_CHARS = [..."'\"${}();&|<>=*?[]\\#~!", ' ', '\t', '\n', 'a', 'Z', '_', '0', '7', '-', '/', '.', 'é', '€', '😀', '\u00a0'];

/** One edit at `at`, drawing what it needs from `next` and `pick`. */
type Edit = (s: string, at: number, next: () => number, pick: <T>(xs: readonly T[]) => T) => string;

/** `count` variants of the scripts no longer than `maxLength`, each with one to three `edit`s at random places. */
function mutated(scripts: string[], count: number, seed: number, maxLength: number, edit: Edit): string[] {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const out: string[] = [];
  const short = scripts.filter((s) => s.length <= maxLength);
  for (let n = 0; n < count; n++) {
    let s = pick(short);
    const edits = 1 + Math.floor(next() * 3);
    for (let e = 0; e < edits; e++) s = edit(s, Math.floor(next() * (s.length + 1)), next, pick);
    out.push(s);
  }
  return out;
}

/** `count` variants of the scripts, each with one to three characters inserted, deleted or replaced. */
function mutations(scripts: string[], count: number, seed: number): string[] {
  return mutated(scripts, count, seed, 400, (s, at, next, pick) => {
    const op = next();
    if (op < 0.4) return s.slice(0, at) + pick(MUTATION_CHARS) + s.slice(at);
    if (op < 0.7) return s.slice(0, at) + s.slice(at + 1);
    return s.slice(0, at) + pick(MUTATION_CHARS) + s.slice(at + 1);
  });
}

/** Pieces of shell syntax spliced in by {@link tokenMutations}. */
const MUTATION_TOKENS = [
  ' if ', '; then ', ' fi', ' do ', 'done', '; done', '{ ', ' }', '; }', '(', ')', ' ( ', ' ) ', '[ ', ' ]', '[[ ', ' ]]', ' esac', ';;',
  '! ', ' !', '$(', '${X%', '${', '}', ' case ', ' in ', ' x) ', '*) ', ' | ', ' && ', ' || ', '\n', '; ', ' & ', ' > ', ' 2>&1 ',
  ' -f ', ' = ', ' != ', ' -eq ', ' export ', ' local ', ' unset ', ' for ', ' while ', ' else ', ' elif ', 'f() ', ' "', "'", '\\',
  ' # c\n', '=', ' - ', '$X', '-$Y-',
];

/** `count` variants of the scripts, each with one to three pieces of shell syntax spliced in or short runs cut out. */
function tokenMutations(scripts: string[], count: number, seed: number): string[] {
  return mutated(scripts, count, seed, 1500, (s, at, next, pick) => (next() < 0.6
    ? s.slice(0, at) + pick(MUTATION_TOKENS) + s.slice(at)
    : s.slice(0, at) + s.slice(at + 1 + Math.floor(next() * 6))));
}

/** Scripts written for the hand-written cases and as seeds when the corpus is absent. */
const ACCEPTED = [
  'apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10 ca-certificates && rm -rf /var/lib/apt/lists/*',
  'pip install --no-cache-dir -r requirements.txt',
  'a || b; c & d',
  'curl -fsSL https://example.com/x.tgz | tar -xz -C /opt',
  'a | b && c | d',
  'a && b | c | d; e | f | g',
  "echo 'single $X' \"double $X and ${Y}\" \"\" \"a\\\"b\"",
  'wget https://example.com/$VERSION/x-$VERSION',
  'e --opt="$X" x"y"z ${A}b 12#ab a#b -1 0x1F 1.2',
  'FOO=bar BAZ="q x" cmd arg',
  'FOO= cmd',
  'VERSION=1.2.3 && curl -o x https://e.com/$VERSION',
  'A=1 B=2',
  'make > /dev/null 2>&1',
  'a 2>&1 | tee /log && b >> out < input',
  'a && b > x && c',
  'a &> x; b 10>&2; c >| y',
  'set -eux\n\napt-get update # refresh\n# comment line\napt-get install -y curl;\n',
  'a &&\n  b |\n  c',
  "echo 'é €' \"ü😀\"",
  'chown -R "$(id -u):$(id -g)" /app && echo $(a b; c && d | e) x$(f)y',
  'X=$(cat /x) cmd "$1" $? "$@" $# $! $* ${1} $10',
  'a=; b=',
  'export A=b C "D=e" F= -x "$G" \'h\'; local f="$1"; declare -x A=1; readonly A B=2; typeset Q; unset X Y; unsetenv Z',
  'set -eux; export GNUPGHOME="$(mktemp -d)"; export A && b',
  'if [ -f /x ]; then echo y; fi',
  'if a\nthen\n  b\nelif [ "$A" = \'arm64\' ] && ! c; then d; e &\nelse\n  f # g\n\nfi',
  'if a; then b; else c\n  # after the clause\nfi; if ! [ -e x ]; then true; fi',
  'for p in a "b" $c; do pip install "$p"; done; for q; do true\ndone',
  'while true; do sleep 1; done; until [ $n -ge 5 ]; do n=$(expr $n + 1); done',
  'case "$arch" in \'x86_64\') a=1;; arm64 | aarch64) b ;; armhf) ;; # none\n  *) echo x >&2; exit 1 ;; esac',
  'case $x in (ab) b;;\n  "q"|cd) c; esac; case $x in a) b;; a|bc|de.f) ;; x86 ) c ;; de.f_) ;; esac',
  '[ -f /x ] && rm /x; [ ! -d y ]; [ "$A" != \'b\' ] || [ 1 -eq "$N" ]; [[ -n "$X" ]]; [[ $a -lt 2 ]]',
  '(cd /x && make); ( a; b )',
  '{ a; b; } | c; {\n  echo x\n} || true',
  '! grep x y',
  'test "$PHP_INI_DIR" != "${PHP_INI_DIR%/php}"; test ! -f x',
  'case "${dpkgArch##*-}" in amd64) a ;; esac; b ${PYTHON_VERSION%%[a-z]*} ${rustArch:+--enable-yjit} ${X:-} ${D#v} ${P%%~*}',
  'echo >&2 "error: unsupported" x; a > f g',
  'x="$(catalina.sh configtest 2>&1)"; apk add "${V}-r${R}     " " "',
  'echo $(a\nb); x="$(\n  a |\n  b \t)"',
  'find /usr/local -depth \\( \\( -type d -a -name test \\) -o -name \'*.pyc\' \\) -exec rm -rf {} \\; ; test a = b',
  'ddist() {\n  local f="$1"; shift\n  wget "$@" -O "$f"\n}; _update-repo() { a; }',
  '{\n  echo a; echo b\n} > /etc/x; while a; do b; done 2>&1 | c; ( a ) >> log',
  'if ! echo "$x" | grep -q y; then z; fi',
  'a ${mvnFile:+"https://repo1.maven.org/$mvnFile"} "${X:-\'q\'}"; b="$(scanelf --needed | tr \',\' \'\\n\' | sort -u\t)"',
  'echo $A-$B-$C; wget https://example.com/$VERSION/x-$VERSION.tgz a-$X-$Y-$Z-c d',
  'apk add $([ "$(apk --print-arch)" != \'ppc64le\' ] && echo x); case $a in arm*|i?86) b;; a*) ;; esac',
  'a "$A ${B}" "  $(c)" " \t$1" "\t$X" " $A b " "x  $Y"',
];

const REJECTED = [
  'echo $((1 + 2))',
  'case $x in a | bc) b;; esac',
  'case $x in esac) b;; esac',
  'case $x in *);; esac',
  'case $x in d.e_) ;; esac',
  'case $x in *.*) ;; esac',
  'X=a-$A-$B-x cmd',
  'e a-$X-$Y?c',
  'e a-$X-$Y:c',
  'e a - 2>&1',
  'e - 1>x',
  'e > r - 2>&1 x',
  'x=$(a | b | c <u)',
  'a-$A-$B-x y',
  'a > a-$A-$B-x',
  'x=$(if [ a ]; then b; fi)',
  '[ -f / ]',
  '[ ! a = b ]',
  'case $x in *.txt) b;; esac',
  'case $x in $y) b;; esac',
  'case $x in ab) b\nesac',
  '[[ $a = b ]]',
  '[[ $a == *b* ]]',
  '[ $a = *b ]',
  '[ -f a -a -f b ]',
  '[ x ]',
  '[ -f x]',
  '[ a = -b ]',
  'if a # c\nthen b; fi',
  'if a; then fi',
  'if a; then b fi',
  'for x in; do a; done',
  'for x in a b # c\ndo d; done',
  '{ a; } x',
  '((i++))',
  'x=$(if a; then b; fi)',
  'f () { a; }',
  'function f { a; }',
  'f() ( a )',
  'f() { a; } > x',
  'x=$(f() { a; })',
  '[ -f x ] > y',
  'export A > y',
  'a ==',
  'a \\ b',
  'a \\',
  'a x{}',
  'a {}x',
  'echo $(a # b\n)',
  '! ! a',
  '! A=1',
  'export A+=1',
  'export a-b',
  'export A=b>x',
  'unset A=1',
  'export _',
  'echo $(a | b | c; d)',
  'echo $(a | b | c\n)',
  'echo -$$',
  'echo a$X$1',
  'echo `id -u`',
  'echo $_ $- ${@}',
  'e 0755>x',
  'rm 0<*',
  'e $1> /log',
  'c 2>&1#d',
  'A=1 ?r:r x',
  'x && --b?s j',
  'apt-get=install x',
  'e $?a:',
  'e "$Aé=x"',
  'e "$X\\ "',
  'A=1 B=2\na',
  'a | b | c\nd',
  'echo a\\ b',
  'cat <<EOF\nx\nEOF',
  'cat <<< "$X"',
  'diff <(a) <(b)',
  'a | b | c && d',
  'a | b | c > x && d',
  'x | y && a | b | c && d',
  'a && b | c | d && e',
  'a | b | c\n$(d)',
  'a >&- ',
  'echo é',
  'a ;; b',
  'a |& b',
  'A+=1 cmd',
  'echo "$"',
  'echo ${X/a/b} ${X:1} ${#X} ${X:-$Y} ${X:-a b} ${X#"a"} ${!X}',
  'a !x',
  'a "\\ $X"',
  's?udo x',
  'A=1 a:b x',
  '9=x y',
  '--opt=x y',
  'a#b c',
  'chmod 177# x',
  'a < in',
  '- X=1 b',
  'echo "unterminated',
  'echo x\r',
  '   ',
  '',
];

describe('fast shell parser', () => {
  before(async () => {
    await initEngine();
  });

  it('builds tree-sitter\'s exact tree for each construct of its subset', () => {
    for (const script of ACCEPTED) assert.ok(agrees(script), `fast path takes ${JSON.stringify(script)}`);
  });

  it('gives the shapes tree-sitter gives: nested lists, redirected chains, words joined of pieces', () => {
    assert.deepEqual(fast('a && b > x'), ['program', 0, 10, true, null, [
      ['redirected_statement', 0, 10, true, null, [
        ['list', 0, 6, true, 'body', [
          ['command', 0, 1, true, null, [['command_name', 0, 1, true, 'name', [['word', 0, 1, true, null, []]]]]],
          ['&&', 2, 4, false, null, []],
          ['command', 5, 6, true, null, [['command_name', 5, 6, true, 'name', [['word', 5, 6, true, null, []]]]]],
        ]],
        ['file_redirect', 7, 10, true, 'redirect', [['>', 7, 8, false, null, []], ['word', 9, 10, true, 'destination', []]]],
      ]],
    ]]);
    assert.deepEqual(fast(' x=$A"b" '), ['program', 1, 9, true, null, [
      ['variable_assignment', 1, 8, true, null, [
        ['variable_name', 1, 2, true, 'name', []],
        ['=', 2, 3, false, null, []],
        ['concatenation', 3, 8, true, 'value', [
          ['simple_expansion', 3, 5, true, null, [['$', 3, 4, false, null, []], ['variable_name', 4, 5, true, null, []]]],
          ['string', 5, 8, true, null, [['"', 5, 6, false, null, []], ['string_content', 6, 7, true, null, []], ['"', 7, 8, false, null, []]]],
        ]],
      ]],
    ]]);
  });

  it('leaves everything outside its subset to tree-sitter', () => {
    for (const script of REJECTED) assert.equal(fast(script), undefined, JSON.stringify(script));
  });

  it('leaves compound statements nested deeper than 64, and expansions and substitutions deeper than 8, to tree-sitter without exhausting the stack', () => {
    const nested = (depth: number, open: string, close: string) => open.repeat(depth) + 'a; ' + close.repeat(depth);
    assert.ok(agrees(nested(63, '{ ', '}; ')));
    assert.ok(agrees(nested(63, 'if a; then ', 'fi; ')));
    for (const [open, close] of [['{ ', '}; '], ['if a; then ', 'fi; '], ['( ', ') '], ['f() { ', '}; '], ['for x; do ', 'done; ']]) {
      assert.equal(fast(nested(64, open, close)), undefined, open);
      assert.equal(fast(nested(20000, open, close)), undefined, open);
    }
    const values = (depth: number) => 'e ' + '"${X:-'.repeat(depth) + '""' + '}"'.repeat(depth);
    assert.ok(agrees(values(8)));
    assert.equal(fast(values(9)), undefined);
    assert.equal(fast(values(20000)), undefined);
    assert.equal(fast('e ' + '$(a '.repeat(20000) + ')'.repeat(20000)), undefined);
  });

  it('agrees with tree-sitter on every script of the project\'s own Dockerfiles and rule docs', (t) => {
    const scripts = scriptsOf(projectDockerfiles());
    const taken = scripts.filter(agrees).length;
    t.diagnostic(`fast path took ${taken} of ${scripts.length} scripts`);
    assert.ok(scripts.length > 100, `only ${scripts.length} scripts found`);
    assert.ok(taken > scripts.length / 3, `fast path took only ${taken} of ${scripts.length} scripts`);
  });

  it('agrees with tree-sitter on seeded mutations of the project\'s scripts', (t) => {
    const variants = mutations([...ACCEPTED, ...scriptsOf(projectDockerfiles())], 3000, 20261204);
    const taken = variants.filter(agrees).length;
    t.diagnostic(`fast path took ${taken} of ${variants.length} mutated scripts`);
    assert.ok(taken > 500, `fast path took only ${taken} of ${variants.length} mutated scripts`);
  });

  it('agrees with tree-sitter on token-level mutations of the project\'s scripts', (t) => {
    const variants = tokenMutations([...ACCEPTED, ...scriptsOf(projectDockerfiles())], 3000, 20261205);
    const taken = variants.filter(agrees).length;
    t.diagnostic(`fast path took ${taken} of ${variants.length} mutated scripts`);
    assert.ok(taken > 500, `fast path took only ${taken} of ${variants.length} mutated scripts`);
  });

  it('agrees with tree-sitter on every chain of statements joined by each operator', (t) => {
    let all = 0;
    let taken = 0;
    const chains = (items: string[], ops: string[], most: number): void => {
      const grow = (script: string, n: number): void => {
        for (const item of items) {
          all++;
          if (agrees(script + item)) taken++;
          if (n + 1 < most) for (const op of ops) grow(script + item + op, n + 1);
        }
      };
      grow('', 0);
    };
    chains(['a', 'a | b | c', 'b 2>&1 >y', 'A=1', 'A=1 B=2', 'x$(c | d)y', 'a # z'], [' && ', ' || ', ' | ', '; ', '\n', ' &\n'], 3);
    chains(['a', 'b >y', 'A=1 B=2'], [' && ', ' | ', '\n'], 4);
    chains(['a', 'b >y', 'a | b'], [' && ', ' | '], 5);
    chains(['a', 'x$(c | d | e)y', '$(a | b | c\n)', '$(a\n  b | c | d)', '$(a | b | c >x)', 'e - 2>&1', 'e a - >x'], [' && ', ' | ', '; '], 3);
    t.diagnostic(`fast path took ${taken} of ${all} chains`);
    assert.ok(taken > all / 3, `fast path took only ${taken} of ${all} chains`);
  });

  it('agrees with tree-sitter on every word of up to four pieces', (t) => {
    let all = 0;
    let taken = 0;
    const words = (pieces: string[], most: number): void => {
      const grow = (word: string, n: number): void => {
        for (const piece of pieces) {
          all++;
          if (agrees(`e ${word}${piece}`)) taken++;
          if (agrees(`${word}${piece} e`)) taken++;
          if (n + 1 < most) grow(word + piece, n + 1);
        }
      };
      grow('', 0);
    };
    words(['ab', '-', '1', '$X', '${Y}', '$1', '$?', '"q"', '"a$Xb"', "'r'", '$(c)', '#'], 4);
    // Backslash escapes, `{}` and `=` with a few of the others.
    words(['ab', '$X', '-', '.', '/', '?', ':', '+', '"q"', '$(c)', '\\(', '\\;', '\\$', '\\\\', '\\ ', '\\a', '{}', '=', '{', '}'], 3);
    t.diagnostic(`fast path took ${taken} of ${2 * all} words`);
    assert.ok(taken > all / 2, `fast path took only ${taken} of ${2 * all} words`);
  });

  it('agrees with tree-sitter on every string of up to four pieces', (t) => {
    const pieces = [' ', '\t', '  ', 'a', '$X', '${Y}', '$(c)', '$1', '$?', '\\ ', '\\"', "'", '${Z:-w}'];
    let all = 0;
    let taken = 0;
    const grow = (inner: string, n: number): void => {
      for (const piece of pieces) {
        all++;
        if (agrees(`e "${inner}${piece}"`)) taken++;
        if (n < 3) grow(inner + piece, n + 1);
      }
    };
    grow('', 0);
    t.diagnostic(`fast path took ${taken} of ${all} strings`);
    assert.ok(taken > all / 2, `fast path took only ${taken} of ${all} strings`);
  });

  it('agrees with tree-sitter on every expansion of each operator', (t) => {
    const values = ['', 'a', '*', '*-', '[a-z]*', '7-e', 'a-1', 'x86_64-linux', 'v1.2-r3', '9+x', 'a@b', '9,x', 'a.b-c', 'a-z]*', '[a-z*', '[[a]]', '[a][b]', ']', '/php', '.*', '~*', '--e', 'a/b', 'http://x', '1', '-', '"q"', '$Y', 'a b', '}', 'é', '#', '%', ':', '!', '"h $Y"', "'r s'", '"a"b', '""', "''", '"}"'];
    let all = 0;
    let taken = 0;
    for (const name of ['X', 'ab_1', '1', '@', '#']) {
      for (const op of ['#', '##', '%', '%%', '-', ':-', '+', ':+', '=', ':=', '?', ':?', '/', '//', ':', '^', ',']) {
        for (const v of values) {
          const e = `\${${name}${op}${v}}`;
          for (const form of [`a ${e}`, `a "${e}"`, `a x${e}y`, `a "x ${e} "`]) {
            all++;
            if (agrees(form)) taken++;
          }
        }
      }
    }
    t.diagnostic(`fast path took ${taken} of ${all} expansions`);
    assert.ok(taken > all / 6, `fast path took only ${taken} of ${all} expansions`);
  });

  it('agrees with tree-sitter on redirects followed by words, and on `!` and `!=` as arguments', (t) => {
    const items = ['a >&2 x', 'a > f g "h"', 'a > f - 2>&1 x', 'a > f - g', 'a 2>&1 x', 'a >&2 x > y', 'a >> f $X', 'a > f 2>&1', 'a >&2 "e" \'f\'', 'test "$a" != b', 'test ! -f x', '[ a != "$b" ]', 'a !', 'a !=', 'a !b', 'a != b=c'];
    let all = 0;
    let taken = 0;
    for (const x of items) {
      for (const op of ['', ' && b', ' | b', '; b', '\nb', ' &']) {
        for (const form of [`${x}${op}`, `if ${x}; then ${x}${op}; fi`, `v=$(${x}${op})`]) {
          all++;
          if (agrees(form)) taken++;
        }
      }
    }
    t.diagnostic(`fast path took ${taken} of ${all} redirects and arguments`);
    assert.ok(taken > all / 3, `fast path took only ${taken} of ${all} redirects and arguments`);
  });

  it('agrees with tree-sitter on every declaration of a few arguments', (t) => {
    const args = ['A=b', 'A', 'A="x y"', 'A=', '-x', '"$B"', 'A=$(c)', "'q'", 'A=1 B', 'a-b', 'A=b>x', '_', '-', 'A+=1', '$X', '1', 'A=$X-y'];
    let all = 0;
    let taken = 0;
    for (const word of ['export', 'local', 'declare', 'typeset', 'readonly', 'unset', 'unsetenv']) {
      for (const a of ['', ...args]) {
        for (const b of ['', ...args]) {
          for (const after of ['', '; c', ' && c', ' | c', '\nc', ' # z']) {
            all++;
            if (agrees(`${word} ${a} ${b}`.trimEnd() + after)) taken++;
          }
        }
      }
    }
    t.diagnostic(`fast path took ${taken} of ${all} declarations`);
    assert.ok(taken > all / 3, `fast path took only ${taken} of ${all} declarations`);
  });

  it('agrees with tree-sitter on every test expression of each operator', (t) => {
    const operands = ['x', '"$a"', "'b'", '1', '"$(c)"', '$d', 'x$d', '-e', '*', '""', '/', '.', '+', '%', ':', '_', 'a/', '/x', '.x', '${e%/*}', '/"x"', '/$x', './"x"', '+$x'];
    const expressions: string[] = [];
    for (const op of ['-f', '-d', '-e', '-n', '-z', '-x', '-r', '-w', '-s', '-L', '-h', '-v', '-a', '!']) {
      for (const x of operands) expressions.push(`${op} ${x}`, `! ${op} ${x}`);
    }
    for (const op of ['=', '!=', '==', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '=~', '<']) {
      for (const x of operands) for (const y of operands) expressions.push(`${x} ${op} ${y}`);
      for (const x of operands.slice(0, 6)) expressions.push(`! ${x} ${op} ${x}`);
    }
    expressions.push('x', '! x', '-f a -a -f b', '( -f a )');
    let all = 0;
    let taken = 0;
    for (const e of expressions) {
      for (const [open, close] of [['[', ']'], ['[[', ']]']]) {
        for (const form of [`${open} ${e} ${close}`, `! ${open} ${e} ${close} && a`, `if ${open} ${e} ${close}; then a; fi`]) {
          all++;
          if (agrees(form)) taken++;
        }
      }
    }
    t.diagnostic(`fast path took ${taken} of ${all} tests`);
    assert.ok(taken > all / 8, `fast path took only ${taken} of ${all} tests`);
  });

  it('agrees with tree-sitter on compound statements nested in each other and in chains', (t) => {
    const leaves = ['a', 'b "$x" >/dev/null', 'A=1', 'c | d', '[ -f x ]', 'export E=f', '! g', 'h && i', 'j $([ -n "$y" ] && k)', 'l a-$X-$Y-z'];
    const seps = ['; ', '\n', ' &\n', ';\n\n', ' # z\n', '\n# z\n'];
    const wraps = [
      (b: string, s: string) => `if ${b}${s}then ${b}${s}fi`,
      (b: string, s: string) => `if ${b}${s}then\n  ${b}${s}elif ${b}${s}then ${b}${s}else ${b}${s}fi`,
      (b: string, s: string) => `if ${b}${s}then ${b}${s}else${s}${b}${s}fi`,
      (b: string, s: string) => `for x in a "b" $c${s}do ${b}${s}done`,
      (b: string, s: string) => `for x${s}do ${b}${s}done`,
      (b: string, s: string) => `while ${b}${s}do ${b}${s}done`,
      (b: string, s: string) => `until ${b}${s}do${s}${b}${s}done`,
      (b: string, s: string) => `{ ${b}${s}}`,
      (b: string, s: string) => `( ${b}${s})`,
      (b: string) => `(${b})`,
      (b: string, s: string) => `case $v in 'p') ${b};; pq|rs) ${b}${s};; *) ${b};; esac`,
      (b: string, s: string) => `case "$v" in\n  (ab) ${b}${s}  ;;\n  *)${s};;\nesac`,
      (b: string, s: string) => `case $v in xy) ${b}${s}esac`,
      (b: string, s: string) => `case $v in ab*|c?d) ${b}${s};; x86*) ${b};; esac`,
      (b: string, s: string) => `f() { ${b}${s}}`,
      (b: string, s: string) => `f_1() {${s}${b}${s}}${s}f_1`,
      (b: string, s: string) => `{ ${b}${s}} > x 2>&1`,
      (b: string, s: string) => `for x${s}do ${b}${s}done >> y`,
      (b: string, s: string) => `x="$(${b}${s})"`,
      (b: string) => `! ${b} | c`,
    ];
    const next = random(42);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
    const build = (depth: number): string => {
      if (depth === 0 || next() < 0.3) return pick(leaves);
      const inner = build(depth - 1);
      const s = pick(seps);
      const node = pick(wraps)(inner, s);
      const r = next();
      return r < 0.2 ? `${node} && ${pick(leaves)}` : r < 0.35 ? `${pick(leaves)} | ${node}` : r < 0.5 ? `${node}${s}${pick(leaves)}` : node;
    };
    let all = 0;
    let taken = 0;
    for (const wrap of wraps) {
      for (const leaf of leaves) {
        for (const s of seps) {
          all++;
          if (agrees(wrap(leaf, s))) taken++;
        }
      }
    }
    for (let n = 0; n < 4000; n++) {
      all++;
      if (agrees(build(3))) taken++;
    }
    t.diagnostic(`fast path took ${taken} of ${all} compound statements`);
    assert.ok(taken > all / 3, `fast path took only ${taken} of ${all} compound statements`);
  });

  describe('over the corpus', { skip: skipWithoutCorpus() }, () => {
    let scripts: string[] = [];
    before(() => {
      scripts = scriptsOf(corpusFiles('dockerfile').map((f) => readFileSync(f.path, 'utf8')));
    });

    it('agrees with tree-sitter on every script of every corpus Dockerfile', (t) => {
      const taken = scripts.filter(agrees).length;
      t.diagnostic(`fast path took ${taken} of ${scripts.length} scripts (${((100 * taken) / scripts.length).toFixed(1)} %)`);
      assert.ok(scripts.length > 1000, `only ${scripts.length} scripts found`);
      assert.ok(taken > scripts.length / 2, `fast path took only ${taken} of ${scripts.length} scripts`);
    });

    it('agrees with tree-sitter on seeded mutations of the corpus scripts', (t) => {
      const variants = mutations(scripts, 5000, 15);
      const taken = variants.filter(agrees).length;
      t.diagnostic(`fast path took ${taken} of ${variants.length} mutated scripts`);
      assert.ok(taken > 1000, `fast path took only ${taken} of ${variants.length} mutated scripts`);
    });

    it('agrees with tree-sitter on token-level mutations of the corpus scripts', (t) => {
      const variants = tokenMutations(scripts, 5000, 4);
      const taken = variants.filter(agrees).length;
      t.diagnostic(`fast path took ${taken} of ${variants.length} mutated scripts`);
      assert.ok(taken > 1000, `fast path took only ${taken} of ${variants.length} mutated scripts`);
    });
  });
});
