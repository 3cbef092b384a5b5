/**
 * Helpers for the apt and apk hygiene rules: which subcommand a package
 * manager runs and with which options, whether a RUN removes or mounts a
 * cache directory, and edits that add an option after a subcommand or append
 * a command to the end of a RUN in the RUN's own layout.
 */
import type { Heredoc } from 'dockerfile-ast';
import { eolOf, type DockerfileModel } from '../../../parse/dockerfile.js';
import { parseOptions, type ShellCommand, type ShellOption, type ShellRun, type ShellWord } from '../../../parse/shell.js';
import type { Position, TextEdit } from '../../types.js';

/** Options of apt-get, apt and aptitude that take a value. */
const APT_VALUED = ['-o', '-c', '-t', '-a', '--option', '--config-file', '--target-release', '--default-release', '--host-architecture'];

/** Options of apk that take a value. */
const APK_VALUED = ['-X', '-p', '-t', '--repository', '--root', '--virtual', '--repositories-file', '--keys-dir', '--arch', '--cache-dir', '--cache-max-age', '--timeout', '--progress-fd'];

/** A package-manager command split into its options, subcommand and operands. */
export interface PackageCommand {
  cmd: ShellCommand;
  /** The subcommand word (`install`, `add`, `update`). */
  sub: ShellWord;
  options: ShellOption[];
  /** Operands after the subcommand. */
  operands: ShellWord[];
}

function split(cmd: ShellCommand, valued: readonly string[]): PackageCommand | undefined {
  const { options, positionals } = parseOptions(cmd.args, { valued });
  const sub = positionals[0];
  if (!sub || !sub.literal) return undefined;
  return { cmd, sub, options, operands: positionals.slice(1) };
}

/** The command as apt-get, apt or aptitude (only the names listed), with its subcommand. */
export function aptCommand(cmd: ShellCommand, names: readonly string[] = ['apt-get']): PackageCommand | undefined {
  return names.includes(cmd.name) ? split(cmd, APT_VALUED) : undefined;
}

/** The command as apk, with its subcommand. */
export function apkCommand(cmd: ShellCommand): PackageCommand | undefined {
  return cmd.name === 'apk' ? split(cmd, APK_VALUED) : undefined;
}

/** Whether the command has an option of one of the names. */
export function hasOption(pc: PackageCommand, names: readonly string[]): boolean {
  return pc.options.some((o) => names.includes(o.name));
}

/** The values of `-o`/`--option` settings (`APT::Install-Recommends=false`). */
export function aptSettings(pc: PackageCommand): Map<string, string> {
  const out = new Map<string, string>();
  for (const o of pc.options) {
    if ((o.name !== '-o' && o.name !== '--option') || !o.value) continue;
    const eq = o.value.value.indexOf('=');
    if (eq > 0) out.set(o.value.value.slice(0, eq).toLowerCase(), o.value.value.slice(eq + 1).toLowerCase());
  }
  return out;
}

/** APT's spelling of false in configuration values. */
export function aptFalse(value: string | undefined): boolean {
  return value !== undefined && ['false', '0', 'no', 'off'].includes(value);
}

