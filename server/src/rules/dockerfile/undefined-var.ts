import doc from './undefined-var.md';
import { imageEnv } from '../../knowledge/image-env.js';
import { stageChain } from '../../parse/dockerfile.js';
import type { DockerfileRule } from '../kinds.js';
import { propertiesOf, stageVariables } from './lib/instructions.js';
import { closest } from './lib/suggest.js';
import { renameRefEdit, variableRefs } from './lib/variables.js';

/** Instructions whose arguments BuildKit expands with the build's variables. */
const EXPANDED = new Set(['ADD', 'COPY', 'ENV', 'EXPOSE', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR', 'ARG']);

/** Build arguments every build has without an ARG. */
const PREDEFINED = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy'];

/** `$NAME` in an expanded instruction where no ARG or ENV (nor the base image) defines NAME. */
const rule: DockerfileRule = {
  meta: {
    id: 'undefined-var',
    kind: 'dockerfile',
    title: 'Variable used but never defined',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['buildkit:UndefinedVar'],
    doc,
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const root = stageChain(stage).at(-1)!;
      // What the base image sets is known for scratch and the official images only.
      const env = root.scratch ? new Set<string>() : root.image ? imageEnv(root.image) : undefined;
      if (!env) continue;
      // ENVs of the stages it is built FROM carry over; their ARGs do not.
      const inherited = stage.parent ? [...stageVariables(model, stage.parent)].filter(([, b]) => b.kind === 'ENV').map(([n]) => n) : [];
      const defined = new Set([...env, ...PREDEFINED, ...inherited]);
      for (const instr of stage.instructions) {
        const kw = instr.getKeyword();
        const refs = EXPANDED.has(kw) ? variableRefs(model, instr).filter((r) => !r.modifier || r.modifier.endsWith('?')) : [];
        // `ARG A=1 B=$A` and `ENV` see only what was defined before the instruction.
        for (const ref of refs) {
          if (defined.has(ref.name)) continue;
          const hint = closest(ref.name, defined);
          report({
            range: ref.range,
            fixes: hint ? [{ title: `Use $${hint} instead of $${ref.name}`, safe: false, edits: [renameRefEdit(model, ref, hint)] }] : [],
            message: `Usage of undefined variable '$${ref.name}'${hint ? ` (did you mean $${hint}?)` : ''}: it expands to an empty string`,
          });
        }
        if (kw === 'ENV' || kw === 'ARG') for (const p of propertiesOf(instr)) if (kw === 'ARG' || p.getValue() !== null) defined.add(p.getName());
      }
    }
  },
};

export default rule;
