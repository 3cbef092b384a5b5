/**
 * The shell inside `RUN`: every simple command a `RUN` executes, with its
 * words, their unquoted values and their exact ranges in the Dockerfile.
 *
 * Bodies are parsed with tree-sitter-bash (WebAssembly, error-tolerant); the
 * many plain command lines are parsed by `shell-fast.ts` into the very tree
 * tree-sitter-bash would give, without crossing into WebAssembly. The
 * parser loads once, asynchronously, when the engine initialises (`initShellParser`); after
 * that everything here is synchronous. Until the parser is ready (or when it
 * failed to load) every `RUN` yields no commands, and {@link shellParserStatus}
 * says why; while it loads, {@link withoutShellParser} can parse what the fast
 * path reads.
 *
 * What is seen: shell form (with `\` or `` ` `` line continuations and the
 * comment lines inside them), exec form (`["sh", "-c", "…"]` or a plain
 * argv), heredocs whose body is a shell script (`RUN <<EOF`, `RUN <<EOF bash`,
 * `RUN bash <<EOF`), nested `sh -c '…'` / `bash -c "…"` / `su -c …` scripts,
 * `$(…)`, backticks, process substitution, and commands inside `if`, loops,
 * subshells, functions, pipelines and `&&`/`||` chains. Wrappers such as
 * `sudo`, `env VAR=x`, `nice`, `exec` and `xargs` are seen through but stay
 * visible.
 * A `SHELL` that is not a POSIX shell (PowerShell, cmd) — or a Windows base
 * image without one — means no commands at all.
 */
import { readFileSync } from 'node:fs';
import type { Heredoc, Instruction } from 'dockerfile-ast';
import type { Language as LanguageType, Parser as ParserType, Tree } from 'web-tree-sitter';
import type { Position, Range } from '../text.js';
import { derived, jsonArgs, onbuildTrigger, stageChain, type DockerfileModel, type Stage } from './dockerfile.js';
import { fastSyntaxTree } from './shell-fast.js';
import { Node, plain, type CopiedTree, type PlainSyntaxNode } from './shell-tree.js';

// ---------------------------------------------------------------------------
// Parser lifecycle

/** Where the shell parser is: not yet loaded, loading, ready, or failed to load. */
export type ShellParserState = 'uninitialised' | 'loading' | 'ready' | 'failed';

/** Options for {@link initShellParser}; front ends rarely need them. */
export interface ShellParserOptions {
  /** The tree-sitter-bash grammar: a path to `tree-sitter-bash.wasm` or its bytes. Default: next to the bundle, else from `node_modules`. */
  grammar?: string | Uint8Array;
  /** Directory holding `tree-sitter.wasm` (default: next to the bundle, else web-tree-sitter's own). */
  runtimeDir?: string;
}

// The CommonJS build is loaded on purpose: bundled as CommonJS, it finds its
// WebAssembly next to the bundle (`__dirname`), where the ESM build would need
// `import.meta.url`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Language, Parser } = require('web-tree-sitter') as typeof import('web-tree-sitter');

let parser: ParserType | undefined;
/** Direct cursor calls into the WebAssembly module, when it exposes them (see {@link copyTree}). */
let wasm: RawCursor | undefined;
/** The option objects handed to `Parser.init`, one of which became the module. */
const moduleCandidates: Record<string, unknown>[] = [];
let state: ShellParserState = 'uninitialised';
let lastError: string | undefined;
let loading: Promise<void> | undefined;

/** Set while {@link withoutShellParser} runs: scripts the fast path reads are parsed although the parser still loads. */
let fastPathOnly = false;

/** Thrown (and remembered) when a script needs the parser inside {@link withoutShellParser}. */
class NeedsShellParser extends Error {
  constructor() {
    super('this shell script needs the shell parser, which is still loading');
  }
}
let neededParser = false;

/** Whether scripts are parsed now: once the parser is ready, and by the fast path alone inside {@link withoutShellParser}. */
const parsing = () => state === 'ready' || fastPathOnly;

/**
 * Runs `fn` while the parser is still loading, with every script the fast
 * path reads (`shell-fast.ts`, most `RUN` bodies) parsed as it would be
 * once the parser is ready: the first document of a session need not wait
 * for the WebAssembly to load. Undefined when a script needed the parser
 * (`fn` is abandoned at that script), or when the parser is not loading;
 * `fn()` itself once it is ready.
 */
export function withoutShellParser<T>(fn: () => T): T | undefined {
  if (state === 'ready') return fn();
  if (state !== 'loading') return undefined;
  fastPathOnly = true;
  neededParser = false;
  try {
    const out = fn();
    return neededParser ? undefined : out;
  } catch (e) {
    if (e instanceof NeedsShellParser) return undefined;
    throw e;
  } finally {
    fastPathOnly = false;
  }
}

/** Whether `e` is what a script needing the parser throws inside {@link withoutShellParser} (catchers let it through). */
export function needsShellParser(e: unknown): boolean {
  return e instanceof NeedsShellParser;
}

/** The parser's state, and the error when loading failed. */
export function shellParserStatus(): { state: ShellParserState; error?: string } {
  return lastError !== undefined && state === 'failed' ? { state, error: lastError } : { state };
}

/** Where the grammar may be, in order; the second is looked for only when the first fails (resolving a package walks folders). */
function* grammarCandidates(): Generator<string> {
  if (typeof __dirname === 'string') yield `${__dirname}/tree-sitter-bash.wasm`;
  let resolved: string | undefined;
  try {
    if (typeof require === 'function') resolved = require.resolve('tree-sitter-bash/tree-sitter-bash.wasm');
  } catch {
    // not installed beside the code (bundled build): the first candidate applies
  }
  if (resolved !== undefined) yield resolved;
}

/**
 * Loads the WebAssembly runtime and the bash grammar. Never rejects: on
 * failure the state becomes `failed` and `RUN` bodies yield no commands. A
 * failed or never-started load may be retried; a successful one is kept.
 */
export function initShellParser(options: ShellParserOptions = {}): Promise<void> {
  if (state === 'ready') return Promise.resolve();
  if (loading) return loading;
  state = 'loading';
  loading = (async () => {
    try {
      // The options object becomes the WebAssembly module (Emscripten keeps it), which gives the tree copy direct calls.
      // The module loads once per process: a retry gets the module of the first load.
      const moduleOptions: Record<string, unknown> = options.runtimeDir ? { locateFile: (name: string) => `${options.runtimeDir}/${name}` } : {};
      moduleCandidates.push(moduleOptions);
      await Parser.init(moduleOptions);
      const candidates: Iterable<string | Uint8Array> = options.grammar !== undefined ? [options.grammar] : grammarCandidates();
      let language: LanguageType | undefined;
      let error: unknown = new Error('no tree-sitter-bash.wasm found');
      for (const candidate of candidates) {
        try {
          // Bytes rather than a path: given a path, web-tree-sitter first loads `fs/promises` (measured: 5–10 ms before the first document's analysis).
          language = await Language.load(typeof candidate === 'string' ? readFileSync(candidate) : candidate);
          break;
        } catch (e) {
          error = e;
        }
      }
      if (!language) throw error;
      const p = new Parser();
      p.setLanguage(language);
      parser = p;
      wasm = undefined;
      for (const m of moduleCandidates) wasm ??= rawCursorCalls(m, language);
      state = 'ready';
      lastError = undefined;
    } catch (e) {
      state = 'failed';
      lastError = String((e as Error)?.message ?? e);
    } finally {
      loading = undefined;
    }
  })();
  return loading;
}


// ---------------------------------------------------------------------------
// Public model

