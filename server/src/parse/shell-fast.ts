/**
 * A fast path for the shell most `RUN` bodies are written in: the exact
 * syntax tree tree-sitter-bash gives, built directly, for a conservative subset
 * of the language — or undefined, and the script goes to tree-sitter.
 *
 * The subset:
 * - simple commands: `NAME=value` prefixes, a command name, arguments, and
 *   `NAME=value` (or `NAME=`) on its own; `!`, `!=`, `=` and `{}` standing
 *   alone as arguments (`test ! -f x`, `find … -exec rm {} \;`);
 * - words of plain characters (with `\(`, `\;` and the like escaped in words
 *   of plain characters only), `'…'`, `"…"` (text, `\x` escapes and
 *   expansions), `$NAME`, `${NAME}`, `${NAME#pattern}` (`##`, `%`, `%%`),
 *   `${NAME:-word}` (`-`, `+`, `=`, `?`, with or without `:`, and a plain word
 *   or one quoted string), `$1`, `$?` `$@` `$#` `$!` `$*`, `$(…)`, and words
 *   joined of these (`--opt="$X"`);
 * - redirects (`> /dev/null 2>&1`, `>>`, `<`, `&>`, `n>&m`), which take the
 *   whole statement before them as their body, as tree-sitter has it, and
 *   the words after them as more destinations;
 * - `&&`, `||`, `|`, `!`, the terminators `;`, `&` and newline, and comments
 *   between statements;
 * - declaration commands (`export`, `local`, `declare`, `typeset`,
 *   `readonly`) and `unset` with names, assignments and options;
 * - `[ … ]` and `[[ … ]]` holding one unary or binary test, possibly negated;
 * - `if`/`elif`/`else`, `for NAME [in …]`, `while`/`until`, `case` with
 *   quoted, `*` and plain patterns, `{ …; }`, `( … )`, and `NAME() { …; }`,
 *   nested in each other, in chains, and redirected.
 *
 * Anything else — `select`, `function`, `((…))`, `$((…))`, backticks, other
 * expansions, heredocs, here-strings, process substitution, non-ASCII outside
 * quotes — is left to tree-sitter, and so are the spots where tree-sitter-bash
 * builds an odd tree without reporting an error (a pipeline of three or more
 * before `&&`, `$A-$B-x`, `--a?b` as a command name, a case pattern its scanner
 * reads by what follows it, …; each is commented where it is refused). The
 * shapes were taken from tree-sitter-bash itself, and
 * `test/parse/shell-fast.test.ts` compares the two over real scripts,
 * mutations of them and every combination of a few shapes.
 */
import { Node, type CopiedTree } from './shell-tree.js';

/** Words that are keywords or declaration commands somewhere in the grammar: left to tree-sitter wherever they appear. */
const RESERVED = new Set([
  'if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'select', 'while', 'until', 'do', 'done', 'in', 'function',
  'declare', 'typeset', 'export', 'readonly', 'local', 'unset', 'unsetenv',
]);

const NO_CLOSERS: ReadonlySet<string> = new Set();
const THEN: ReadonlySet<string> = new Set(['then']);
const AFTER_THEN: ReadonlySet<string> = new Set(['elif', 'else', 'fi']);
const FI: ReadonlySet<string> = new Set(['fi']);
const DO: ReadonlySet<string> = new Set(['do']);
const DONE: ReadonlySet<string> = new Set(['done']);
const BRACE: ReadonlySet<string> = new Set(['}']);
const PAREN: ReadonlySet<string> = new Set([')']);
const ESAC: ReadonlySet<string> = new Set(['esac']);

/** How deep compound statements may nest in the fast path. */
const MAX_NESTING = 64;

/** Compound statements whose redirects this parser builds. */
const REDIRECTABLE: ReadonlySet<string> = new Set(['compound_statement', 'subshell', 'if_statement', 'for_statement', 'while_statement', 'case_statement']);

/** Characters that a backslash in a word escapes, as this parser builds them (`find . \( -name x \) -exec rm {} \;`). */
const ESCAPABLE = new Uint8Array(128);
for (const ch of '()|;&<>*?!${}[]#.\\') ESCAPABLE[ch.charCodeAt(0)] = 1;

/** `-f FILE` and the like inside `[ … ]`. */
const UNARY_TEST_OPERATORS: ReadonlySet<string> = new Set(['f', 'd', 'e', 'n', 'z', 'x', 'r', 'w', 's', 'L', 'h']);
/** `A -eq B` and the like. */
const BINARY_TEST_OPERATORS: ReadonlySet<string> = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);

/** `?`, `@`, `#`, `!`, `*` after `$` (`$$` ends a word oddly in tree-sitter: left to it). */
const SPECIAL_PARAMETERS = [63, 64, 35, 33, 42];

/** Characters of a `${NAME%pattern}` pattern and of a `${NAME:-word}` word this parser builds. */
const PATTERN_CHAR = new Uint8Array(128);
const VALUE_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const alnum = c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
  VALUE_CHAR[c] = alnum || '_./:@,+-'.includes(String.fromCharCode(c)) ? 1 : 0;
  PATTERN_CHAR[c] = alnum || '_./:@,+-*?[]~'.includes(String.fromCharCode(c)) ? 1 : 0;
}

const NUMBER = /^-?(?:0x)?[0-9]+(?:#[0-9A-Za-z@_]+)?$/;
const BASE_PREFIX = /^-?(?:0x)?[0-9]+#/;

/** `items` joined by `ops`: pipelines bind tighter, `&&` and `||` nest to the left. */
function fold(items: Node[], ops: Node[]): Node {
  const groups: Node[] = [];
  const joins: Node[] = [];
  let first = 0;
  for (let k = 0; k <= ops.length; k++) {
    if (k < ops.length && ops[k].type === '|') continue;
    if (k === first) groups.push(items[k]);
    else {
      const p = new Node('pipeline', items[first].startIndex, items[k].endIndex, true);
      for (let m = first; m <= k; m++) {
        if (m > first) p.add(ops[m - 1]);
        p.add(items[m]);
      }
      groups.push(p);
      // tree-sitter may nest the rest of a chain inside a pipeline of three or more (`a | b | c && d`, `x | y && a | b | c && d`).
      if (k - first >= 2 && k < ops.length) throw REJECT;
    }
    if (k < ops.length) joins.push(ops[k]);
    first = k + 1;
  }
  let acc = groups[0];
  for (let g = 1; g < groups.length; g++) {
    const list = new Node('list', acc.startIndex, groups[g].endIndex, true);
    list.add(acc);
    list.add(joins[g - 1]);
    list.add(groups[g]);
    acc = list;
  }
  return acc;
}

/** Character classes of ASCII: 0 plain word character, 1 blank, 2 ends a word (operator), 3 quote or `$`, 4 outside the subset. */
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) CLASS[c] = c < 32 || c === 127 ? 4 : 0;
CLASS[32] = 1;
CLASS[9] = 1;
for (const ch of ';&|<>') CLASS[ch.charCodeAt(0)] = 2;
for (const ch of `'"$`) CLASS[ch.charCodeAt(0)] = 3;
for (const ch of '(){}[]`\\#!') CLASS[ch.charCodeAt(0)] = 4;

