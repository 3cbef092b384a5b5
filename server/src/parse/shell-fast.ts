/**
 * A fast path for the shell most `RUN` bodies are written in: the exact
 * syntax tree tree-sitter-bash gives, built directly, for a conservative subset
 * of the language — or undefined, and the script goes to tree-sitter.
 *
 * The subset:
 * - simple commands: `NAME=value` prefixes, a command name, arguments, and
 *   `NAME=value` on its own;
 * - words of plain characters, `'…'`, `"…"` (text, `\x` escapes and
 *   expansions), `$NAME`, `${NAME}`, `$1`, `$?` `$@` `$#` `$!` `$*`, `$(…)`
 *   of statements on one line, and words joined of these (`--opt="$X"`);
 * - redirects (`> /dev/null 2>&1`, `>>`, `<`, `&>`, `n>&m`), which take the
 *   whole statement before them as their body, as tree-sitter has it;
 * - `&&`, `||`, `|`, the terminators `;`, `&` and newline, and comments
 *   between statements.
 *
 * Anything else — keywords, `[`, `{`, `(`, backticks, other expansions, `\`
 * outside quotes, `!`, heredocs, declaration commands, non-ASCII outside
 * quotes — is left to tree-sitter, and so are the spots where tree-sitter-bash
 * builds an odd tree without reporting an error (a pipeline of three or more
 * before `&&`, `$A-$B-x`, `--a?b` as a command name, …; each is commented where
 * it is refused). The shapes were taken from tree-sitter-bash itself, and
 * `test/parse/shell-fast.test.ts` compares the two over real scripts,
 * mutations of them and every combination of a few shapes.
 */
import { Node, type CopiedTree } from './shell-tree.js';

/** Words that are keywords or declaration commands somewhere in the grammar: left to tree-sitter wherever they appear. */
const RESERVED = new Set([
  'if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'select', 'while', 'until', 'do', 'done', 'in', 'function',
  'declare', 'typeset', 'export', 'readonly', 'local', 'unset', 'unsetenv',
]);