/** Maps offsets of the Dockerfile text to LSP positions. */
class Locator {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }
  offset(pos: Position): number {
    return (this.starts[pos.line] ?? this.starts[this.starts.length - 1]) + pos.character;
  }
}

/**
 * A shell word: an argument, a command name, an assignment value or an
 * exec-form string. `value` is the word with quotes and backslashes removed;
 * expansions (`$X`, `$(…)`) stay as written and make it non-`literal`.
 */
export class ShellWord {
  private span: Range | undefined;
  /** @internal */
  constructor(
    /** The word as written (after line continuations are joined). */
    readonly text: string,
    /** The unquoted value. */
    readonly value: string,
    /** True when the value holds no expansion, so it is known before the build runs. */
    readonly literal: boolean,
    /** Where the word is, or undefined to find it from `spanFrom` and `spanTo` when asked (most words are never reported). */
    range: Range | undefined,
    private readonly offsets: readonly number[],
    private readonly locator: Locator,
    /** Dockerfile offsets of the word's start and end (-1: an empty range at the start). */
    private readonly spanFrom = 0,
    private readonly spanTo = -1,
  ) {
    this.span = range;
  }

  /** Where the word is in the Dockerfile. */
  get range(): Range {
    if (!this.span) {
      const start = this.locator.position(this.spanFrom);
      this.span = { start, end: this.spanTo < 0 ? start : this.locator.position(this.spanTo) };
    }
    return this.span;
  }

  /** Range in the Dockerfile of the value's characters `[from, to)`. */
  rangeOf(from: number, to: number = this.value.length): Range {
    if (this.offsets.length === 0) return this.range;
    const a = Math.max(0, Math.min(from, this.offsets.length - 1));
    const b = Math.max(a, Math.min(to, this.offsets.length));
    const start = this.locator.position(this.offsets[a]);
    const end = b > a ? this.locator.position(this.offsets[b - 1] + 1) : start;
    return { start, end };
  }

  /** The part `[from, to)` of the value as a word of its own. */
  slice(from: number, to: number = this.value.length): ShellWord {
    const offsets = this.offsets.slice(from, to);
    const value = this.value.slice(from, to);
    if (this.offsets.length === 0) return new ShellWord(value, value, this.literal, this.range, offsets, this.locator);
    // The span rangeOf(from, to) would give, found when asked.
    const a = Math.max(0, Math.min(from, this.offsets.length - 1));
    const b = Math.max(a, Math.min(to, this.offsets.length));
    return new ShellWord(value, value, this.literal, undefined, offsets, this.locator, this.offsets[a], b > a ? this.offsets[b - 1] + 1 : -1);
  }

  /** Dockerfile offset of value character `i` (for building nested sources). @internal */
  offsetAt(i: number): number {
    return this.offsets[i];
  }
}

/** A command that wraps the real one (`sudo`, `env`, `nice`, `exec`, …). */
export interface ShellWrapper {
  /** The wrapper's name, e.g. `sudo`. */
  name: string;
  word: ShellWord;
  /** The wrapper's own options and operands (`-u app` for `sudo -u app`; `A=1` for `env A=1`). */
  args: ShellWord[];
}

/** `NAME=value` before a command, on its own, after `export`/`declare`, or as an `env` operand. */
export interface ShellAssignment {
  name: string;
  /** The value (absent for `export NAME` and `NAME=`). */
  value?: ShellWord;
  /** The whole `NAME=value`. */
  range: Range;
  kind: 'prefix' | 'statement' | 'export' | 'env';
  /** The command it applies to (prefix and `env`) or that declares it (`export`). */
  command?: ShellCommand;
}

/** How a command came to be seen. */
export type CommandOrigin =
  /** Shell-form `RUN` text. */
  | 'shell'
  /** Exec-form `RUN ["…"]`. */
  | 'exec'
  /** A heredoc body run as a shell script. */
  | 'heredoc'
  /** The script of `sh -c`, `bash -c`, `su -c`. */
  | 'nested';

/** One simple command a `RUN` executes. */
export interface ShellCommand {
  /** The command's base name after wrappers (`apt-get` for `sudo /usr/bin/apt-get`). */
  name: string;
  /** The command-name word as written. */
  nameWord: ShellWord;
  /** The words after the name. */
  args: ShellWord[];
  /** Wrappers seen through, outermost first (`sudo`, `env`, …). */
  wrappers: ShellWrapper[];
  /** `NAME=value` prefixes (and `env NAME=value` operands). */
  assignments: ShellAssignment[];
  /** From the first word (wrappers included) to the last. */
  range: Range;
  origin: CommandOrigin;
  /** Inside `$(…)`, backticks or `<(…)`. */
  inSubstitution: boolean;
  /** In the condition of `if`/`while`/`until`. */
  inCondition: boolean;
  /** Inside a function body. */
  inFunction: boolean;
  /** The shell command whose `-c` script or heredoc this command came from. */
  via?: ShellCommand;
  /** For a command inside `$(…)`, backticks or `<(…)`: the command whose words hold that substitution. */
  within?: ShellCommand;
  /** Position in its pipeline, when it is part of one (`a | b`: a is 0 of 2). */
  pipeline?: { index: number; length: number };
  /** Commands of the next pipeline element (what this one pipes into). */
  pipesInto: ShellCommand[];
  /** Commands of the previous pipeline element (what pipes into this one). */
  pipedFrom: ShellCommand[];
  /** The RUN it belongs to. */
  run: ShellRun;
}

/** A `--flag` of the RUN instruction itself (`--mount`, `--network`, `--security`). */
export interface RunFlag {
  name: string;
  value?: string;
  range: Range;
  /** Comma-separated `key=value` options (`type=secret,id=npm` for `--mount`). */
  options: Record<string, string>;
}

/** A parsed RUN instruction. */
export interface ShellRun {
  instruction: Instruction;
  /** For an `ONBUILD RUN` trigger: the ONBUILD. The trigger runs in every build based on this image, as its user then. */
  onbuild?: Instruction;
  /** The stage the RUN is in (undefined before the first FROM). */
  stage?: Stage;
  form: 'shell' | 'exec' | 'heredoc';
  /** The shell in effect (`SHELL` or the default), e.g. `["/bin/sh", "-c"]`. */
  shell: string[];
  /** False when the shell is not a POSIX shell (PowerShell, cmd): then `commands` is empty. */
  posix: boolean;
  /** False when the parser was not ready: then `commands` is empty. */
  parsed: boolean;
  flags: RunFlag[];
  /** The `--mount` flags. */
  mounts: RunFlag[];
  /**
   * Every simple command, in source order (nested ones after their
   * container's start). Empty when the parser is not ready, the shell is not
   * POSIX, or the body is larger than 256 KiB or holds more than 256
   * punctuation characters in a row.
   */
  commands: ShellCommand[];
  /** Every variable assignment seen. */
  assignments: ShellAssignment[];
  /** Number of parsed sources (body, heredocs, nested scripts) with syntax errors. */
  syntaxErrors: number;
}

// ---------------------------------------------------------------------------
// Options

/** One option found in a command's arguments. */
export interface ShellOption {
  /** Normalised name: `-k` (also for the `k` of `-sSk`), `--insecure`, `--opt` for `--opt=value`. */
  name: string;
  /** The word it appears in. */
  word: ShellWord;
  /** The option's own characters (`k` of `-sSk`; `--opt` of `--opt=value`; the whole word otherwise). */
  range: Range;
  /** Its value: `--opt=value`, `--opt value` / `-o value` (when listed as valued), `-ovalue`. */
  value?: ShellWord;
  /** Part of a cluster such as `-qy`. */
  bundled: boolean;
}