const PLAIN = 0;
const BLANK = 1;
const QUOTE = 3;

/** Thrown (once per rejected script) to leave the script to tree-sitter. */
const REJECT = new Error('outside the fast subset');

function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

class FastParser {
  private i = 0;
  /** How many `$(` are open. */
  private depth = 0;
  /** Whether the statement just parsed holds a pipeline of three or more. */
  private longPipeline = false;
  /** Where the statements last parsed end, with their terminator (see {@link statements}). */
  private tail = 0;
  /** How many statement lists are open (the script's, and those of compound statements). */
  private nesting = 0;
  /** How many quoted words of `${X:-"…"}` are open. */
  private values = 0;
  /** How many `( … )` subshells are open. */
  private parens = 0;
  constructor(private readonly t: string) {}

  private code(at: number): number {
    return at < this.t.length ? this.t.charCodeAt(at) : -1;
  }

  /** The class of the character at `at` (-1: the end). */
  private cls(at: number): number {
    const c = this.code(at);
    if (c < 0) return -1;
    return c < 128 ? CLASS[c] : 4;
  }

  private blanks(): void {
    while (this.cls(this.i) === BLANK) this.i++;
  }

  /** Adds the `;` or `&` at the cursor to `into` and skips the blanks after it; `;;`, `;&`, `&&`, `&>`, `;|` are not plain terminators. */
  private terminator(into: Node, c: number, field: string | null = null): void {
    const next = this.code(this.i + 1);
    if (next === 59 || next === 38 || next === 62 || next === 124) throw REJECT;
    into.add(this.token(c === 59 ? ';' : '&', this.i, this.i + 1), field);
    this.i++;
    this.blanks();
  }

  private token(type: string, from: number, to: number): Node {
    return new Node(type, from, to, false);
  }

  /** Blanks and newlines (between statements, and after `&&`, `||`, `|`). */
  private space(): void {
    for (;;) {
      const c = this.code(this.i);
      if (c === 32 || c === 9 || c === 10) this.i++;
      else return;
    }
  }

  /** `# …` to the end of the line. */
  private comment(): Node {
    const eol = this.t.indexOf('\n', this.i);
    const end = eol < 0 ? this.t.length : eol;
    for (let j = this.i; j < end; j++) if (this.t.charCodeAt(j) === 13) throw REJECT;
    const node = new Node('comment', this.i, end, true);
    this.i = end;
    return node;
  }

  program(): Node {
    this.space();
    if (this.i >= this.t.length) throw REJECT;
    const root = new Node('program', this.i, this.t.length, true);
    this.statements(root, null, NO_CLOSERS);
    return root;
  }

  /**
   * Statements, comments and terminators, added to `into` (terminators and
   * statements with `field`, as tree-sitter gives the ones of an `if` or
   * `while` condition), up to the first of `closers` that starts a statement
   * (returned, not consumed) — or to the end of the script when there are no
   * closers. A case item's statements stop before `;;` too (`caseItem`) and
   * may be none. Comments after the last terminator go to `trailing` when
   * given (tree-sitter gives them to the parent of an `elif` or `else`
   * clause), and {@link tail} is left where such a clause ends: after the
   * last terminator, or after the run of newlines that ends the last statement.
   */
  private statements(into: Node, field: string | null, closers: ReadonlySet<string>, caseItem = false, trailing?: Node[]): string {
    let count = 0;
    const pending: Node[] = [];
    // Deeper nesting is left to tree-sitter (the recursion here would overflow the stack).
    if (++this.nesting > MAX_NESTING) throw REJECT;
    const done = (closer: string): string => {
      if (trailing) trailing.push(...pending);
      else for (const comment of pending) into.add(comment);
      this.nesting--;
      return closer;
    };
    for (;;) {
      this.space();
      if (this.i >= this.t.length) {
        if (closers !== NO_CLOSERS) throw REJECT;
        return done('');
      }
      if (this.code(this.i) === 35) {
        // A comment inside a condition: which field would it take? Left to tree-sitter.
        if (field !== null) throw REJECT;
        pending.push(this.comment());
        continue;
      }
      if (caseItem && this.code(this.i) === 59 && this.code(this.i + 1) === 59) return done(';;');
      // At the top level nothing closes the list: the statement reads (and judges) its own first word.
      const keyword = closers.size > 0 ? this.keywordAt() : undefined;
      if (keyword !== undefined && closers.has(keyword)) {
        if (count === 0 && !caseItem) throw REJECT;
        return done(keyword);
      }
      for (const comment of pending) into.add(comment);
      pending.length = 0;
      const statement = this.statement();
      into.add(statement, field);
      this.tail = statement.endIndex;
      count++;
      this.blanks();
      const c = this.code(this.i);
      if (caseItem && c === 59 && this.code(this.i + 1) === 59) return done(';;');
      const terminated = c === 59 || c === 38;
      if (terminated) {
        this.tail = this.i + 1;
        this.terminator(into, c, field);
      }
      const d = this.code(this.i);
      if (d === 35) {
        if (field !== null) throw REJECT;
        if (terminated) pending.push(this.comment());
        else into.add(this.comment());
      } else if (!terminated && d !== 10 && d !== -1 && !(d === 41 && closers.has(')'))) throw REJECT;
      if (!terminated && this.code(this.i) === 10) {
        let j = this.i;
        while (this.code(j) === 10) j++;
        this.tail = j;
      }
      // tree-sitter runs a pipeline of three or more on over a newline into the next line's command.
      if (!terminated && this.longPipeline) {
        this.space();
        if (this.i < this.t.length) throw REJECT;
      }
    }
  }

  /**
   * The keyword (or `{`, `}`, `(`, `)`, `!`, `[`, `[[`) starting the statement
   * at the cursor, if any. A keyword glued to a quote or an expansion
   * (`if"x"`, `done$x`) is left to tree-sitter.
   */
  private keywordAt(): string | undefined {
    const c = this.code(this.i);
    if (c === 123 || c === 125 || c === 40 || c === 41 || c === 33) return String.fromCharCode(c);
    if (c === 91) return this.code(this.i + 1) === 91 ? '[[' : '[';
    if (c < 97 || c > 122) return undefined;
    let j = this.i;
    while (this.code(j) >= 97 && this.code(j) <= 122) j++;
    const word = this.t.slice(this.i, j);
    if (!RESERVED.has(word)) return undefined;
    const after = this.cls(j);
    if (after === PLAIN) return undefined;
    if (after === QUOTE || after === 4 && this.code(j) !== 10 && this.code(j) !== 41) throw REJECT;
    return word;
  }

