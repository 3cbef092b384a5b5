/** Go and Rust: the binary the build writes, static or dynamic as the build links it. */
import type { Instruction } from 'dockerfile-ast';
import type { Artefacts, Context } from '../types.js';

export function binaryArtefacts(ctx: Context, wd: string | undefined, words: string[] | undefined, instrs: Instruction[], alpine: boolean): Artefacts | undefined {
  const runs = instrs.filter((i) => i.getKeyword() === 'RUN').map((i) => i.getArgumentsContent() ?? '');
  const envText = instrs.filter((i) => i.getKeyword() === 'ENV' || i.getKeyword() === 'ARG').map((i) => i.getArgumentsContent() ?? '').join('\n');
  let binary: string | undefined;
  if (ctx.eco === 'go') {
    const out = runs.map((r) => /\bgo\s+build\b[^\n&;|]*?\s-o[=\s]+(\S+)/.exec(r)?.[1]).filter(Boolean).at(-1);
    binary = out;
  }
  if (!binary && words) binary = words[0];
  if (!binary) return undefined;
  if (!binary.startsWith('/')) {
    if (!wd) return undefined;
    binary = `${wd}/${binary.replace(/^\.\//, '')}`.replace(/\/+/g, '/');
  }
  const all = `${envText}\n${runs.join('\n')}`;
  // Go links against libc only through cgo: off by CGO_ENABLED=0, and on Alpine when no C compiler is installed.
  // Rust on a musl target (Alpine's default) links statically unless crt-static is turned off.
  const staticBin = ctx.eco === 'go'
    ? /CGO_ENABLED=0/.test(all) || /-extldflags[= ]+["']?-static/.test(all) || (alpine && !/CGO_ENABLED=1/.test(all) && !/\bapk\s+add\b[^\n]*\b(gcc|build-base|clang)\b/.test(all))
    : (/--target[=\s]+\S*musl/.test(all) || alpine) && !/target-feature=-crt-static/.test(all) || /target-feature=\+crt-static/.test(all);
  const entryArgs = words ? words.slice(1) : [];
  return {
    builderHead: [],
    builderTail: [],
    copies: [`COPY --from=build ${binary} ${binary}`],
    env: [],
    entry: [binary, ...entryArgs],
    static: staticBin,
  };
}