export interface OptionSpec {
  /** Options that take a value, written `-o` / `--output`. */
  valued?: readonly string[];
  /** Stop at the first operand (POSIX style, as `sh -c` and `sudo` do). */
  stopAtOperand?: boolean;
}

export interface ParsedArgs {
  options: ShellOption[];
  /** Operands: words that are not options or option values. */
  positionals: ShellWord[];
}

const NO_OPTIONS: readonly string[] = [];

/**
 * Splits arguments into options and operands. Handles clusters (`-qy`),
 * `--opt=value`, `--opt value` and `-o value` for options listed in
 * `spec.valued`, attached short values (`-ofile`), and `--`.
 */
export function parseOptions(args: readonly ShellWord[], spec: OptionSpec = {}): ParsedArgs {
  // Looked up only for words that look like options: a Set per call would cost more.
  const valued = spec.valued ?? NO_OPTIONS;
  const options: ShellOption[] = [];
  const positionals: ShellWord[] = [];
  let done = false;
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    const v = w.value;
    if (done || !v.startsWith('-') || v === '-' || !w.literal && !/^-[A-Za-z-]/.test(v)) {
      positionals.push(w);
      if (spec.stopAtOperand) done = true;
      continue;
    }
    if (v === '--') {
      done = true;
      continue;
    }
    if (v.startsWith('--')) {
      const eq = v.indexOf('=');
      if (eq > 0) {
        options.push({ name: v.slice(0, eq), word: w, range: w.rangeOf(0, eq), value: w.slice(eq + 1), bundled: false });
      } else if (valued.includes(v) && i + 1 < args.length) {
        options.push({ name: v, word: w, range: w.range, value: args[++i], bundled: false });
      } else {
        options.push({ name: v, word: w, range: w.range, bundled: false });
      }
      continue;
    }
    const cluster = v.length > 2;
    for (let j = 1; j < v.length; j++) {
      const name = `-${v[j]}`;
      if (valued.includes(name)) {
        const range = j > 1 ? w.rangeOf(j, j + 1) : w.rangeOf(0, 2);
        if (j + 1 < v.length) options.push({ name, word: w, range, value: w.slice(j + 1), bundled: j > 1 });
        else if (i + 1 < args.length) options.push({ name, word: w, range, value: args[++i], bundled: j > 1 });
        else options.push({ name, word: w, range, bundled: j > 1 });
        break;
      }
      options.push({ name, word: w, range: cluster ? w.rangeOf(j, j + 1) : w.range, bundled: cluster });
    }
  }
  return { options, positionals };
}

/** The first option of the command with one of the given names (see {@link parseOptions}). */
export function findOption(cmd: ShellCommand, names: readonly string[], spec: OptionSpec = {}): ShellOption | undefined {
  return parseOptions(cmd.args, spec).options.find((o) => names.includes(o.name));
}

// ---------------------------------------------------------------------------
// Sources: text handed to the parser, with a Dockerfile offset per character

interface Source {
  text: string;
  /** Dockerfile offset of each character of `text`. */
  map: number[];
}

function sourceFrom(text: string, from: number, to: number): Source {
  const out: string[] = [];
  const map: number[] = [];
  for (let i = from; i < to; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') continue;
    out.push(text[i]);
    map.push(i);
  }
  return { text: out.join(''), map };
}

/**
 * The logical text of a Dockerfile span: line continuations (escape character,
 * optional blanks, newline) are removed, as are the comment and empty lines
 * that follow them, exactly as BuildKit joins them.
 */
function joinContinuations(text: string, from: number, to: number, escape: string): Source {
  // Runs of kept characters are copied as slices, with their offsets.
  let out = '';
  const map: number[] = [];
  let kept = from;
  let i = from;
  while (i < to) {
    const ch = text[i];
    if (ch === escape) {
      let j = i + 1;
      while (j < to && (text[j] === ' ' || text[j] === '\t')) j++;
      if (j >= to || text[j] === '\n' || (text[j] === '\r' && text[j + 1] === '\n')) {
        out += text.slice(kept, i);
        for (let k = kept; k < i; k++) map.push(k);
        i = text[j] === '\r' ? j + 2 : j + 1;
        // Skip comment and blank lines inside the continuation.
        for (;;) {
          let k = i;
          while (k < to && (text[k] === ' ' || text[k] === '\t')) k++;
          const eol = text.indexOf('\n', k);
          const lineEnd = eol < 0 || eol >= to ? to : eol;
          const blank = k >= lineEnd || (text[k] === '\r' && k + 1 === lineEnd);
          if ((blank || text[k] === '#') && lineEnd < to) i = lineEnd + 1;
          else if (blank && lineEnd >= to) { i = to; break; }
          else break;
        }
        kept = i;
        continue;
      }
      i++;
      continue;
    }
    if (ch === '\r' && text[i + 1] === '\n') {
      out += text.slice(kept, i);
      for (let k = kept; k < i; k++) map.push(k);
      kept = ++i;
      continue;
    }
    i++;
  }
  if (to > kept) {
    out += text.slice(kept, to);
    for (let k = kept; k < to; k++) map.push(k);
  }
  return { text: out, map };
}

// ---------------------------------------------------------------------------
// Syntax trees copied out of WebAssembly memory (one cursor pass is far
// cheaper than crossing into WebAssembly for every node property).

/**
 * web-tree-sitter's cursor functions as the module exports them. Its
 * `TreeCursor` copies the cursor into a transfer buffer before every call and
 * back after every move (eight memory writes and reads per property); the
 * cursor state stays in that buffer between direct calls, so a copy of the
 * tree needs one call per property and move. The property reads only read it.
 */
interface RawCursor {
  typeId(tree: number): number;
  fieldId(tree: number): number;
  named(tree: number): number;
  start(tree: number): number;
  end(tree: number): number;
  firstChild(tree: number): number;
  nextSibling(tree: number): number;
  parent(tree: number): number;
  getValue(address: number, type: 'i32'): number;
  transferBuffer: number;
  types: readonly (string | undefined)[];
  fieldNames: readonly (string | null | undefined)[];
}

function rawCursorCalls(mod: Record<string, unknown>, language: LanguageType): RawCursor | undefined {
  const names = {
    typeId: '_ts_tree_cursor_current_node_type_id_wasm',
    fieldId: '_ts_tree_cursor_current_field_id_wasm',
    named: '_ts_tree_cursor_current_node_is_named_wasm',
    start: '_ts_tree_cursor_start_index_wasm',
    end: '_ts_tree_cursor_end_index_wasm',
    firstChild: '_ts_tree_cursor_goto_first_child_wasm',
    nextSibling: '_ts_tree_cursor_goto_next_sibling_wasm',
    parent: '_ts_tree_cursor_goto_parent_wasm',
  } as const;
  const fns: Record<string, unknown> = {};
  for (const [key, name] of Object.entries(names)) {
    if (typeof mod[name] !== 'function') return undefined;
    fns[key] = mod[name];
  }
  if (typeof mod.getValue !== 'function' || typeof mod._ts_init !== 'function') return undefined;
  const lang = language as unknown as { types?: unknown; fields?: unknown };
  if (!Array.isArray(lang.types) || !Array.isArray(lang.fields)) return undefined;
  // Where the cursor state lives between calls (the address `Parser.init` got the same way).
  const transferBuffer = (mod._ts_init as () => number)();
  return { ...fns, getValue: mod.getValue, transferBuffer, types: lang.types, fieldNames: lang.fields } as unknown as RawCursor;
}