  /** Whether the character at `at` ends a word that closes a block (`fi`, `done`, `esac`, `}`, `)`). */
  private endsClosed(at: number): boolean {
    const c = this.code(at);
    return c === -1 || c === 32 || c === 9 || c === 10 || c === 59 || c === 38 || c === 124 || c === 41 && this.parens > 0;
  }

  /** Consumes the keyword `word` at the cursor, which must be followed by a blank or a newline (or end the block, `closing`). */
  private keyword(into: Node, word: string, closing = false, field: string | null = null): void {
    if (!this.t.startsWith(word, this.i)) throw REJECT;
    const end = this.i + word.length;
    const c = this.code(end);
    if (closing ? !this.endsClosed(end) : c !== 32 && c !== 9 && c !== 10) throw REJECT;
    into.add(this.token(word, this.i, end), field);
    this.i = end;
    into.endIndex = end;
  }

  /** Whether the text from here to `j` is a variable name (`_` alone is not: tree-sitter takes it for a word). */
  private isNameTo(j: number): boolean {
    return j > this.i && isNameStart(this.code(this.i)) && !(j === this.i + 1 && this.code(this.i) === 95);
  }

  /** Sets a node's end to its last child's. */
  private close(node: Node): Node {
    node.endIndex = node.children[node.children.length - 1].endIndex;
    return node;
  }

  /** `if …; then …; [elif …; then …;] [else …;] fi`. */
  private ifStatement(): Node {
    const node = new Node('if_statement', this.i, this.i, true);
    this.keyword(node, 'if');
    this.statements(node, 'condition', THEN);
    this.keyword(node, 'then');
    let next = this.statements(node, null, AFTER_THEN);
    // An `elif` or `else` clause ends with its last terminator (a run of newlines, for tree-sitter); comments after it are the `if`'s.
    while (next === 'elif' || next === 'else') {
      const elif = next === 'elif';
      const clause = new Node(elif ? 'elif_clause' : 'else_clause', this.i, this.i, true);
      this.keyword(clause, elif ? 'elif' : 'else');
      if (elif) {
        this.statements(clause, null, THEN);
        this.keyword(clause, 'then');
      }
      const trailing: Node[] = [];
      // After `else` only `fi` closes the list, so the loop ends there.
      next = this.statements(clause, null, elif ? AFTER_THEN : FI, false, trailing);
      clause.endIndex = this.tail;
      node.add(clause);
      for (const comment of trailing) node.add(comment);
    }
    this.keyword(node, 'fi', true);
    return node;
  }

  /** `do …; done`, the body of a loop. */
  private doGroup(into: Node): void {
    const group = new Node('do_group', this.i, this.i, true);
    this.keyword(group, 'do');
    this.statements(group, null, DONE);
    this.keyword(group, 'done', true);
    into.add(group, 'body');
    into.endIndex = group.endIndex;
  }

  /** `for NAME [in WORD…]; do …; done`. */
  private forStatement(): Node {
    const node = new Node('for_statement', this.i, this.i, true);
    this.keyword(node, 'for');
    this.blanks();
    let j = this.i;
    while (isNameChar(this.code(j))) j++;
    if (!this.isNameTo(j)) throw REJECT;
    const after = this.code(j);
    if (after !== 32 && after !== 9 && after !== 59 && after !== 10) throw REJECT;
    node.add(new Node('variable_name', this.i, j, true), 'variable');
    this.i = j;
    this.blanks();
    if (this.t.startsWith('in', this.i) && this.keywordAt() === 'in') {
      this.keyword(node, 'in');
      let values = 0;
      for (;;) {
        this.blanks();
        const k = this.cls(this.i);
        if (k !== PLAIN && k !== QUOTE) break;
        if (this.atRedirect() || this.code(this.i) === 61) throw REJECT;
        node.add(this.literal(), 'value');
        values++;
      }
      if (values === 0) throw REJECT;
    }
    const c = this.code(this.i);
    if (c === 59) this.terminator(node, c);
    else if (c !== 10) throw REJECT;
    this.space();
    if (this.keywordAt() !== 'do') throw REJECT;
    this.doGroup(node);
    return node;
  }

  /** `while …; do …; done` and `until …`. */
  private whileStatement(word: string): Node {
    const node = new Node('while_statement', this.i, this.i, true);
    this.keyword(node, word);
    this.statements(node, 'condition', DO);
    this.doGroup(node);
    return node;
  }

  /** `{ …; }`. */
  private compoundStatement(): Node {
    const node = new Node('compound_statement', this.i, this.i, true);
    this.keyword(node, '{');
    this.statements(node, null, BRACE);
    this.keyword(node, '}', true);
    return node;
  }

  /** `( … )`. */
  private subshell(): Node {
    const node = new Node('subshell', this.i, this.i, true);
    // `((` is arithmetic.
    if (this.code(this.i + 1) === 40) throw REJECT;
    node.add(this.token('(', this.i, this.i + 1));
    this.i++;
    this.parens++;
    this.statements(node, null, PAREN);
    this.parens--;
    this.keyword(node, ')', true);
    return node;
  }

  /** `case WORD in [(]PATTERN[|PATTERN…]) …;; … esac`. */
  private caseStatement(): Node {
    const node = new Node('case_statement', this.i, this.i, true);
    this.keyword(node, 'case');
    this.blanks();
    const k = this.cls(this.i);
    if (k !== PLAIN && k !== QUOTE || this.atRedirect()) throw REJECT;
    node.add(this.literal(), 'value');
    const b = this.code(this.i);
    if (b !== 32 && b !== 9) throw REJECT;
    this.blanks();
    if (this.keywordAt() !== 'in') throw REJECT;
    this.keyword(node, 'in');
    const items: Node[] = [];
    for (;;) {
      this.space();
      if (this.code(this.i) === 35) {
        node.add(this.comment());
        continue;
      }
      if (this.keywordAt() === 'esac') break;
      const item = new Node('case_item', this.i, this.i, true);
      if (this.code(this.i) === 40) {
        item.add(this.token('(', this.i, this.i + 1));
        this.i++;
      }
      for (;;) {
        item.add(this.casePattern(), 'value');
        this.blanks();
        const c = this.code(this.i);
        if (c === 41) break;
        if (c !== 124) throw REJECT;
        item.add(this.token('|', this.i, this.i + 1));
        this.i++;
        this.blanks();
      }
      item.add(this.token(')', this.i, this.i + 1));
      this.i++;
      const c = this.code(this.i);
      if (c !== 32 && c !== 9 && c !== 10) throw REJECT;
      const end = this.statements(item, null, ESAC, true);
      if (end === ';;') {
        const after = this.code(this.i + 2);
        if (after !== 32 && after !== 9 && after !== 10) throw REJECT;
        item.add(this.token(';;', this.i, this.i + 2), 'termination');
        this.i += 2;
      } else if (item.children[item.children.length - 1].type !== ';') throw REJECT;
      node.add(this.close(item));
      items.push(item);
    }
    if (items.length === 0) throw REJECT;
    // The last item's `;;` has no field.
    const last = items[items.length - 1];
    if (last.fields[last.fields.length - 1] === 'termination') last.fields[last.fields.length - 1] = null;
    this.keyword(node, 'esac', true);
    return node;
  }

