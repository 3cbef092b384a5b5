/** .NET: the `dotnet publish` output folder, run with `dotnet <app>.dll`. */
import type { Instruction } from 'dockerfile-ast';
import type { Artefacts } from '../types.js';

export function dotnetArtefacts(wd: string | undefined, words: string[] | undefined, instrs: Instruction[], version: string | undefined): Artefacts | undefined {
  const runs = instrs.filter((i) => i.getKeyword() === 'RUN').map((i) => i.getArgumentsContent() ?? '').join('\n');
  let out = /\bdotnet\s+publish\b[^\n]*?\s(?:-o|--output)[=\s]+(\S+)/.exec(runs)?.[1];
  if (!out) return undefined;
  if (!out.startsWith('/')) out = `${wd ?? ''}/${out}`.replace(/\/+/g, '/');
  const dll = words?.find((w) => w.endsWith('.dll'));
  if (!dll) return undefined;
  return {
    builderHead: [],
    builderTail: [],
    copies: [`COPY --from=build ${out} ${out}`],
    env: [],
    entry: ['dotnet', dll.startsWith('/') ? dll : `${out}/${dll.split('/').pop()}`],
    version,
  };
}
