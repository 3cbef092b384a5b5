import doc from './copy-relative-dest-without-workdir.md';
import type { DockerfileRule } from '../kinds.js';
import { chainOf, copyArgs } from './lib/instructions.js';

/** A destination written without quotes, escapes or variables. */
const PLAIN = /^[\w.@+-][\w./@+-]*$/;
const unquote = (s: string) => s.replace(/^(["'])(.*)\1$/, '$2');
const isAbsolute = (p: string) => p.startsWith('/') || p.startsWith('$') || /^[A-Za-z]:/.test(p) || p.startsWith('\\');

/** `COPY app.py .` in a stage that has set no WORKDIR: the file lands wherever the base image's directory is. */
const rule: DockerfileRule = {
  meta: {
    id: 'copy-relative-dest-without-workdir',
    kind: 'dockerfile',
    title: 'COPY to a relative destination with no WORKDIR set',
    defaultSeverity: 'info',
    fix: 'unsafe',
    equivalents: ['hadolint:DL3045'],
    doc,
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      let workdir = false;
      for (const instr of chainOf(stage)) {
        const kw = instr.getKeyword();
        if (kw === 'WORKDIR') workdir = true;
        if (kw !== 'COPY' || workdir || !stage.instructions.includes(instr)) continue;
        const { dest, heredoc, json } = copyArgs(instr);
        if (!dest || heredoc) continue;
        const value = json ? dest.value : unquote(dest.value);
        if (isAbsolute(value)) continue;
        const absolute = json || !PLAIN.test(dest.value) ? undefined : `/${value.replace(/^(?:\.\/)+/, '').replace(/^\.$/, '')}`;
        report({
          range: dest.range,
          fixes: absolute ? [{ title: `Copy to ${absolute} (where it lands when the base image's working directory is /)`, safe: false, edits: [{ range: dest.range, newText: absolute }] }] : [],
          message: `COPY to the relative path '${value}' with no WORKDIR set in the stage: it lands in the base image's working directory (often /); set WORKDIR or use an absolute path`,
        });
      }
    }
  },
};

export default rule;