  /**
   * A case pattern tree-sitter reads plainly: a quoted string, `*`, or a word
   * of letters, digits, `_`, `-`, `.`, `*` and `?` starting with a letter. Its scanner
   * makes such a word an `extglob_pattern` when `|` follows it directly or
   * when a character after the first is neither a letter nor `.`, and leaves
   * it a `word` otherwise; a word starting with `e` (`esac`?), with `-` second,
   * or of one letter before a blank takes other paths there: left to it, as are
   * globs and expansions.
   */
  private casePattern(): Node {
    const start = this.i;
    const c = this.code(start);
    if (c === 39 || c === 34) {
      const q = this.quoted();
      const d = this.code(this.i);
      if (d !== 32 && d !== 9 && d !== 41 && d !== 124) throw REJECT;
      return q;
    }
    if (c === 42) {
      const d = this.code(start + 1);
      const e = this.code(start + 2);
      if (d !== 124 && !(d === 41 && (e === 32 || e === 9 || e === 10))) throw REJECT;
      this.i = start + 1;
      return new Node('extglob_pattern', start, start + 1, true);
    }
    // A `-` or `.` second makes the scanner give up on the pattern (`a-b)`, `d.e_)`).
    if (!(c >= 65 && c <= 90 || c >= 97 && c <= 122) || c === 101 || this.code(start + 1) === 45 || this.code(start + 1) === 46) throw REJECT;
    let j = start + 1;
    let glob = false;
    for (;;) {
      const d = this.code(j);
      // Letters, digits, `_`, `-`, `.`, and the globs `*` and `?` (`arm*`).
      if (isNameChar(d) || d === 45 || d === 46 || d === 42 || d === 63) {
        if (!(d >= 65 && d <= 90 || d >= 97 && d <= 122 || d === 46)) glob = true;
        j++;
      } else break;
    }
    const d = this.code(j);
    if (d !== 32 && d !== 9 && d !== 41 && d !== 124) throw REJECT;
    if (j === start + 1 && (d === 32 || d === 9)) throw REJECT;
    if (RESERVED.has(this.t.slice(start, j))) throw REJECT;
    this.i = j;
    return new Node(glob || d === 124 ? 'extglob_pattern' : 'word', start, j, true);
  }

  /** `[ … ]` or `[[ … ]]` holding one unary or binary test, optionally negated with `!`. */
  private testCommand(double: boolean): Node {
    const node = new Node('test_command', this.i, this.i, true);
    const open = double ? '[[' : '[';
    this.keyword(node, open);
    this.blanks();
    node.add(this.testExpression(double, true));
    const b = this.code(this.i);
    if (b !== 32 && b !== 9) throw REJECT;
    this.blanks();
    this.keyword(node, double ? ']]' : ']', true);
    return node;
  }

  private testExpression(double: boolean, negatable: boolean): Node {
    const start = this.i;
    if (negatable && this.code(start) === 33) {
      const b = this.code(start + 1);
      if (b !== 32 && b !== 9) throw REJECT;
      const u = new Node('unary_expression', start, start, true);
      u.add(this.token('!', start, start + 1), 'operator');
      this.i++;
      this.blanks();
      const inner = this.testExpression(double, false);
      // `! a = b` is a binary test of `! a` to tree-sitter: `!` only before a unary test here.
      if (inner.type !== 'unary_expression') throw REJECT;
      u.add(inner);
      return this.close(u);
    }
    const unary = this.testOperator(UNARY_TEST_OPERATORS);
    if (unary) {
      const u = new Node('unary_expression', start, start, true);
      u.add(unary, 'operator');
      u.add(this.testOperand());
      return this.close(u);
    }
    const left = this.testOperand();
    const b = this.code(this.i);
    if (b !== 32 && b !== 9) throw REJECT;
    this.blanks();
    let op = this.testOperator(BINARY_TEST_OPERATORS);
    if (!op) {
      // `=` and `!=`; in `[[ … ]]` their right side may be a pattern or a regex: left to tree-sitter.
      const c = this.code(this.i);
      const width = c === 61 ? 1 : c === 33 && this.code(this.i + 1) === 61 ? 2 : 0;
      const after = this.code(this.i + width);
      if (double || width === 0 || after !== 32 && after !== 9) throw REJECT;
      op = this.token(width === 1 ? '=' : '!=', this.i, this.i + width);
      this.i += width;
      this.blanks();
    }
    // A plain word right of `!=` may be an `extglob_pattern` to tree-sitter's scanner.
    const r = this.code(this.i);
    if (op.type === '!=' && r !== 34 && r !== 39 && r !== 36) throw REJECT;
    const bin = new Node('binary_expression', start, start, true);
    bin.add(left, 'left');
    bin.add(op, 'operator');
    bin.add(this.testOperand(), 'right');
    return this.close(bin);
  }

  /** One of `operators` followed by blanks (skipped), as a `test_operator`, or undefined. */
  private testOperator(operators: ReadonlySet<string>): Node | undefined {
    if (this.code(this.i) !== 45) return undefined;
    let j = this.i + 1;
    while (this.code(j) >= 97 && this.code(j) <= 122 || this.code(j) >= 65 && this.code(j) <= 90) j++;
    const after = this.code(j);
    if (after !== 32 && after !== 9 || !operators.has(this.t.slice(this.i + 1, j))) return undefined;
    const op = new Node('test_operator', this.i, j, true);
    this.i = j;
    this.blanks();
    return op;
  }

  /**
   * An operand of a test: a word that is not an operator, `!`, `=`, `-…`, a
   * keyword or a glob (tree-sitter reads those in other ways).
   */
  private testOperand(): Node {
    const c = this.code(this.i);
    const k = this.cls(this.i);
    if (k !== PLAIN && k !== QUOTE || c === 45 || c === 61 || this.atRedirect()) throw REJECT;
    const word = this.literal();
    // `[ -f / ]` is a syntax error to tree-sitter and `/"x"` a division: operands starting with a one-character
    // word other than a letter or a digit are left to it.
    const first = word.type === 'concatenation' ? word.children[0] : word;
    if (first.endIndex === first.startIndex + 1 && !isNameChar(c)) throw REJECT;
    for (let j = word.startIndex; j < word.endIndex; j++) {
      const d = this.t.charCodeAt(j);
      if (d === 42 || d === 63 || d === 61 || d === 126) throw REJECT;
    }
    return word;
  }

