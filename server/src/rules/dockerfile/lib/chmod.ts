/** Reading `chmod` modes: numeric (`0777`, `4755`) and symbolic (`a+w`, `u+s`, `o=rwx`). */
import { parseOptions, type ShellCommand, type ShellWord } from '../../../parse/shell.js';

export interface ChmodMode {
  word: ShellWord;
  /** Files the mode applies to. */
  targets: ShellWord[];
  /** Others may write (and the sticky bit is not set). */
  worldWritable: boolean;
  /** The setuid or setgid bit is set. */
  setid: boolean;
  /** For numeric modes: the four octal digits. */
  octal?: number;
}

/** The mode a `chmod` command sets, when it is written literally. */
export function chmodMode(cmd: ShellCommand): ChmodMode | undefined {
  if (cmd.name !== 'chmod') return undefined;
  const { options, positionals } = parseOptions(cmd.args, { valued: ['--reference'] });
  if (options.some((o) => o.name === '--reference')) return undefined;
  // A mode such as `-w` or `-x` reads as an option; chmod treats it as a mode.
  const [word, ...targets] = positionals;
  if (!word || !word.literal) return undefined;
  const mode = word.value;
  if (/^[0-7]{1,4}$/.test(mode)) {
    const octal = parseInt(mode, 8);
    const special = (octal >> 9) & 7;
    return { word, targets, octal, worldWritable: (octal & 0o2) !== 0 && (special & 1) === 0, setid: (special & 6) !== 0 };
  }
  let worldWritable = false;
  let sticky = false;
  let setid = false;
  for (const clause of mode.split(',')) {
    const m = /^([ugoa]*)((?:[-+=][rwxXst]*)+)$/.exec(clause);
    if (!m) return undefined;
    const who = m[1];
    for (const op of m[2].match(/[-+=][rwxXst]*/g) ?? []) {
      if (op[0] === '-') continue;
      const perms = op.slice(1);
      if (perms.includes('w') && /[oa]/.test(who)) worldWritable = true;
      if (perms.includes('t')) sticky = true;
      if (perms.includes('s') && (who === '' || /[uga]/.test(who))) setid = true;
    }
  }
  return { word, targets, worldWritable: worldWritable && !sticky, setid };
}

/** Writes an octal mode with as many digits as the original (at least three). */
export function octalText(mode: number, original: string): string {
  return mode.toString(8).padStart(Math.max(3, original.length), '0');
}

/** Whether every target of the chmod is deleted (`rm`) later in the same RUN, as temporary build directories are. */
export function removedLater(cmd: ShellCommand, targets: readonly ShellWord[]): boolean {
  if (!targets.length) return false;
  const later = cmd.run.commands.filter((c) => c.name === 'rm' && (c.range.start.line > cmd.range.start.line
    || c.range.start.line === cmd.range.start.line && c.range.start.character > cmd.range.start.character));
  const removed = new Set(later.flatMap((c) => parseOptions(c.args).positionals.map((w) => w.value)));
  return targets.every((t) => removed.has(t.value));
}