function copyTree(tree: Tree): CopiedTree {
  const hasError = tree.rootNode.hasError;
  const cursor = tree.walk();
  try {
    return { root: wasm ? copyRaw(wasm, tree, cursor as unknown as Record<number, number>) : copyWithCursor(cursor), hasError };
  } finally {
    cursor.delete();
  }
}

function copyWithCursor(cursor: ReturnType<Tree['walk']>): Node {
  const root = new Node(cursor.nodeType, cursor.startIndex, cursor.endIndex, cursor.nodeIsNamed);
  const stack: Node[] = [root];
  if (!cursor.gotoFirstChild()) return root;
  for (;;) {
    const parent = stack[stack.length - 1];
    const node = new Node(cursor.nodeType, cursor.startIndex, cursor.endIndex, cursor.nodeIsNamed);
    parent.children.push(node);
    parent.fields.push(cursor.currentFieldName);
    if (cursor.gotoFirstChild()) {
      stack.push(node);
      continue;
    }
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) return root;
      stack.pop();
      if (stack.length === 0) return root;
    }
  }
}

/** {@link copyWithCursor} through direct calls; the cursor object gets the final state back (to be deleted). */
function copyRaw(w: RawCursor, tree: Tree, cursor: Record<number, number>): Node {
  const t = (tree as unknown as Record<number, number>)[0];
  const make = () => new Node(w.types[w.typeId(t)] || 'ERROR', w.start(t), w.end(t), w.named(t) === 1);
  const root = make();
  const stack: Node[] = [root];
  try {
    if (!w.firstChild(t)) return root;
    for (;;) {
      const parent = stack[stack.length - 1];
      const node = make();
      parent.children.push(node);
      parent.fields.push(w.fieldNames[w.fieldId(t)] ?? null);
      if (w.firstChild(t)) {
        stack.push(node);
        continue;
      }
      while (!w.nextSibling(t)) {
        if (!w.parent(t)) return root;
        stack.pop();
        if (stack.length === 0) return root;
      }
    }
  } finally {
    for (let k = 0; k < 4; k++) cursor[k] = w.getValue(w.transferBuffer + 4 * k, 'i32');
  }
}

/**
 * The syntax tree of a script copied both ways: with direct calls (undefined
 * when the module does not expose them) and through web-tree-sitter's
 * `TreeCursor`. The two must agree. With whether the tree holds a syntax error. @internal
 */
export function syntaxTreeCopies(script: string): { direct?: PlainSyntaxNode; viaCursor: PlainSyntaxNode; hasError: boolean } | undefined {
  const tree = parser?.parse(script);
  if (!tree) return undefined;
  try {
    const copy = (direct: boolean): PlainSyntaxNode => {
      const cursor = tree.walk();
      try {
        return plain(direct && wasm ? copyRaw(wasm, tree, cursor as unknown as Record<number, number>) : copyWithCursor(cursor), null);
      } finally {
        cursor.delete();
      }
    };
    return { direct: wasm ? copy(true) : undefined, viaCursor: copy(false), hasError: tree.rootNode.hasError };
  } finally {
    tree.delete();
  }
}

// ---------------------------------------------------------------------------
// Words from syntax nodes

interface Builder {
  chars: string[];
  offs: number[];
  literal: boolean;
}

function pushRaw(b: Builder, src: Source, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    b.chars.push(src.text[i]);
    b.offs.push(src.map[i]);
  }
}

const DQ_ESCAPES = new Set(['$', '`', '"', '\\', '\n']);

function unquoteInto(node: Node, src: Source, b: Builder): void {
  const s = node.startIndex;
  const e = node.endIndex;
  switch (node.type) {
    case 'word':
    case 'number':
    case 'command_name':
    case 'string_content':
    case 'special_variable_name':
    case 'variable_name': {
      if (node.type === 'command_name' && node.namedChildCount === 1 && node.namedChildren[0]!.type !== 'word') {
        unquoteInto(node.namedChildren[0]!, src, b);
        return;
      }
      for (let i = s; i < e; i++) {
        if (src.text[i] === '\\' && i + 1 < e) i++;
        b.chars.push(src.text[i]);
        b.offs.push(src.map[i]);
      }
      return;
    }
    case 'raw_string':
      pushRaw(b, src, s + 1, Math.max(s + 1, e - 1));
      return;
    case 'ansi_c_string':
      pushRaw(b, src, s + 2, Math.max(s + 2, e - 1));
      return;
    case 'string':
    case 'translated_string': {
      const open = node.type === 'string' ? s + 1 : s + 2;
      const close = src.text[e - 1] === '"' && e - 1 >= open ? e - 1 : e;
      const parts = node.namedChildren.filter((c) => c.type !== 'string_content');
      let i = open;
      for (const part of parts) {
        dqSpan(src, i, part.startIndex, b);
        pushRaw(b, src, part.startIndex, part.endIndex);
        b.literal = false;
        i = part.endIndex;
      }
      dqSpan(src, i, close, b);
      return;
    }
    case 'concatenation':
    case 'variable_assignment':
      for (const c of node.children) if (c) unquoteInto(c, src, b);
      return;
    default:
      pushRaw(b, src, s, e);
      if (node.isNamed) b.literal = false;
  }
}

function dqSpan(src: Source, from: number, to: number, b: Builder): void {
  for (let i = from; i < to; i++) {
    if (src.text[i] === '\\' && i + 1 < to && DQ_ESCAPES.has(src.text[i + 1])) {
      i++;
      if (src.text[i] === '\n') continue;
    }
    b.chars.push(src.text[i]);
    b.offs.push(src.map[i]);
  }
}

// ---------------------------------------------------------------------------
// Walking a parsed source

const WRAPPERS: Record<string, OptionSpec & { operands?: number; assignments?: boolean }> = {
  sudo: { valued: ['-u', '-g', '-h', '-p', '-C', '-D', '-r', '-t', '-U', '-T', '--user', '--group', '--host', '--prompt', '--chdir', '--role', '--type', '--other-user', '--close-from', '--command-timeout'], stopAtOperand: true },
  doas: { valued: ['-u', '-C'], stopAtOperand: true },
  env: { valued: ['-u', '-C', '-S', '--unset', '--chdir', '--split-string'], stopAtOperand: true, assignments: true },
  nice: { valued: ['-n', '--adjustment'], stopAtOperand: true },
  ionice: { valued: ['-c', '-n', '-p', '--class', '--classdata'], stopAtOperand: true },
  nohup: { stopAtOperand: true },
  exec: { valued: ['-a'], stopAtOperand: true },
  time: { valued: ['-f', '-o', '--format', '--output'], stopAtOperand: true },
  command: { stopAtOperand: true },
  builtin: { stopAtOperand: true },
  timeout: { valued: ['-s', '-k', '--signal', '--kill-after'], stopAtOperand: true, operands: 1 },
  stdbuf: { valued: ['-i', '-o', '-e', '--input', '--output', '--error'], stopAtOperand: true },
  gosu: { stopAtOperand: true, operands: 1 },
  'su-exec': { stopAtOperand: true, operands: 1 },
  busybox: { stopAtOperand: true },
  xargs: { valued: ['-I', '-i', '-n', '-P', '-L', '-l', '-d', '-E', '-e', '-s', '-a', '--max-args', '--max-procs', '--delimiter', '--arg-file', '--replace', '--max-lines', '--max-chars', '--eof'], stopAtOperand: true },
};

/** POSIX-compatible shells whose `-c` scripts and stdin heredocs are shell. */
export const POSIX_SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh']);