  /** `export`/`local`/`declare`/`typeset`/`readonly` or `unset`/`unsetenv` with names, assignments and options. */
  private declaration(word: string): Node {
    const unset = word === 'unset' || word === 'unsetenv';
    const node = new Node(unset ? 'unset_command' : 'declaration_command', this.i, this.i, true);
    node.add(this.token(word, this.i, this.i + word.length));
    this.i += word.length;
    node.endIndex = this.i;
    for (;;) {
      this.blanks();
      const k = this.cls(this.i);
      if (k !== PLAIN && k !== QUOTE) break;
      if (this.atRedirect()) throw REJECT;
      const c = this.code(this.i);
      let j = this.i;
      while (isNameChar(this.code(j))) j++;
      let arg: Node;
      if (isNameStart(c)) {
        if (j === this.i + 1 && c === 95) throw REJECT;
        const d = this.code(j);
        if (d === 61 && !unset) arg = this.assignment(j);
        else if (d === -1 || d === 32 || d === 9 || d === 10 || d === 59 || d === 38 || d === 124) {
          arg = new Node('variable_name', this.i, j, true);
          this.i = j;
        } else throw REJECT;
      } else if (c === 45 || c === 34 || c === 39 || c === 36) {
        // `-x`, `"…"`, `'…'`, `$X`; `-` alone or words with `=` take other shapes.
        arg = this.literal();
        if (arg.endIndex === arg.startIndex + 1) throw REJECT;
        for (let m = arg.startIndex; m < arg.endIndex; m++) if (this.t.charCodeAt(m) === 61 && arg.type !== 'string' && arg.type !== 'raw_string') throw REJECT;
      } else throw REJECT;
      node.add(arg);
      node.endIndex = arg.endIndex;
    }
    if (this.atRedirect()) throw REJECT;
    return node;
  }

  /** `NAME=value` (or `NAME=` with no value node), the cursor on the name and `eq` on the `=`. */
  private assignment(eq: number): Node {
    const a = new Node('variable_assignment', this.i, eq + 1, true);
    a.add(new Node('variable_name', this.i, eq, true), 'name');
    a.add(this.token('=', eq, eq + 1));
    this.i = eq + 1;
    const after = this.cls(this.i);
    const c = this.code(this.i);
    if (after === BLANK || c === -1 || c === 59 && this.code(this.i + 1) !== 59) {
      // `NAME= cmd`, `NAME=;`: no value node.
    } else if (after === PLAIN || after === QUOTE) {
      if (c === 61) throw REJECT;
      const value = this.literal();
      a.add(value, 'value');
      a.endIndex = value.endIndex;
    } else throw REJECT;
    return a;
  }

  /**
   * Commands joined by `|`, `&&` and `||`, nested as tree-sitter nests them:
   * pipelines bind tighter, `&&` and `||` nest to the left, and a redirect
   * applies to everything before it in the statement.
   */
  private statement(): Node {
    this.longPipeline = false;
    let items: Node[] = [];
    let ops: Node[] = [];
    let longRedirected = false;
    for (;;) {
      const item = this.command();
      if (item.type === 'redirected_statement') {
        longRedirected ||= this.longPipeline;
        // The redirect takes the whole statement so far as its body.
        items.push(item.children[0]);
        item.children[0] = fold(items, ops);
        item.startIndex = item.children[0].startIndex;
        items = [item];
        ops = [];
      } else items.push(item);
      this.blanks();
      const c = this.code(this.i);
      const next = this.code(this.i + 1);
      let op: string;
      if (c === 124 && next === 124) op = '||';
      else if (c === 38 && next === 38) op = '&&';
      else if (c === 124 && next !== 38) op = '|';
      else break;
      // A redirected pipeline of three or more nests what follows it too (`a | b | c > x && d`).
      if (longRedirected) throw REJECT;
      ops.push(this.token(op, this.i, this.i + op.length));
      if (op === '|' && ops.length >= 2 && ops[ops.length - 2].type === '|') this.longPipeline = true;
      this.i += op.length;
      this.space();
    }
    return fold(items, ops);
  }

  /** The statement a keyword starts (`if`, `for`, `[`, `export`, …); other keywords are left to tree-sitter. */
  private compound(keyword: string): Node {
    switch (keyword) {
      case 'if': return this.ifStatement();
      case 'for': return this.forStatement();
      case 'while': case 'until': return this.whileStatement(keyword);
      case 'case': return this.caseStatement();
      case '{': return this.compoundStatement();
      case '(': return this.subshell();
      case '[': case '[[': return this.testCommand(keyword === '[[');
      case '!': return this.negated();
      case 'export': case 'local': case 'declare': case 'typeset': case 'readonly': case 'unset': case 'unsetenv':
        return this.declaration(keyword);
      default: throw REJECT;
    }
  }

  /**
   * `NAME() { …; }`, or undefined when no `NAME()` is at the cursor. The
   * `function` keyword, other bodies and redirects after the body are left to
   * tree-sitter.
   */
  private functionDefinition(): Node | undefined {
    const start = this.i;
    let j = start;
    while (isNameChar(this.code(j)) || this.code(j) === 45) j++;
    if (j === start || this.code(j) !== 40) return undefined;
    if (this.depth > 0 || !isNameStart(this.code(start)) || this.code(j + 1) !== 41 || RESERVED.has(this.t.slice(start, j))) throw REJECT;
    const node = new Node('function_definition', start, start, true);
    node.add(new Node('word', start, j, true), 'name');
    node.add(this.token('(', j, j + 1));
    node.add(this.token(')', j + 1, j + 2));
    this.i = j + 2;
    this.space();
    if (this.keywordAt() !== '{') throw REJECT;
    const outerLongPipeline = this.longPipeline;
    const body = this.compoundStatement();
    this.longPipeline = outerLongPipeline;
    node.add(body, 'body');
    node.endIndex = body.endIndex;
    this.blanks();
    const c = this.cls(this.i);
    if (c === PLAIN || c === QUOTE || this.atRedirect()) throw REJECT;
    return node;
  }

  /** `! command` or `! [ … ]`. */
  private negated(): Node {
    const node = new Node('negated_command', this.i, this.i, true);
    this.keyword(node, '!');
    this.blanks();
    let inner: Node;
    const keyword = this.keywordAt();
    if (keyword === '[' || keyword === '[[') inner = this.testCommand(keyword === '[[');
    else if (keyword !== undefined) throw REJECT;
    else {
      inner = this.command();
      if (inner.type !== 'command' || inner.children[0].type !== 'command_name') throw REJECT;
    }
    node.add(inner);
    return this.close(node);
  }

  /** Whether a redirect starts here: `>`, `<`, `&>`, or a descriptor's digits right before one. */
  private atRedirect(): boolean {
    let j = this.i;
    while (isDigit(this.code(j))) j++;
    const c = this.code(j);
    // `0<x` and `0>x` are an argument `0` and a redirect in tree-sitter's eyes, `07>x` an error: left to it.
    if (j > this.i && (c === 60 || c === 62 && this.code(this.i) === 48)) throw REJECT;
    if (c === 62 || c === 60) return true;
    return j === this.i && c === 38 && this.code(j + 1) === 62;
  }

