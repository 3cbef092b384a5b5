/** Node.js: the app folder with production dependencies only; `npm start` resolved to the `node` command it runs. */
import type { Artefacts, Context, Launch } from '../types.js';
import { dirOf } from '../../paths.js';

export function nodeArtefacts(ctx: Context, wd: string, words: string[] | undefined, version: string | undefined, launch: Launch): Artefacts {
  let entry: string[] | undefined;
  const node = launch.launcher ?? 'node';
  let cmd = words;
  if (cmd && /^(npm|yarn|pnpm)$/.test(cmd[0]) && (cmd[1] === 'start' || (cmd[1] === 'run' && cmd[2] === 'start'))) {
    const pkg = ctx.project.readFile(`${dirOf(ctx.file.path)}/package.json`);
    let start: string | undefined;
    try {
      start = (JSON.parse(pkg ?? '{}') as { scripts?: Record<string, string> }).scripts?.start;
    } catch {
      start = undefined;
    }
    cmd = start && !/[|&;<>()$`]/.test(start) ? start.trim().split(/\s+/) : undefined;
    if (cmd && /^(node|nodejs)$/.test(cmd[0])) ctx.changes.push({ title: 'Start with node directly instead of the npm start script', detail: `npm is not in the runtime and would not forward signals; package.json's start script is \`${start}\`.` });
  }
  if (cmd && /^(node|nodejs)$/.test(cmd[0])) entry = [node, ...cmd.slice(1)];
  const runs = ctx.stage.instructions.filter((i) => i.getKeyword() === 'RUN').map((i) => i.getArgumentsContent() ?? '').join('\n');
  const prune = /\bpnpm\s/.test(runs) ? 'RUN pnpm prune --prod'
    : /\byarn\s/.test(runs) ? 'RUN yarn install --production --frozen-lockfile --ignore-scripts --prefer-offline'
      : 'RUN npm prune --omit=dev';
  return {
    builderHead: [],
    builderTail: [prune],
    copies: [`COPY --from=build ${wd} ${wd}`],
    env: ['NODE_ENV=production'],
    entry,
    version,
  };
}
