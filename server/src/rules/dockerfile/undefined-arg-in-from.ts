import doc from './undefined-arg-in-from.md';
import type { DockerfileRule } from '../kinds.js';
import { closest } from './lib/suggest.js';
import { renameRefEdit, variableRefsIn } from './lib/variables.js';

/** The platform arguments BuildKit defines for every `FROM`. */
export const PLATFORM_ARGS = ['BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT', 'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT'];

/** `FROM ${X}` where X is no ARG above the first FROM (nor a platform argument). */
const rule: DockerfileRule = {
  meta: {
    id: 'undefined-arg-in-from',
    kind: 'dockerfile',
    title: 'FROM uses an ARG that is not declared',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['buildkit:UndefinedArgInFrom'],
    doc,
  },
  check({ model, report }) {
    const known = new Set([...model.globalArgs.keys(), ...PLATFORM_ARGS]);
    for (const stage of model.stages) {
      const platform = stage.from.getPlatformFlag()?.getValueRange();
      const refs = [...(platform ? variableRefsIn(model, platform) : []), ...variableRefsIn(model, stage.imageRange)];
      for (const ref of refs) {
        // `${X:-default}` and `${X:+alt}` say what happens when X is not set.
        if (known.has(ref.name) || (ref.modifier && !ref.modifier.endsWith('?'))) continue;
        const hint = closest(ref.name, known);
        report({
          range: ref.range,
          fixes: hint ? [{ title: `Use ${hint} instead of ${ref.name}`, safe: false, edits: [renameRefEdit(model, ref, hint)] }] : [],
          message: `FROM argument '${ref.name}' is not declared${hint ? ` (did you mean ${hint}?)` : ''}: declare it with ARG above the first FROM`,
        });
      }
    }
  },
};

export default rule;
