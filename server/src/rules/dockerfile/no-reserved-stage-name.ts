import doc from './no-reserved-stage-name.md';
import type { DockerfileModel, Stage } from '../../parse/dockerfile.js';
import type { DockerfileRule } from '../kinds.js';
import type { Fix, TextEdit } from '../types.js';
import { copyFroms } from './lib/copy-from.js';

/** Names BuildKit gives a meaning of their own. */
const RESERVED = new Set(['scratch', 'context']);

/**
 * Renames the stage to the first free `<name>-stage` (`-stage-2`, …) and the
 * `COPY --from` references to it in the stages that follow; `FROM <name>`
 * lines stay, since they are read as the reserved meaning.
 */
function renameFix(model: DockerfileModel, stage: Stage): Fix | undefined {
  const range = stage.from.getBuildStageRange();
  const name = stage.name!;
  if (!range) return undefined;
  const taken = new Set(model.stages.map((s) => s.name).filter(Boolean));
  let newName = `${stage.from.getBuildStage() ?? name}-stage`;
  for (let n = 2; taken.has(newName.toLowerCase()); n++) newName = `${stage.from.getBuildStage() ?? name}-stage-${n}`;
  const edits: TextEdit[] = [{ range, newText: newName }];
  for (const c of copyFroms(model, model.stages.slice(stage.index + 1))) {
    const value = c.flag.getValueRange();
    if (c.ref === name && value && c.flag.getValue() === (c.flag.getValue() ?? '').replace(/["'$]/g, '')) edits.push({ range: value, newText: newName });
  }
  return { title: `Rename this stage to ${newName} (and the COPY --from references to it)`, safe: false, edits };
}

/** A stage named `scratch` or `context`. */
const rule: DockerfileRule = {
  meta: {
    id: 'no-reserved-stage-name',
    kind: 'dockerfile',
    title: 'Stage uses a reserved name',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['hadolint:DL3063', 'buildkit:ReservedStageName'],
    doc,
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      if (!stage.name || !RESERVED.has(stage.name)) continue;
      const written = stage.from.getBuildStage() ?? stage.name;
      const fix = renameFix(model, stage);
      report({
        range: stage.from.getBuildStageRange() ?? stage.from.getRange(),
        fixes: fix ? [fix] : [],
        message: `'${written}' is reserved and should not be used as a stage name: ${stage.name === 'scratch' ? "'FROM scratch' means the empty image" : "'context' names the build context in COPY --from"}`,
      });
    }
  },
};

export default rule;