  /** A simple command (with its redirects: a `redirected_statement` whose body the caller completes), or assignments alone. */
  private command(): Node {
    const start = this.i;
    const keyword = this.keywordAt();
    if (keyword !== undefined) {
      // Compound statements and declarations inside `$(…)` are left to tree-sitter; tests are built there too.
      if (this.depth > 0 && keyword !== '[' && keyword !== '[[') throw REJECT;
      const outerLongPipeline = this.longPipeline;
      const node = this.compound(keyword);
      this.longPipeline = outerLongPipeline;
      this.blanks();
      if (this.atRedirect()) {
        // Redirects after a test, a declaration or `!`, or ending a pipeline of three or more, are left to tree-sitter.
        if (!REDIRECTABLE.has(node.type) || outerLongPipeline) throw REJECT;
        return this.redirected(node);
      }
      // A word after a compound statement.
      const c = this.cls(this.i);
      if (c === PLAIN || c === QUOTE) throw REJECT;
      return node;
    }
    const fn = this.functionDefinition();
    if (fn) return fn;
    const cmd = new Node('command', start, start, true);
    let end = start;
    // `NAME=value` prefixes.
    for (;;) {
      let j = this.i;
      while (isNameChar(this.code(j)) || this.code(j) === 45) j++;
      const stop = this.code(j);
      // In command position tree-sitter's scanner takes `name` (even `--name`) before these for a variable, and `9=x` for an assignment.
      if (j > this.i && (stop === 37 || stop === 63 || stop === 64 || stop === 58 || (stop === 61 && !isNameStart(this.code(this.i))))) throw REJECT;
      j = this.i;
      while (isNameChar(this.code(j))) j++;
      // `_=` is a word.
      if (!this.isNameTo(j)) break;
      const c = this.code(j);
      if (c === 43 && this.code(j + 1) === 61) throw REJECT;
      if (c !== 61) break;
      const a = this.assignment(j);
      cmd.add(a);
      end = a.endIndex;
      this.blanks();
    }
    const k = this.cls(this.i);
    if (k !== PLAIN && k !== QUOTE || this.atRedirect()) {
      // `NAME=value` on its own.
      if (cmd.childCount === 0 || this.atRedirect()) throw REJECT;
      if (cmd.childCount === 1) return cmd.children[0];
      // tree-sitter reads assignments on over a newline as the prefixes of the next line's command.
      if (this.code(this.i) === 10 || this.code(this.i) === 35) throw REJECT;
      const all = new Node('variable_assignments', start, end, true);
      for (const a of cmd.children) all.add(a);
      return all;
    }
    const name = this.literal();
    // tree-sitter drops a lone `-` before `NAME=value` from the tree, takes `--opt=x` there for an assignment, and
    // `a#b`, `--a?b` or `A=1 ?a:b` for errors: command names with these characters are left to it.
    if (name.endIndex === name.startIndex + 1 && this.code(name.startIndex) === 45) throw REJECT;
    for (let j = name.startIndex; j < name.endIndex; j++) {
      const c = this.t.charCodeAt(j);
      if (c === 61 || c === 35 || c === 37 || c === 63 || c === 64 || c === 58 || c === 42) throw REJECT;
    }
    const commandName = new Node('command_name', name.startIndex, name.endIndex, true);
    commandName.add(name);
    cmd.add(commandName, 'name');
    end = name.endIndex;
    for (;;) {
      this.blanks();
      const c = this.cls(this.i);
      const here = this.code(this.i);
      const next = this.code(this.i + 1);
      // `!`, `!=` and `=` standing alone are words (`test ! -f x`, `test "$A" != b`, `test a = b`), `{}` a `{` and a `}`
      // joined (`find -exec rm {} \;`); `==` and `=~` take other shapes.
      const w = here === 33 ? (next === 61 ? 2 : 1) : here === 61 ? 1 : here === 123 && next === 125 ? 2 : 0;
      if (w) {
        const after = this.code(this.i + w);
        if (after !== -1 && after !== 32 && after !== 9 && after !== 10 && after !== 59) throw REJECT;
        let arg: Node;
        if (here !== 123) arg = new Node('word', this.i, this.i + w, true);
        else {
          arg = new Node('concatenation', this.i, this.i + 2, true);
          arg.add(new Node('word', this.i, this.i + 1, true));
          arg.add(new Node('word', this.i + 1, this.i + 2, true));
        }
        cmd.add(arg, 'argument');
        end = arg.endIndex;
        this.i += w;
        continue;
      }
      if ((c !== PLAIN && c !== QUOTE || this.atRedirect()) && !this.escapeAt(this.i)) break;
      const arg = this.literal(true);
      // tree-sitter drops a lone `-` before a redirect with a descriptor (`e - 2>&1`) from the tree: left to it.
      if (arg.endIndex === arg.startIndex + 1 && this.code(arg.startIndex) === 45) {
        const from = this.i;
        this.blanks();
        const redirect = this.atRedirect();
        this.i = from;
        if (redirect) throw REJECT;
      }
      cmd.add(arg, 'argument');
      end = arg.endIndex;
    }
    cmd.endIndex = end;
    if (!this.atRedirect()) return cmd;
    return this.redirected(cmd);
  }

  /** `body` and the redirects at the cursor: a `redirected_statement` (whose body the caller completes). */
  private redirected(body: Node): Node {
    const redirected = new Node('redirected_statement', body.startIndex, body.startIndex, true);
    redirected.add(body, 'body');
    while (this.atRedirect()) {
      const r = this.redirect();
      redirected.add(r, 'redirect');
      redirected.endIndex = r.endIndex;
      this.blanks();
    }
    return redirected;
  }

