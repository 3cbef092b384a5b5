import doc from './copy-from-stage-root.md';
import { stageChain, type Stage } from '../../parse/dockerfile.js';
import type { DockerfileRule } from '../kinds.js';
import { copyArgs } from './lib/instructions.js';
import { withTriggers } from './lib/onbuild.js';

/**
 * Whether a stage's filesystem is a whole system: built on an image and
 * changed by instructions of its own. A stage on `scratch` holds only what was
 * copied into it; a stage whose base is unknown (`FROM bin-${TARGETOS}`, one
 * of several scratch stages) is not judged.
 */
function holdsASystem(stage: Stage | undefined): boolean {
  if (!stage) return false;
  const chain = stageChain(stage);
  const root = chain.at(-1)!;
  // An image resolved from defaults that are themselves expressions (`${X:-"y"}`) is not known.
  if (root.scratch || !root.image || /[${}"']/.test(root.image.text)) return false;
  // A bare `FROM image AS name` stands for that image, like `COPY --from=image`.
  return chain.some((s) => s.instructions.length > 0);
}

/** `COPY --from=build / /`: a whole stage's filesystem copied into this one. */
const rule: DockerfileRule = {
  meta: {
    id: 'copy-from-stage-root',
    kind: 'dockerfile',
    title: 'COPY --from copies a whole filesystem',
    defaultSeverity: 'warning',
    fix: 'none',
    equivalents: ['hadolint:DL3067'],
    doc,
  },
  check({ model, report }) {
    const copies = withTriggers(model, 'COPY');
    // Stages by name and by index, built once: a lookup per COPY would scan every stage.
    let byRef: Map<string, Stage> | undefined;
    const stageOf = (ref: string) => {
      if (!byRef) {
        byRef = new Map();
        for (const st of model.stages) {
          byRef.set(String(st.index), st);
          if (st.name && !byRef.has(st.name)) byRef.set(st.name, st);
        }
      }
      return byRef.get(ref) ?? byRef.get(ref.toLowerCase());
    };
    for (const instr of copies) {
      const { flags, sources } = copyArgs(instr);
      const from = flags.find((f) => f.getName().toLowerCase() === 'from')?.getValue();
      if (!from) continue;
      const roots = sources.filter((src) => /^\/+(?:\.\/*|\*)?$/.test(src.value.replace(/^(["'])(.*)\1$/, '$2')));
      if (!roots.length || !holdsASystem(stageOf(from))) continue;
      for (const src of roots) {
        const value = src.value.replace(/^(["'])(.*)\1$/, '$2');
        report({
          range: src.range,
          message: `COPY --from=${from} ${value} copies the whole filesystem of '${from}', with its OS, package manager and build tools; copy only the paths the image needs`,
        });
      }
    }
  },
};

export default rule;
