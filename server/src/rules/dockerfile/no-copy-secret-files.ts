import doc from './no-copy-secret-files.md';
import { sensitiveFile } from '../../knowledge/secrets.js';
import type { DockerfileRule } from '../kinds.js';
import type { TextEdit } from '../types.js';
import { copyArgs, removeInstructionEdit, resolveIn } from './lib/instructions.js';
import { nonShippingImage } from './lib/purpose.js';

/** COPY/ADD of a credentials file (`.env`, SSH keys, `.npmrc`, cloud credentials…) from the build context. */
const rule: DockerfileRule = {
  meta: {
    id: 'no-copy-secret-files',
    kind: 'dockerfile',
    title: 'Secret file copied into the image',
    defaultSeverity: 'error',
    fix: 'unsafe',
    equivalents: ['trivy:DS-0031'],
    doc,
  },
  check({ model, path: dockerfilePath, report }) {
    const why = nonShippingImage(model, dockerfilePath);
    for (const stage of model.stages) {
      for (const instr of stage.instructions) {
        const kw = instr.getKeyword();
        if (kw !== 'COPY' && kw !== 'ADD') continue;
        const args = copyArgs(instr);
        if (args.heredoc || args.flags.some((f) => f.getName().toLowerCase() === 'from')) continue;
        // A key copied to a public-key location (`….pub`, a keyring) is a public key.
        const publicDest = /\.(?:pub|asc|gpg)$|keyrings?\b|trusted\.gpg/i.test(args.dest?.value ?? '');
        for (const src of args.sources) {
          if (/^[a-z][a-z0-9+.-]*:\/\//i.test(src.value) || src.value.startsWith('git@')) continue;
          const path = resolveIn(model, stage, instr, src.value);
          if (path === undefined) continue;
          const file = sensitiveFile(path) ?? (path.includes('*') ? sensitiveFile(path.replace(/\*/g, '')) : undefined);
          if (!file || (publicDest && file.description === 'a private key')) continue;
          const id = (path.split('/').filter(Boolean).pop() ?? 'secret').replace(/[^A-Za-z0-9_-]/g, '').toLowerCase() || 'secret';
          const i = args.sources.indexOf(src);
          let edit: TextEdit | undefined;
          if (!args.json) {
            if (args.sources.length === 1) edit = removeInstructionEdit(model, instr);
            else if (args.dest?.value.endsWith('/')) {
              const prev = i > 0 ? args.sources[i - 1].range.end : undefined;
              edit = prev ? { range: { start: prev, end: src.range.end }, newText: '' } : { range: { start: src.range.start, end: args.sources[1].range.start }, newText: '' };
            }
          }
          report({
            range: src.range,
            fixes: edit ? [{ title: `Stop copying ${src.value} into the image (mount it with RUN --mount=type=secret,id=${id} where the build needs it)`, safe: false, edits: [edit] }] : [],
            message: `${kw} '${src.value}' puts ${file.description} into an image layer, readable by anyone with the image (deleting it later does not remove it); use RUN --mount=type=secret,id=${id} during the build or pass it at run time${why ? ` (a lesser risk: ${why}; make sure it is a test fixture, not a real key)` : ''}`,
            ...(why ? { severity: 'info' as const } : {}),
          });
        }
      }
    }
  },
};

export default rule;