  /** `[n]>word`, `>>`, `<`, `&>`, `&>>`, `>|`, `[n]>&n`, `[n]<&n`. */
  private redirect(): Node {
    const start = this.i;
    const r = new Node('file_redirect', start, start, true);
    let j = this.i;
    while (isDigit(this.code(j))) j++;
    if (j > this.i) r.add(new Node('file_descriptor', this.i, j, true), 'descriptor');
    const c = this.code(j);
    let op: string;
    if (c === 38) op = this.code(j + 2) === 62 ? '&>>' : '&>';
    else if (c === 60) op = this.code(j + 1) === 38 ? '<&' : '<';
    else {
      const n = this.code(j + 1);
      op = n === 62 ? '>>' : n === 38 ? '>&' : n === 124 ? '>|' : '>';
    }
    if (op === '&>' && j > this.i) throw REJECT;
    r.add(this.token(op, j, j + op.length));
    this.i = j + op.length;
    const after = this.code(this.i);
    // `<<`, `<(`, `>(`, `>>>`, `<>` and the like.
    if (after === 60 || after === 62 || after === 40 || after === 38 || after === 124) throw REJECT;
    this.blanks();
    const k = this.cls(this.i);
    if (k !== PLAIN && k !== QUOTE || this.atRedirect()) throw REJECT;
    let dest: Node;
    if (op === '>&' || op === '<&') {
      let d = this.i;
      while (isDigit(this.code(d))) d++;
      const after = this.code(d);
      if (d === this.i || after !== -1 && after !== 32 && after !== 9 && after !== 10 && after !== 59 && after !== 38 && after !== 124 && !(after === 41 && (this.depth > 0 || this.parens > 0))) throw REJECT;
      dest = new Node('number', this.i, d, true);
      this.i = d;
    } else dest = this.literal();
    r.add(dest, 'destination');
    r.endIndex = dest.endIndex;
    // Words after the destination are more destinations in tree-sitter's eyes (`echo >&2 "error" x`).
    for (;;) {
      const from = this.i;
      this.blanks();
      const k = this.cls(this.i);
      if (k !== PLAIN && k !== QUOTE || this.atRedirect() || this.code(this.i) === 61) {
        this.i = from;
        break;
      }
      const more = this.literal();
      // A lone `-` there may be dropped from tree-sitter's tree, as in a command's arguments: left to it.
      if (more.endIndex === more.startIndex + 1 && this.code(more.startIndex) === 45) throw REJECT;
      r.add(more, 'destination');
      r.endIndex = more.endIndex;
    }
    return r;
  }

  /** A shell word: one piece, or a `concatenation` of pieces written without blanks between them. */
  private literal(argument = false): Node {
    const start = this.i;
    const pieces: Node[] = [];
    for (;;) {
      const k = this.cls(this.i);
      if (k === PLAIN || this.escapeAt(this.i)) pieces.push(this.plainPiece());
      else if (k === QUOTE) pieces.push(this.quoted());
      else if (k === 4 && this.code(this.i) !== 10 && (this.code(this.i) !== 41 || this.depth === 0 && this.parens === 0)) throw REJECT;
      else break;
    }
    // `$1>` and the like: a descriptor, or an error.
    if (this.code(this.i) === 60 || this.code(this.i) === 62) throw REJECT;
    if (pieces.length === 1) return pieces[0];
    // tree-sitter ends some words joined of pieces at a `\(` (`$X\(` is two words): escapes only in plain words.
    for (const p of pieces) {
      if (!isPlain(p)) continue;
      for (let j = p.startIndex; j < p.endIndex; j++) if (this.t.charCodeAt(j) === 92) throw REJECT;
    }
    // tree-sitter ends the word at a later `$NAME` followed by plain text (`a-$A-$B-x` is `a-`, `$A`, `-` and a bare `$`
    // joined, then a second word `B-x`): built so for a command's arguments, left to it elsewhere.
    // Only `$NAME` first, or second after plain text, may be followed by plain text within the word.
    // Neither may a later `$1` or `$?` (`a$X$1` is a word, a bare `$` and a number).
    let end = pieces.length;
    for (let p = 0; p < pieces.length; p++) {
      if (pieces[p].type !== 'simple_expansion') continue;
      if (p >= 2 && !isNameStart(this.code(pieces[p].startIndex + 1))) throw REJECT;
      if (p + 1 < pieces.length && isPlain(pieces[p + 1]) && (p >= 2 || p === 1 && !isPlain(pieces[0]))) {
        // It does so before `-`, `.` or `/`, but not before `?`, `:`, `=` and others.
        const next = this.code(pieces[p + 1].startIndex);
        if (!argument || p < 2 || next !== 45 && next !== 46 && next !== 47) throw REJECT;
        end = p;
        break;
      }
    }
    const cat = new Node('concatenation', start, this.i, true);
    for (let p = 0; p < end; p++) cat.add(pieces[p]);
    if (end < pieces.length) {
      const dollar = pieces[end].startIndex;
      cat.add(this.token('$', dollar, dollar + 1));
      cat.endIndex = this.i = dollar + 1;
    }
    return cat;
  }

  /** Whether a backslash escaping one of {@link ESCAPABLE} is at `at`. */
  private escapeAt(at: number): boolean {
    if (this.code(at) !== 92) return false;
    const c = this.code(at + 1);
    return c > 0 && c < 128 && ESCAPABLE[c] === 1;
  }

  private plainPiece(): Node {
    const start = this.i;
    // `#` starts a comment, but not inside a word.
    for (;;) {
      if (this.cls(this.i) === PLAIN || this.code(this.i) === 35 && this.i > start) this.i++;
      else if (this.escapeAt(this.i)) this.i += 2;
      else break;
    }
    // A descriptor right before `<` or `>` inside a word, `=` starting a word (`==`, `=~`).
    const c = this.code(this.i);
    if (c === 60 || c === 62) throw REJECT;
    const text = this.t.slice(start, this.i);
    if (RESERVED.has(text)) throw REJECT;
    if (NUMBER.test(text)) return new Node('number', start, this.i, true);
    // `16#` starts a number whose digits may be an expansion.
    if (BASE_PREFIX.test(text)) throw REJECT;
    return new Node('word', start, this.i, true);
  }

  /** `'…'`, `"…"`, `$NAME` or `${NAME}`. */
  private quoted(): Node {
    const start = this.i;
    const c = this.code(start);
    if (c === 39) {
      const close = this.t.indexOf("'", start + 1);
      if (close < 0) throw REJECT;
      for (let j = start + 1; j < close; j++) {
        const d = this.t.charCodeAt(j);
        if (d === 10 || d === 13) throw REJECT;
      }
      this.i = close + 1;
      return new Node('raw_string', start, this.i, true);
    }
    if (c === 36) return this.expansion();
    return this.string();
  }

  /** `$NAME`, `${NAME}`, `$1`, `$?` (and the other special parameters) or `$(…)`. */
  private expansion(): Node {
    const start = this.i;
    let j = start + 1;
    if (this.code(j) === 40) return this.substitution();
    const braced = this.code(j) === 123;
    if (braced) j++;
    const nameStart = j;
    const first = this.code(j);
    let type = 'variable_name';
    if (!braced && SPECIAL_PARAMETERS.includes(first)) {
      // `$?`, `$@`, `$#`, `$!`, `$*`.
      type = 'special_variable_name';
      j++;
      // tree-sitter's scanner reads `$?b` as a variable `?b` before some characters.
      if (isNameChar(this.code(j))) throw REJECT;
    } else {
      // `$NAME`, `$1` (tree-sitter reads `$10` and `$1x` as one name).
      if (!isNameChar(first) || braced && !isNameStart(first) && !isDigit(first)) throw REJECT;
      while (isNameChar(this.code(j))) j++;
      // Its scanner reads `$Aé=` as the name `Aé`.
      if (this.code(j) >= 128) throw REJECT;
      // `$_` is a special parameter.
      if (j === nameStart + 1 && first === 95) throw REJECT;
    }
    if (braced) {
      const e = new Node('expansion', start, start, true);
      e.add(this.token('${', start, start + 2));
      e.add(new Node(type, nameStart, j, true));
      if (this.code(j) !== 125) j = this.expansionOperator(e, j);
      e.add(this.token('}', j, j + 1));
      this.i = e.endIndex = j + 1;
      return e;
    }
    const e = new Node('simple_expansion', start, j, true);
    e.add(this.token('$', start, start + 1));
    e.add(new Node(type, nameStart, j, true));
    this.i = j;
    return e;
  }

