import doc from './no-chpasswd.md';
import { shellRuns } from '../../parse/shell.js';
import type { DockerfileRule } from '../kinds.js';
import { removeCommandEdits } from './lib/run.js';

/** `chpasswd` in a RUN command, in any stage. */
const rule: DockerfileRule = {
  meta: {
    id: 'no-chpasswd',
    kind: 'dockerfile',
    title: 'chpasswd sets passwords during the build',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['checkov:CKV2_DOCKER_17'],
    doc,
  },
  check({ model, report }) {
    for (const run of shellRuns(model)) {
      for (const cmd of run.commands) {
        if (cmd.name !== 'chpasswd') continue;
        const edits = removeCommandEdits(model, cmd);
        report({
          range: cmd.nameWord.range,
          fixes: edits ? [{ title: cmd.pipedFrom.length ? 'Remove the chpasswd pipeline (set up key-based access, or pass the password with RUN --mount=type=secret)' : 'Remove the chpasswd command (set up key-based access, or pass the password with RUN --mount=type=secret)', safe: false, edits }] : [],
          message: 'chpasswd sets a password during the build: the password sits in the Dockerfile and the image history, and a container rarely needs a password login. Use key-based access or none, and RUN --mount=type=secret if a password is unavoidable',
        });
      }
    }
  },
};

export default rule;
