import doc from './no-pointless-commands.md';
import { shellRuns } from '../../parse/shell.js';
import type { DockerfileRule } from '../kinds.js';
import { removeCommandEdits } from './lib/run.js';

/** Commands that do nothing useful while an image is built (hadolint's list). */
const POINTLESS: Record<string, string> = {
  ssh: 'there is no remote session during a build',
  vim: 'nobody edits interactively during a build',
  shutdown: 'there is no system to shut down',
  service: 'services started during a build are gone when the step ends',
  ps: 'the build step is the only process',
  free: 'the build machine\'s memory says nothing about the image',
  top: 'there is no terminal to watch',
  kill: 'processes of a build step end with it',
  mount: 'mounts do not persist into the image',
  ifconfig: 'the build network is not the container\'s',
};

/** `RUN service nginx start`, `RUN vim …`: commands that make no sense in a Dockerfile. */
const rule: DockerfileRule = {
  meta: {
    id: 'no-pointless-commands',
    kind: 'dockerfile',
    title: 'RUN uses a command that makes no sense in a build',
    defaultSeverity: 'info',
    fix: 'unsafe',
    equivalents: ['hadolint:DL3001'],
    doc,
  },
  check({ model, report }) {
    for (const run of shellRuns(model)) {
      for (const cmd of run.commands) {
        const why = Object.hasOwn(POINTLESS, cmd.name) ? POINTLESS[cmd.name] : undefined;
        if (!why) continue;
        const edits = removeCommandEdits(model, cmd);
        report({
          range: cmd.nameWord.range,
          fixes: edits ? [{ title: `Remove the ${cmd.name} command from this RUN`, safe: false, edits }] : [],
          message: `'${cmd.name}' in RUN makes no sense in a container build: ${why}`,
        });
      }
    }
  },
};

export default rule;