/** The package operands: literal, not options, not files or URLs. Variables are unknown and left out. */
export function packageOperands(pc: PackageCommand, fileSuffix: string): ShellWord[] {
  return pc.operands.filter((w) => w.literal && w.value !== '' && !w.value.startsWith('/') && !w.value.startsWith('.')
    && !w.value.endsWith(fileSuffix) && !/^[a-z]+:\/\//i.test(w.value));
}

/** The range from the command name to the subcommand, as a user reads `apt-get install`. */
export function commandHead(pc: PackageCommand): { start: Position; end: Position } {
  return { start: pc.cmd.nameWord.range.start, end: pc.sub.range.end };
}

function normalisePath(p: string): string {
  return p.replace(/(?<!\/)\/+$/, '').replace(/\/\*$/, '') || '/';
}

/** Whether `path` (with an optional trailing `/*`) is `dir` or a directory holding it. */
function covers(path: string, dir: string): boolean {
  const p = normalisePath(path);
  return p === dir || dir.startsWith(`${p}/`);
}

/** Whether the RUN mounts a cache or tmpfs over `dir` (or a directory holding it). */
export function mountsOver(run: ShellRun, dir: string): boolean {
  return run.mounts.some((m) => {
    const type = (m.options.type ?? 'bind').toLowerCase();
    const target = m.options.target ?? m.options.dst ?? m.options.destination;
    return (type === 'cache' || type === 'tmpfs') && target !== undefined && covers(target, dir);
  });
}

/** Whether position `a` comes after `b`. */
export function isAfter(a: Position, b: Position): boolean {
  return a.line > b.line || (a.line === b.line && a.character > b.character);
}

/**
 * Whether a command of the RUN after `from` deletes `dir`'s contents: `rm`
 * of the directory, its `/*` glob or a parent, or `find <dir> … -delete`.
 */
export function removesLater(run: ShellRun, from: Position, dir: string): ShellCommand | undefined {
  return run.commands.find((c) => {
    if (!isAfter(c.range.start, from)) return false;
    if (c.name === 'rm') return parseOptions(c.args).positionals.some((w) => covers(w.value, dir));
    if (c.name === 'find') return c.args.some((w) => w.value === '-delete') && c.args.some((w) => !w.value.startsWith('-') && covers(w.value, dir));
    return false;
  });
}

/**
 * An edit inserting an argument right after a word of the command:
 * ` -y` after `install`, or `, "-y"` after `"install"` in an exec-form array.
 */
export function insertAfterWord(cmd: ShellCommand, word: ShellWord, text: string): TextEdit {
  return { range: { start: word.range.end, end: word.range.end }, newText: cmd.origin === 'exec' ? `, ${JSON.stringify(text)}` : ` ${text}` };
}

function heredocsOf(run: ShellRun): Heredoc[] {
  const h = (run.instruction as unknown as { getHeredocs?: () => Heredoc[] }).getHeredocs;
  try {
    return typeof h === 'function' ? h.call(run.instruction) : [];
  } catch {
    return [];
  }
}

function textBetween(model: DockerfileModel, a: Position, b: Position): string {
  if (a.line === b.line) return (model.lines[a.line] ?? '').slice(a.character, b.character);
  const parts = [(model.lines[a.line] ?? '').slice(a.character)];
  for (let l = a.line + 1; l < b.line; l++) parts.push(model.lines[l] ?? '');
  parts.push((model.lines[b.line] ?? '').slice(0, b.character));
  return parts.join('\n');
}

/**
 * An edit that runs `command` after everything else the RUN does, joined with
 * `&&` so the RUN still fails when its last command fails. A one-line RUN
 * gets ` && command`; a RUN continued over lines gets a new continuation line
 * in the style of its last one (leading `&& ` or trailing `&& \`, same
 * indentation, same line ending). In a heredoc script the command joins the
 * last line. Undefined when the RUN does not end in a plain command (a
 * closing `fi`/`done`/`)`, a redirection, a comment, `&`, exec form, syntax
 * errors), where appending could change what runs.
 */
export function appendCommandEdit(model: DockerfileModel, run: ShellRun, command: string): TextEdit | undefined {
  if (run.form === 'exec' || run.syntaxErrors > 0) return undefined;
  const origin = run.form === 'heredoc' ? 'heredoc' : 'shell';
  const top = run.commands.filter((c) => c.origin === origin && !c.inSubstitution);
  if (!top.length) return undefined;
  const last = top.reduce((a, b) => (isAfter(b.range.end, a.range.end) ? b : a));
  const end = last.range.end;
  if (run.form === 'heredoc') {
    const docs = heredocsOf(run);
    if (docs.length !== 1) return undefined;
    const content = docs[0].getContentRange();
    if (!content || !/^[ \t\r\n]*$/.test(textBetween(model, end, content.end))) return undefined;
    return { range: { start: end, end }, newText: ` && ${command}` };
  }
  const instrRange = run.instruction.getRange();
  if (!/^[ \t\r]*$/.test(textBetween(model, end, instrRange.end))) return undefined;
  const firstLine = instrRange.start.line;
  if (end.line === firstLine) return { range: { start: end, end }, newText: ` && ${command}` };
  const esc = model.escapeChar;
  const eol = eolOf(model);
  const prev = (model.lines[end.line - 1] ?? '').replace(/\r$/, '');
  const gap = new RegExp(`([ \\t]*)${esc === '\\' ? '\\\\' : esc}[ \\t]*$`).exec(prev)?.[1] || ' ';
  const styleLine = (model.lines[last.range.start.line > firstLine ? last.range.start.line : end.line] ?? '').replace(/\r$/, '');
  const leading = /^([ \t]*)(&&|\|\||;)([ \t]*)/.exec(styleLine);
  const newText = leading
    ? `${gap}${esc}${eol}${leading[1]}&&${leading[3] || ' '}${command}`
    : ` &&${gap}${esc}${eol}${/^[ \t]*/.exec(styleLine)![0]}${command}`;
  return { range: { start: end, end }, newText };
}

/** Whether apt only simulates (`-s`, `--simulate`, `--dry-run`, …): nothing is installed and nothing is asked. */
export function aptSimulates(pc: PackageCommand): boolean {
  return hasOption(pc, ['-s', '--simulate', '--just-print', '--dry-run', '--recon', '--no-act']);
}
