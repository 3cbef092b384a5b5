/** Reading the final stage for the harden plan: its start command, WORKDIR, copies, and comment formatting. */
import type { Instruction } from 'dockerfile-ast';
import type { Ecosystem } from '../model/ecosystem.js';
import { fromFlag, jsonArgs, stageChain, substitute, type DockerfileModel, type Stage } from '../parse/dockerfile.js';

/** A command as a list of words, when it is JSON form or a plain shell-form word list. */
export function commandWords(instr: Instruction): string[] | undefined {
  const raw = (instr.getArgumentsContent() ?? '').trim();
  if (raw.startsWith('[')) return jsonArgs(raw);
  if (/[|&;<>()$`*?{}\\'"]/.test(raw) || !raw) return undefined;
  return raw.split(/\s+/);
}

export function lastInstr(instrs: Instruction[], keyword: string): Instruction | undefined {
  return instrs.filter((i) => i.getKeyword() === keyword).at(-1);
}

/** The stage's WORKDIR at its end (absolute), following parent stages. */
export function workdirOf(stage: Stage, model: DockerfileModel): string | undefined {
  let dir: string | undefined;
  for (const s of stageChain(stage).reverse()) {
    for (const i of s.instructions) {
      if (i.getKeyword() !== 'WORKDIR') continue;
      const v = substitute((i.getArgumentsContent() ?? '').trim(), model.globalArgs);
      if (!v) return undefined;
      dir = v.startsWith('/') ? v : `${dir ?? ''}/${v}`.replace(/\/+/g, '/');
    }
  }
  return dir;
}

/** Version of the language from a builder tag (`3.12-slim` → `3.12`, `22-alpine` → `22`). */
export function versionFromTag(eco: Ecosystem, tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  const m = eco === 'python' || eco === 'dotnet' ? /^(\d+\.\d+)/.exec(tag) : /^(\d+)/.exec(tag);
  if (eco === 'java') {
    const j = /(?:^|-)(?:jdk-?|temurin-|java)?(\d{2})(?:[.-]|$)/.exec(tag) ?? /(\d{2})/.exec(tag);
    return j?.[1];
  }
  return m?.[1];
}

/** Absolute paths a start command names (`/etc/app.yaml`, `--config=/etc/app.yaml`), not the program itself. */
export function commandPaths(words: string[] | undefined): string[] {
  return (words ?? []).slice(1).map((w) => /^(?:--?[\w.-]+=)?(\/[\w./-]+)$/.exec(w)?.[1]).filter((p): p is string => !!p && p.length > 1);
}

/** The destination of a COPY/ADD that reads the build context and creates `path` (itself or a folder above it). */
export function copiedInto(instrs: Instruction[], wd: string | undefined, path: string): string | undefined {
  for (const i of instrs) {
    const k = i.getKeyword();
    if ((k !== 'COPY' && k !== 'ADD') || fromFlag(i)) continue;
    let dest = i.getArguments().at(-1)?.getValue() ?? '';
    if (!dest.startsWith('/')) dest = `${wd ?? ''}/${dest}`;
    dest = dest.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
    if (dest === path || path.startsWith(`${dest}/`)) return dest;
  }
  return undefined;
}

/** Why the start command needs a shell, when it does. */
export function shellNeed(startInstr: Instruction | undefined, words: string[] | undefined): string | undefined {
  if (!startInstr) return undefined;
  const raw = (startInstr.getArgumentsContent() ?? '').trim();
  const none = ', which {flavour} images do not have';
  if (!words) return `the start command needs a shell (${raw.startsWith('[') ? `\`${raw}\`` : `shell form: \`${raw}\``})${none}`;
  if (/^(\/bin\/|\/usr\/bin\/)?(sh|bash|ash|dash)$/.test(words[0])) return `the start command needs a shell (\`${words.slice(0, 2).join(' ')}\`)${none}`;
  if (/\.sh$/.test(words[0])) return `the start command needs a shell (the script \`${words[0]}\`)${none}`;
  return undefined;
}

/** A comment, wrapped at about 110 columns, every line with the prefix's `#`. */
export function wrapComment(prefix: string, text: string): string[] {
  const out: string[] = [];
  let line = prefix;
  for (const w of text.split(/\s+/)) {
    if (line.length + w.length > 110 && line.trim() !== prefix.trim()) {
      out.push(line.trimEnd());
      line = '#   ';
    }
    line += `${w} `;
  }
  out.push(line.trimEnd());
  return out;
}