/** The base name of a path-like command (`/usr/bin/curl` → `curl`). */
export function baseName(command: string): string {
  return command.slice(command.lastIndexOf('/') + 1);
}

interface WalkState {
  run: ShellRun;
  locator: Locator;
  origin: CommandOrigin;
  via?: ShellCommand;
  depth: number;
  commands: ShellCommand[];
  assignments: ShellAssignment[];
  seenSubstitutions: Set<number>;
  /** Syntax trees kept from earlier analyses of the same document. */
  trees?: ShellTreeReuse;
}

interface Ctx {
  sub: number;
  /** The command whose words are being walked (for substitutions). */
  within?: ShellCommand;
  cond: boolean;
  func: boolean;
}

function wordOf(node: Node, src: Source, locator: Locator): ShellWord {
  // Most words are plain text without a backslash: their value is their text ({@link unquoteInto} gives the same).
  const type = node.type;
  if (type === 'word' || type === 'number' || type === 'command_name' && node.childCount === 1 && node.children[0].type === 'word') {
    const s = node.startIndex;
    const e = node.endIndex;
    const text = src.text.slice(s, e);
    if (!text.includes('\\')) return spannedWord(src, s, e, text, true, src.map.slice(s, e), locator);
  }
  const b: Builder = { chars: [], offs: [], literal: true };
  unquoteInto(node, src, b);
  return spannedWord(src, node.startIndex, node.endIndex, b.chars.join(''), b.literal, b.offs, locator);
}

/** A word of `src[from, to)` whose range ({@link spanRange}) is found when asked. */
function spannedWord(src: Source, from: number, to: number, value: string, literal: boolean, offs: number[], locator: Locator): ShellWord {
  const text = src.text.slice(from, to);
  if (src.map.length === 0) return new ShellWord(text, value, literal, spanRange(src, from, to, locator), offs, locator);
  const a = Math.min(from, src.map.length - 1);
  return new ShellWord(text, value, literal, undefined, offs, locator, src.map[a], to > from ? src.map[Math.min(to, src.map.length) - 1] + 1 : -1);
}