  /**
   * The operator of `${NAME…}` at `at` and what follows it up to the closing
   * brace (whose offset is returned): `#`, `##`, `%`, `%%` and a pattern (a
   * `regex` to tree-sitter), or `-`, `+`, `=`, `?` (with or without `:`) and a
   * plain word or one quoted string. Patterns and words holding quotes, expansions, blanks or
   * braces take other shapes there: left to it, as are `${X/a/b}`, `${X:1}`.
   */
  private expansionOperator(e: Node, at: number): number {
    const c = this.code(at);
    let width: number;
    let pattern: boolean;
    if (c === 35 || c === 37) {
      pattern = true;
      width = this.code(at + 1) === c ? 2 : 1;
    } else {
      pattern = false;
      const d = c === 58 ? this.code(at + 1) : c;
      if (d !== 45 && d !== 43 && d !== 61 && d !== 63) throw REJECT;
      width = c === 58 ? 2 : 1;
    }
    e.add(this.token(this.t.slice(at, at + width), at, at + width), 'operator');
    let j = at + width;
    const from = j;
    const q = this.code(j);
    if (!pattern && (q === 34 || q === 39)) {
      // `${X:+"…"}`, `${X:-'…'}`: one quoted string alone (nested at most 8 deep).
      if (++this.values > 8) throw REJECT;
      this.i = j;
      const value = this.quoted();
      this.values--;
      if (this.code(this.i) !== 125) throw REJECT;
      e.add(value);
      return this.i;
    }
    // A bracket expression left open or closed twice is a syntax error to tree-sitter.
    let open = false;
    for (;;) {
      const d = this.code(j);
      if (d === 125) break;
      if (d < 0 || d >= 128 || !(pattern ? PATTERN_CHAR : VALUE_CHAR)[d]) throw REJECT;
      if (d === 91 || d === 93) {
        if (open === (d === 91)) throw REJECT;
        open = !open;
      }
      j++;
    }
    if (open) throw REJECT;
    if (!pattern) {
      // `${X:-a-b}` is a `variable_name` `a` and a word `-b` to tree-sitter (so before `+` and `@`): left to it.
      let k = from;
      while (isNameChar(this.code(k))) k++;
      const after = this.code(k);
      if (k > from && (after === 45 || after === 43 || after === 64)) throw REJECT;
    }
    // `${X##}` is `#` and a pattern `#` to tree-sitter.
    if (j === from && width === 2 && pattern) throw REJECT;
    if (j > from) e.add(new Node(pattern ? 'regex' : 'word', from, j, true));
    return j;
  }

  /** `$(…)`: statements on one line, separated by `;` or `&`. */
  private substitution(): Node {
    const start = this.i;
    if (this.depth >= 8 || this.code(start + 2) === 40) throw REJECT;
    const sub = new Node('command_substitution', start, start, true);
    sub.add(this.token('$(', start, start + 2));
    this.i = start + 2;
    this.depth++;
    const outerLongPipeline = this.longPipeline;
    this.space();
    for (;;) {
      const statement = this.statement();
      sub.add(statement);
      this.blanks();
      // A pipeline of three or more nests what follows it in a substitution (`$(a | b | c; d)`), but may end it
      // unless redirected (`$(a | b | c > x)` is a pipeline there).
      if (this.longPipeline && (this.code(this.i) !== 41 || statement.type === 'redirected_statement')) throw REJECT;
      const c = this.code(this.i);
      if (c === 41) break;
      if (c === 10) this.space();
      else if (c !== 59 && c !== 38) throw REJECT;
      else this.terminator(sub, c);
      this.space();
      if (this.code(this.i) === 41) break;
    }
    this.depth--;
    this.longPipeline = outerLongPipeline;
    sub.add(this.token(')', this.i, this.i + 1));
    this.i++;
    sub.endIndex = this.i;
    return sub;
  }

  /** `"…"`: `string_content` runs and expansions between the quotes. */
  private string(): Node {
    const start = this.i;
    const s = new Node('string', start, start, true);
    s.add(this.token('"', start, start + 1));
    let j = start + 1;
    let content = j;
    const flush = (to: number): void => {
      if (to === content) return;
      // Blanks (and `\ `) alone are skipped, not content (`" "` is two quote tokens, the second wider).
      let b = content;
      for (;;) {
        const c = this.t.charCodeAt(b);
        if (b < to && (c === 32 || c === 9)) b++;
        else if (b + 1 < to && c === 92 && (this.t.charCodeAt(b + 1) === 32 || this.t.charCodeAt(b + 1) === 9)) b += 2;
        else break;
      }
      if (b === to) throw REJECT;
      s.add(new Node('string_content', content, to, true));
    };
    /** Whether the text from `content` to `to` is blanks only (and not empty). */
    const blankOnly = (to: number): boolean => {
      if (content >= to) return false;
      for (let b = content; b < to; b++) {
        const c = this.t.charCodeAt(b);
        if (c !== 32 && c !== 9) return false;
      }
      return true;
    };
    for (;;) {
      const c = this.code(j);
      if (c < 0 || c === 10 || c === 13 || c === 96) throw REJECT;
      if (c === 34) break;
      if (c === 92) {
        const n = this.code(j + 1);
        if (n < 0 || n === 10 || n === 13) throw REJECT;
        j += 2;
        continue;
      }
      if (c === 36) {
        // Blanks alone before an expansion are part of its first token (`"$A ${B}"`: ` ${`).
        const blank = blankOnly(j);
        if (!blank) flush(j);
        this.i = j;
        const e = this.expansion();
        if (blank) e.startIndex = e.children[0].startIndex = content;
        s.add(e);
        j = content = this.i;
        continue;
      }
      j++;
    }
    // Blanks alone before the closing quote are part of its token (`"$A  "`, `" "`).
    if (blankOnly(j)) s.add(this.token('"', content, j + 1));
    else {
      flush(j);
      s.add(this.token('"', j, j + 1));
    }
    this.i = j + 1;
    s.endIndex = this.i;
    return s;
  }
}

/**
 * The tree tree-sitter-bash would give for `script`, when the script is in
 * the subset this parser knows (see the module comment); otherwise undefined.
 */
export function fastSyntaxTree(script: string): CopiedTree | undefined {
  try {
    return { root: new FastParser(script).program(), hasError: false };
  } catch (e) {
    if (e === REJECT) return undefined;
    throw e;
  }
}

function isPlain(node: Node): boolean {
  return node.type === 'word' || node.type === 'number';
}