/** `?`, `@`, `#`, `!`, `*` after `$` (`$$` ends a word oddly in tree-sitter: left to it). */
const SPECIAL_PARAMETERS = [63, 64, 35, 33, 42];

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
  private terminator(into: Node, c: number): void {
    const next = this.code(this.i + 1);
    if (next === 59 || next === 38 || next === 62 || next === 124) throw REJECT;
    into.add(this.token(c === 59 ? ';' : '&', this.i, this.i + 1));
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
    for (;;) {
      if (this.code(this.i) === 35) root.add(this.comment());
      else {
        root.add(this.statement());
        this.blanks();
        const c = this.code(this.i);
        if (c === 59 || c === 38) this.terminator(root, c);
        const d = this.code(this.i);
        if (d === 35) root.add(this.comment());
        else if (d !== 10 && d !== -1 && c !== 59 && c !== 38) throw REJECT;
        // tree-sitter runs a pipeline of three or more on over a newline into the next line's command.
        if (c !== 59 && c !== 38 && this.longPipeline) {
          this.space();
          if (this.i < this.t.length) throw REJECT;
        }
      }
      this.space();
      if (this.i >= this.t.length) return root;
    }
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
      if (j === this.i || !isNameStart(this.code(this.i)) || j === this.i + 1 && this.code(this.i) === 95) break;
      const c = this.code(j);
      if (c === 43 && this.code(j + 1) === 61) throw REJECT;
      if (c !== 61) break;
      const a = new Node('variable_assignment', this.i, j + 1, true);
      a.add(new Node('variable_name', this.i, j, true), 'name');
      a.add(this.token('=', j, j + 1));
      this.i = j + 1;
      const after = this.cls(this.i);
      if (after === BLANK) {
        // `NAME= cmd`: no value node.
      } else if (after === PLAIN || after === QUOTE) {
        if (this.code(this.i) === 61) throw REJECT;
        const value = this.literal();
        a.add(value, 'value');
        a.endIndex = value.endIndex;
      } else throw REJECT;
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
      if (c !== PLAIN && c !== QUOTE || this.atRedirect()) break;
      if (this.code(this.i) === 61) throw REJECT;
      const arg = this.literal();
      cmd.add(arg, 'argument');
      end = arg.endIndex;
    }
    cmd.endIndex = end;
    if (!this.atRedirect()) return cmd;
    const redirected = new Node('redirected_statement', start, start, true);
    redirected.add(cmd, 'body');
    while (this.atRedirect()) {
      const r = this.redirect();
      redirected.add(r, 'redirect');
      redirected.endIndex = r.endIndex;
      this.blanks();
    }
    // A word after a redirect's destination is another destination in tree-sitter's eyes.
    const c = this.cls(this.i);
    if (c === PLAIN || c === QUOTE) throw REJECT;
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
      if (d === this.i || after !== -1 && after !== 32 && after !== 9 && after !== 10 && after !== 59 && after !== 38 && after !== 124) throw REJECT;
      dest = new Node('number', this.i, d, true);
      this.i = d;
    } else dest = this.literal();
    r.add(dest, 'destination');
    r.endIndex = dest.endIndex;
    return r;
  }

  /** A shell word: one piece, or a `concatenation` of pieces written without blanks between them. */
  private literal(): Node {
    const start = this.i;
    const pieces: Node[] = [];
    for (;;) {
      const k = this.cls(this.i);
      if (k === PLAIN) pieces.push(this.plainPiece());
      else if (k === QUOTE) pieces.push(this.quoted());
      else if (k === 4 && this.code(this.i) !== 10 && (this.code(this.i) !== 41 || this.depth === 0)) throw REJECT;
      else break;
    }
    // `$1>` and the like: a descriptor, or an error.
    if (this.code(this.i) === 60 || this.code(this.i) === 62) throw REJECT;
    if (pieces.length === 1) return pieces[0];
    // tree-sitter ends the word at a later `$NAME` followed by plain text (`$A-$B-x` is two words and a bare `$` to it):
    // only `$NAME` first, or second after plain text, may be followed by plain text.
    // Neither may a later `$1` or `$?` (`a$X$1` is a word, a bare `$` and a number).
    for (let p = 0; p < pieces.length; p++) {
      if (pieces[p].type !== 'simple_expansion') continue;
      if (p >= 2 && !isNameStart(this.code(pieces[p].startIndex + 1))) throw REJECT;
      if (p + 1 < pieces.length && isPlain(pieces[p + 1]) && (p >= 2 || p === 1 && !isPlain(pieces[0]))) throw REJECT;
    }
    const cat = new Node('concatenation', start, this.i, true);
    for (const p of pieces) cat.add(p);
    return cat;
  }

  private plainPiece(): Node {
    const start = this.i;
    // `#` starts a comment, but not inside a word.
    while (this.cls(this.i) === PLAIN || this.code(this.i) === 35 && this.i > start) this.i++;
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
      if (this.code(j) !== 125) throw REJECT;
      const e = new Node('expansion', start, j + 1, true);
      e.add(this.token('${', start, start + 2));
      e.add(new Node(type, nameStart, j, true));
      e.add(this.token('}', j, j + 1));
      this.i = j + 1;
      return e;
    }
    const e = new Node('simple_expansion', start, j, true);
    e.add(this.token('$', start, start + 1));
    e.add(new Node(type, nameStart, j, true));
    this.i = j;
    return e;
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
    this.blanks();
    for (;;) {
      sub.add(this.statement());
      // A pipeline of three or more nests what follows it in a substitution (`$(a | b | c; d)`).
      if (this.longPipeline) throw REJECT;
      this.blanks();
      const c = this.code(this.i);
      if (c === 41) break;
      if (c !== 59 && c !== 38) throw REJECT;
      this.terminator(sub, c);
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
        flush(j);
        this.i = j;
        s.add(this.expansion());
        j = content = this.i;
        continue;
      }
      j++;
    }
    flush(j);
    s.add(this.token('"', j, j + 1));
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