function spanRange(src: Source, from: number, to: number, locator: Locator): Range {
  if (src.map.length === 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const a = Math.min(from, src.map.length - 1);
  const start = locator.position(src.map[a]);
  const end = to > from ? locator.position(src.map[Math.min(to, src.map.length) - 1] + 1) : start;
  return { start, end };
}

function joinRanges(a: Range, b: Range): Range {
  return { start: a.start, end: b.end };
}

function assignmentOf(node: Node, src: Source, st: WalkState, kind: ShellAssignment['kind']): ShellAssignment {
  const nameNode = node.childForFieldName('name') ?? node.namedChildren[0];
  const valueNode = node.childForFieldName('value');
  return {
    name: nameNode ? src.text.slice(nameNode.startIndex, nameNode.endIndex) : '',
    value: valueNode ? wordOf(valueNode, src, st.locator) : undefined,
    range: spanRange(src, node.startIndex, node.endIndex, st.locator),
    kind,
  };
}

const ASSIGNMENT_WORD = /^([A-Za-z_][A-Za-z0-9_]*)=/;

/** Builds a command from its words: sees through wrappers, records `env` assignments. The caller parses its nested script. */
function makeCommand(words: ShellWord[], assignments: ShellAssignment[], st: WalkState, ctx: Ctx): ShellCommand | undefined {
  if (words.length === 0) return undefined;
  const wrappers: ShellWrapper[] = [];
  let rest = words;
  for (;;) {
    const name = baseName(rest[0].value);
    const spec = rest[0].literal && Object.hasOwn(WRAPPERS, name) ? WRAPPERS[name] : undefined;
    if (!spec || rest.length < 2) break;
    if (name === 'command' && rest.slice(1).some((w) => w.value === '-v' || w.value === '-V')) break;
    const args = rest.slice(1);
    let k = 0;
    const parsed = parseOptions(args, spec);
    // Position of the first operand in `args`.
    k = parsed.positionals.length ? args.indexOf(parsed.positionals[0]) : args.length;
    if (spec.assignments) {
      while (k < args.length && ASSIGNMENT_WORD.test(args[k].value)) {
        const w = args[k];
        const eq = w.value.indexOf('=');
        assignments.push({ name: w.value.slice(0, eq), value: w.slice(eq + 1), range: w.range, kind: 'env' });
        k++;
      }
    }
    k += spec.operands ?? 0;
    if (k >= args.length) break;
    wrappers.push({ name, word: rest[0], args: args.slice(0, k) });
    rest = args.slice(k);
  }
  const cmd: ShellCommand = {
    name: rest[0].literal ? baseName(rest[0].value) : rest[0].value,
    nameWord: rest[0],
    args: rest.slice(1),
    wrappers,
    assignments,
    range: joinRanges(words[0].range, words[words.length - 1].range),
    origin: st.origin,
    inSubstitution: ctx.sub > 0,
    inCondition: ctx.cond,
    inFunction: ctx.func,
    via: st.via,
    within: ctx.sub > 0 ? ctx.within : undefined,
    pipesInto: [],
    pipedFrom: [],
    run: st.run,
  };
  for (const a of assignments) a.command = cmd;
  if (assignments.length && assignments[0].kind === 'prefix') cmd.range = joinRanges(assignments[0].range, cmd.range);
  st.commands.push(cmd);
  st.assignments.push(...assignments);
  return cmd;
}

/** Parses the script of `sh -c '…'`, `bash -c "…"`, `su -c …`. */
function nested(cmd: ShellCommand, st: WalkState): void {
  if (st.depth >= 4) return;
  let script: ShellWord | undefined;
  if (POSIX_SHELLS.has(cmd.name)) {
    let hasC = false;
    for (let i = 0; i < cmd.args.length; i++) {
      const v = cmd.args[i].value;
      if (/^[-+][a-zA-Z]+$/.test(v)) {
        if (v[0] === '-' && v.includes('c')) hasC = true;
        if (/[oO]$/.test(v)) i++;
        continue;
      }
      if (/^--[a-z]/.test(v)) continue;
      if (v === '--' || v === '-') i++;
      if (hasC) script = cmd.args[i];
      break;
    }
  } else if (cmd.name === 'su' || cmd.name === 'runuser') {
    const opt = findOption(cmd, ['-c', '--command'], { valued: ['-c', '--command', '-s', '--shell', '-g', '--group', '-u', '-w'] });
    script = opt?.value;
  }
  if (!script || script.value.trim() === '') return;
  const offsets: number[] = [];
  for (let i = 0; i < script.value.length; i++) offsets.push(script.offsetAt(i));
  parseSource({ text: script.value, map: offsets }, { ...st, origin: 'nested', via: cmd, depth: st.depth + 1 });
}

function walkNode(node: Node, src: Source, st: WalkState, ctx: Ctx, top: ShellCommand[]): void {
  switch (node.type) {
    case 'command': {
      const assignments: ShellAssignment[] = [];
      const words: ShellWord[] = [];
      const inner: Node[] = [];
      for (let i = 0; i < node.childCount; i++) {
        const child = node.child(i);
        if (!child) continue;
        const field = node.fieldNameForChild(i);
        if (child.type === 'variable_assignment') assignments.push(assignmentOf(child, src, st, 'prefix'));
        else if (field === 'name' || field === 'argument') words.push(wordOf(child, src, st.locator));
        const walked = child.type === 'variable_assignment' ? child.childForFieldName('value') : child;
        if (walked) inner.push(walked);
      }
      const cmd = makeCommand(words, assignments, st, ctx);
      if (cmd) top.push(cmd);
      else st.assignments.push(...assignments.map((a) => ({ ...a, kind: 'statement' as const })));
      if (inner.length) {
        const innerCtx = { ...ctx, within: cmd ?? ctx.within };
        for (const c of inner) walk(c, src, st, innerCtx, []);
      }
      if (cmd) nested(cmd, st);
      return;
    }
    case 'declaration_command': {
      const words: ShellWord[] = [];
      const assignments: ShellAssignment[] = [];
      for (const child of node.children) {
        if (!child) continue;
        if (child.type === 'variable_assignment') {
          assignments.push(assignmentOf(child, src, st, 'export'));
          words.push(wordOf(child, src, st.locator));
        } else if (child.isNamed || words.length === 0) {
          words.push(wordOf(child, src, st.locator));
          if (child.type === 'variable_name') assignments.push({ name: src.text.slice(child.startIndex, child.endIndex), range: spanRange(src, child.startIndex, child.endIndex, st.locator), kind: 'export' });
        }
      }
      if (words.length) {
        const cmd: ShellCommand = {
          name: words[0].value,
          nameWord: words[0],
          args: words.slice(1),
          wrappers: [],
          assignments: [],
          range: spanRange(src, node.startIndex, node.endIndex, st.locator),
          origin: st.origin,
          inSubstitution: ctx.sub > 0,
          inCondition: ctx.cond,
          inFunction: ctx.func,
          via: st.via,
          within: ctx.sub > 0 ? ctx.within : undefined,
          pipesInto: [],
          pipedFrom: [],
          run: st.run,
        };
        for (const a of assignments) a.command = cmd;
        st.commands.push(cmd);
        st.assignments.push(...assignments);
        top.push(cmd);
      }
      for (const child of node.namedChildren) {
        const walked = child?.type === 'variable_assignment' ? child.childForFieldName('value') : child;
        if (walked) walk(walked, src, st, { ...ctx, within: st.commands.at(-1) }, []);
      }
      return;
    }
    case 'variable_assignment':
      st.assignments.push(assignmentOf(node, src, st, 'statement'));
      walkChildren(node, src, st, ctx);
      return;
    case 'command_substitution':
    case 'process_substitution': {
      // A nested script's substitutions were already seen in the outer word.
      const key = src.map[node.startIndex];
      if (st.seenSubstitutions.has(key)) return;
      st.seenSubstitutions.add(key);
      walkChildren(node, src, st, { ...ctx, sub: ctx.sub + 1 }, []);
      return;
    }
    case 'function_definition':
      walkChildren(node, src, st, { ...ctx, func: true }, top);
      return;
    case 'if_statement':
    case 'elif_clause':
    case 'while_statement': {
      for (let i = 0; i < node.childCount; i++) {
        const child = node.child(i);
        if (!child) continue;
        const isCond = node.fieldNameForChild(i) === 'condition';
        walk(child, src, st, isCond ? { ...ctx, cond: true } : ctx, top);
      }
      return;
    }
    case 'pipeline': {
      const elements: ShellCommand[][] = [];
      for (const child of node.children) {
        if (!child || !child.isNamed) continue;
        const heads: ShellCommand[] = [];
        walk(child, src, st, ctx, heads);
        elements.push(heads);
        top.push(...heads);
      }
      elements.forEach((heads, index) => {
        for (const cmd of heads) {
          if (cmd.pipeline) continue;
          cmd.pipeline = { index, length: elements.length };
          cmd.pipesInto = elements[index + 1] ?? [];
          cmd.pipedFrom = elements[index - 1] ?? [];
        }
      });
      return;
    }
    case 'list': {
      // `a && b && c` nests to the left; walk it without recursing per link.
      const stack: Node[] = [...node.children].reverse();
      while (stack.length) {
        const child = stack.pop()!;
        if (child.type === 'list') stack.push(...[...child.children].reverse());
        else walk(child, src, st, ctx, top);
      }
      return;
    }
    case 'heredoc_body':
    case 'comment':
      return;
    default:
      walkChildren(node, src, st, ctx, top);
  }
}

/** Nesting beyond this is not walked (pathological input must not exhaust the stack). */
const MAX_DEPTH = 500;
let depth = 0;

function walk(node: Node, src: Source, st: WalkState, ctx: Ctx, top: ShellCommand[]): void {
  if (depth >= MAX_DEPTH) return;
  depth++;
  try {
    walkNode(node, src, st, ctx, top);
  } finally {
    depth--;
  }
}

function walkChildren(node: Node, src: Source, st: WalkState, ctx: Ctx, top: ShellCommand[] = []): void {
  for (const child of node.children) if (child) walk(child, src, st, ctx, top);
}

/** Bodies longer than this are not parsed (no real RUN comes close; pathological input must stay fast). */
const MAX_SOURCE = 256 * 1024;

/**
 * Bodies with a run of more ASCII punctuation than this in a row are not
 * parsed either: tree-sitter-bash takes quadratic time on such runs (`[x]`
 * then 20,000 `-` took 200 s; 4,000 `>` 1.2 s), and no real command has one
 * (a banner line of `=` or `-` is some 80 characters).
 */
const MAX_PUNCTUATION_RUN = 256;

/** The length of the longest run of ASCII punctuation in `text`. */
function longestPunctuationRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const punct = (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
    run = punct ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/**
 * Syntax trees of shell scripts kept between successive analyses of one
 * document, keyed by the exact script text (a tree depends on nothing else):
 * an edit re-parses only the scripts it changed. Each analysis keeps the
 * trees it used and drops the rest, so the cache holds one document's
 * scripts at most.
 */
export class ShellTreeReuse {
  private kept = new Map<string, CopiedTree>();
  private used = new Map<string, CopiedTree>();
  /** Scripts whose tree came from here instead of the parser, in all. */
  reused = 0;

  /** Starts an analysis: what the previous one used is kept, the rest dropped. */
  begin(): void {
    this.kept = this.used;
    this.used = new Map();
  }

  /** Ends an analysis: what it did not use is dropped. */
  end(): void {
    this.kept = new Map();
  }

  /** The number of trees held. */
  get size(): number {
    let n = this.used.size;
    for (const key of this.kept.keys()) if (!this.used.has(key)) n++;
    return n;
  }

  /** @internal */
  get(text: string): CopiedTree | undefined {
    let tree = this.used.get(text);
    if (!tree) {
      tree = this.kept.get(text);
      if (tree) this.used.set(text, tree);
    }
    if (tree) this.reused++;
    return tree;
  }

  /** @internal */
  set(text: string, tree: CopiedTree): void {
    this.used.set(text, tree);
  }
}

/** Lets the RUNs of this model take syntax trees from, and give them to, `trees`. Call before the first {@link shellRun}. */
export function reuseShellTrees(model: DockerfileModel, trees: ShellTreeReuse): void {
  derived(model, shellSlot).reuse = trees;
}

/** Called with every script handed to {@link syntaxTree} (see {@link watchShellScripts}). */
let scriptWatcher: ((script: string) => void) | undefined;

/** Calls `watcher` with every shell script about to be parsed, until called again without one. @internal */
export function watchShellScripts(watcher: ((script: string) => void) | undefined): void {
  scriptWatcher = watcher;
}

function syntaxTree(text: string, trees: ShellTreeReuse | undefined): CopiedTree | undefined {
  scriptWatcher?.(text);
  const kept = trees?.get(text);
  if (kept) return kept;
  const copied = fastSyntaxTree(text) ?? treeSitterTree(text);
  if (copied) trees?.set(text, copied);
  return copied;
}

function treeSitterTree(text: string): CopiedTree | undefined {
  if (!parser) {
    neededParser = true;
    throw new NeedsShellParser();
  }
  const tree = parser.parse(text);
  if (!tree) return undefined;
  try {
    return copyTree(tree);
  } finally {
    tree.delete();
  }
}

function parseSource(src: Source, st: WalkState): void {
  if (!parsing() || src.text.trim() === '' || src.text.length > MAX_SOURCE || longestPunctuationRun(src.text) > MAX_PUNCTUATION_RUN) return;
  const copied = syntaxTree(src.text, st.trees);
  if (!copied) return;
  if (copied.hasError) st.run.syntaxErrors++;
  walk(copied.root, src, st, { sub: 0, cond: false, func: false }, []);
}

// ---------------------------------------------------------------------------
// RUN instructions

interface ModelCache {
  locator: Locator;
  runs: Map<Instruction, ShellRun>;
  ready: boolean;
  /** {@link shellRuns} and {@link allCommands} answers, by stage (null: the whole file). Rules ask for them over and over. */
  runLists: Map<Stage | null, readonly ShellRun[]>;
  commandLists: Map<Stage | null, readonly ShellCommand[]>;
}

/** What this module keeps about one model, on the model (see `derived` in dockerfile.ts). */
interface ShellSlot {
  /** The parsed RUNs; replaced once when the shell parser becomes ready. */
  cache?: ModelCache;
  /** Trees to reuse for the RUNs (see {@link reuseShellTrees}). */
  reuse?: ShellTreeReuse;
  /** The `# hadolint shell=` pragma (null: none). */
  pragma?: string | null;
  /** The SHELL instructions of each stage. */
  shells?: Map<Stage, Instruction[]>;
  /** The stage of each instruction. */
  stageIndex?: Map<Instruction, Stage>;
  /** The ONBUILD of each trigger instruction. */
  triggerOwners?: Map<Instruction, Instruction>;
}

const shellSlot = (): ShellSlot => ({});

const DEFAULT_SHELL = ['/bin/sh', '-c'];
const WINDOWS_SHELL = ['cmd', '/S', '/C'];

const WINDOWS_IMAGE = /(?:^|[/:_.-])(?:windows(?:servercore)?|nanoserver|servercore)(?:$|[/:_.-])|ltsc20\d\d/i;

function isWindowsBase(stage: Stage): boolean {
  const root = stageChain(stage).at(-1);
  return WINDOWS_IMAGE.test(root?.image?.text ?? root?.rawImage ?? '');
}

/** hadolint's file-wide `# hadolint shell=<name>` pragma, which declares the shell RUNs are written for. */
function shellPragma(model: DockerfileModel): string | undefined {
  const slot = derived(model, shellSlot);
  let pragma = slot.pragma;
  if (pragma === undefined) {
    pragma = null;
    for (const line of model.lines) {
      const m = /^\s*#\s*hadolint\s+shell=(\S+)/.exec(line);
      if (m) {
        pragma = m[1];
        break;
      }
    }
    slot.pragma = pragma;
  }
  return pragma ?? undefined;
}

/** The SHELL instructions of a stage, computed once per model. */
function shellsOf(model: DockerfileModel, stage: Stage): Instruction[] {
  const slot = derived(model, shellSlot);
  const byStage = (slot.shells ??= new Map());
  let shells = byStage.get(stage);
  if (!shells) {
    shells = stage.instructions.filter((i) => i.getKeyword() === 'SHELL');
    byStage.set(stage, shells);
  }
  return shells;
}

/** The ONBUILD of a trigger instruction (the owners computed once per model). */
function ownerOf(model: DockerfileModel, trigger: Instruction): Instruction | undefined {
  const slot = derived(model, shellSlot);
  let owners = slot.triggerOwners;
  if (!owners) {
    owners = new Map();
    for (const i of model.instructions) {
      const t = onbuildTrigger(i);
      if (t) owners.set(t, i);
    }
    slot.triggerOwners = owners;
  }
  return owners.get(trigger);
}

/** The stage of an instruction (the index computed once per model). */
function stageOf(model: DockerfileModel, instr: Instruction): Stage | undefined {
  const slot = derived(model, shellSlot);
  let index = slot.stageIndex;
  if (!index) {
    index = new Map();
    for (const s of model.stages) for (const i of s.instructions) index.set(i, s);
    slot.stageIndex = index;
  }
  return index.get(instr) ?? index.get(ownerOf(model, instr) ?? instr);
}

function shellArgv(instr: Instruction): string[] | undefined {
  return jsonArgs(instr.getArgumentsContent() ?? '');
}

/**
 * The `SHELL` in effect for an instruction of a stage (following `FROM
 * <earlier stage>`); without one, hadolint's `# hadolint shell=…` pragma, then
 * cmd on Windows base images and `/bin/sh -c` elsewhere.
 */
export function shellAt(model: DockerfileModel, stage: Stage | undefined, instr: Instruction): string[] {
  if (!stage) return DEFAULT_SHELL;
  for (const s of stageChain(stage)) {
    const shells = shellsOf(model, s).filter((i) => s !== stage || i.getRange().start.line < instr.getRange().start.line);
    const last = shells.at(-1);
    if (last) return shellArgv(last) ?? DEFAULT_SHELL;
  }
  const pragma = shellPragma(model);
  if (pragma) return [pragma];
  return isWindowsBase(stage) ? WINDOWS_SHELL : DEFAULT_SHELL;
}

/** Whether an argv (a `SHELL` or an interpreter) is a POSIX shell. */
export function isPosixShell(argv: readonly string[]): boolean {
  let name = baseName(argv[0] ?? '').toLowerCase();
  if (name === 'env' && argv[1]) name = baseName(argv[1]).toLowerCase();
  if (name === 'busybox' && argv[1]) name = baseName(argv[1]).toLowerCase();
  return POSIX_SHELLS.has(name);
}

function heredocsOf(instr: Instruction): Heredoc[] {
  const h = (instr as unknown as { getHeredocs?: () => Heredoc[] }).getHeredocs;
  try {
    return typeof h === 'function' ? h.call(instr) : [];
  } catch {
    return [];
  }
}

function flagsOf(instr: Instruction): RunFlag[] {
  const getFlags = (instr as unknown as { getFlags?: () => import('dockerfile-ast').Flag[] }).getFlags;
  if (typeof getFlags !== 'function') return [];
  return getFlags.call(instr).map((f) => {
    const options: Record<string, string> = {};
    for (const o of f.getOptions()) options[o.getName()] = o.getValue() ?? '';
    const value = f.getValue() ?? undefined;
    const range = f.getRange();
    return { name: f.getName(), value, range: { start: range.start, end: range.end }, options };
  });
}

/** Decodes the strings of a JSON array written in `src`, keeping offsets. */
function jsonStrings(src: Source, from: number, locator: Locator): ShellWord[] {
  const words: ShellWord[] = [];
  const t = src.text;
  let i = from;
  while (i < t.length) {
    if (t[i] !== '"') { i++; continue; }
    const start = i;
    const chars: string[] = [];
    const offs: number[] = [];
    i++;
    while (i < t.length && t[i] !== '"') {
      if (t[i] === '\\' && i + 1 < t.length) {
        const at = src.map[i];
        const e = t[i + 1];
        const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '/': '/', '\\': '\\', '"': '"' };
        if (e === 'u') {
          chars.push(String.fromCharCode(parseInt(t.slice(i + 2, i + 6), 16) || 0));
          offs.push(at);
          i += 6;
        } else {
          chars.push(simple[e] ?? e);
          offs.push(at);
          i += 2;
        }
        continue;
      }
      chars.push(t[i]);
      offs.push(src.map[i]);
      i++;
    }
    i++;
    words.push(spannedWord(src, start, i, chars.join(''), true, offs, locator));
  }
  return words;
}

function parseRun(model: DockerfileModel, instr: Instruction, stage: Stage | undefined, locator: Locator): ShellRun {
  const shell = shellAt(model, stage, instr);
  const posix = isPosixShell(shell);
  const text = model.text;
  const argsStart = locator.offset(instr.getInstructionRange().end);
  const instrEnd = locator.offset(instr.getRange().end);
  const raw = text.slice(argsStart, instrEnd);
  // dockerfile-ast re-tokenises the instruction on every call: ask only when needed.
  const flags = /^\s*--/.test(raw) ? flagsOf(instr) : [];
  const run: ShellRun = {
    instruction: instr,
    stage,
    form: 'shell',
    shell,
    posix,
    parsed: parsing(),
    flags,
    mounts: flags.filter((f) => f.name.toLowerCase() === 'mount'),
    commands: [],
    assignments: [],
    syntaxErrors: 0,
  };
  if (raw.length > MAX_SOURCE * 4) return run;
  const heredocs = raw.includes('<<') ? heredocsOf(instr) : [];
  let cmdEnd = instrEnd;
  const first = heredocs[0];
  const bodyStart = first ? first.getContentRange()?.start ?? first.getDelimiterRange()?.start : undefined;
  if (bodyStart) cmdEnd = Math.max(argsStart, locator.offset({ line: bodyStart.line, character: 0 }) - 1);
  const cmd = joinContinuations(text, argsStart, cmdEnd, model.escapeChar);
  // Skip the instruction's own --flags.
  const lead = /^\s*(?:--[A-Za-z][\w-]*(?:=\S*)?\s+)*/.exec(cmd.text)?.[0].length ?? 0;
  const body: Source = { text: cmd.text.slice(lead), map: cmd.map.slice(lead) };
  const st: WalkState = { run, locator, origin: 'shell', depth: 0, commands: [], assignments: [], seenSubstitutions: new Set(), trees: derived(model, shellSlot).reuse };

  const trimmed = body.text.trim();
  if (!heredocs.length && trimmed.startsWith('[')) {
    let argv: unknown;
    try {
      argv = JSON.parse(trimmed);
    } catch {
      argv = undefined;
    }
    if (Array.isArray(argv) && argv.every((a) => typeof a === 'string')) {
      run.form = 'exec';
      if (parsing()) {
        const exec = makeCommand(jsonStrings(body, 0, locator), [], { ...st, origin: 'exec' }, { sub: 0, cond: false, func: false });
        if (exec) nested(exec, st);
      }
      // Exec form runs no shell of its own, so it is judged whatever SHELL says.
      run.posix = true;
      finish(run, st);
      return run;
    }
  }
  if (!posix || !parsing()) return run;

  if (heredocs.length) {
    run.form = 'heredoc';
    // The heredoc operators are blanked so the command line parses on its own.
    const blanked = body.text.split('');
    const opOffsets: number[] = [];
    for (const h of heredocs) {
      const r = h.getStartRange();
      const a = locator.offset(r.start);
      const b = locator.offset(r.end);
      const ia = body.map.indexOf(a);
      if (ia < 0) continue;
      opOffsets.push(ia);
      for (let k = ia; k < body.map.length && body.map[k] < b; k++) blanked[k] = ' ';
    }
    const before = st.commands.length;
    parseSource({ text: blanked.join(''), map: body.map }, st);
    const lineCommands = st.commands.slice(before).filter((c) => !c.via && !c.inSubstitution);
    heredocs.forEach((h, n) => {
      const content = h.getContentRange();
      if (!content) return;
      const src = sourceFrom(text, locator.offset(content.start), locator.offset(content.end));
      const shebang = /^#!\s*(\S+)(?:[ \t]+(\S+))?/.exec(src.text);
      if (shebang && !isPosixShell([shebang[1], shebang[2] ?? ''])) return;
      let reader: ShellCommand | undefined;
      if (lineCommands.length === 0) {
        if (n !== 0) return;
      } else {
        const op = opOffsets[n] ?? 0;
        const opPos = locator.position(body.map[op] ?? 0);
        const cmpPos = (p: Position) => p.line - opPos.line || p.character - opPos.character;
        reader = [...lineCommands].reverse().find((c) => cmpPos(c.range.start) <= 0) ?? lineCommands.find((c) => cmpPos(c.range.start) > 0);
        if (!reader || !POSIX_SHELLS.has(reader.name) || reader.args.some((a) => /^-[a-zA-Z]*c[a-zA-Z]*$/.test(a.value))) return;
      }
      parseSource(src, { ...st, origin: 'heredoc', via: reader, depth: 1 });
    });
  } else {
    parseSource(body, st);
  }
  finish(run, st);
  return run;
}

function cmpRange(a: Range, b: Range): number {
  return a.start.line - b.start.line || a.start.character - b.start.character;
}

function finish(run: ShellRun, st: WalkState): void {
  run.commands = st.commands.sort((a, b) => cmpRange(a.range, b.range));
  run.assignments = st.assignments.sort((a, b) => cmpRange(a.range, b.range));
}

function cacheOf(model: DockerfileModel): ModelCache {
  const slot = derived(model, shellSlot);
  let c = slot.cache;
  if (!c || (!c.ready && parsing())) {
    c = { locator: new Locator(model.text), runs: new Map(), ready: parsing(), runLists: new Map(), commandLists: new Map() };
    slot.cache = c;
  }
  return c;
}

/**
 * The parsed RUN instruction (undefined when the instruction is not a RUN).
 * Each RUN is parsed once per model.
 */
export function shellRun(model: DockerfileModel, instr: Instruction): ShellRun | undefined {
  if (instr.getKeyword() !== 'RUN') return undefined;
  const c = cacheOf(model);
  let run = c.runs.get(instr);
  if (!run) {
    run = parseRun(model, instr, stageOf(model, instr), c.locator);
    const onbuild = ownerOf(model, instr);
    if (onbuild) run.onbuild = onbuild;
    c.runs.set(instr, run);
  }
  return run;
}

/** Every RUN of the Dockerfile (or of one stage), parsed, in order. The list is shared: do not change it. */
export function shellRuns(model: DockerfileModel, stage?: Stage): ShellRun[] {
  const c = cacheOf(model);
  let out = c.runLists.get(stage ?? null);
  if (!out) {
    const list: ShellRun[] = [];
    for (const i of stage ? stage.instructions : model.instructions) {
      // `ONBUILD RUN` triggers are judged where they are written, as hadolint does.
      const run = shellRun(model, onbuildTrigger(i) ?? i);
      if (run) list.push(run);
    }
    c.runLists.set(stage ?? null, out = list);
  }
  return out as ShellRun[];
}

/** The simple commands of a RUN instruction (none when it is not a RUN, not POSIX shell, or the parser is not ready). */
export function runCommands(model: DockerfileModel, instr: Instruction): ShellCommand[] {
  return shellRun(model, instr)?.commands ?? [];
}

/** Every simple command of every RUN in the Dockerfile (or stage), in order. The list is shared: do not change it. */
export function allCommands(model: DockerfileModel, stage?: Stage): ShellCommand[] {
  const c = cacheOf(model);
  let out = c.commandLists.get(stage ?? null);
  if (!out) c.commandLists.set(stage ?? null, out = shellRuns(model, stage).flatMap((r) => r.commands));
  return out as ShellCommand[];
}
