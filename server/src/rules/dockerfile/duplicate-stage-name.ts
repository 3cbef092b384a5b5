import doc from './duplicate-stage-name.md';
import type { DockerfileModel, Stage } from '../../parse/dockerfile.js';
import type { DockerfileRule } from '../kinds.js';
import type { Fix, TextEdit } from '../types.js';
import { copyFroms } from './lib/copy-from.js';

/**
 * Renames a repeated stage to the first free `<name>-N`, with the references
 * that follow it (`FROM <name>`, `COPY --from=<name>`) up to the next stage of
 * that name: those are the ones a reader takes to mean it.
 */
function renameFix(model: DockerfileModel, stage: Stage): Fix | undefined {
  const range = stage.from.getBuildStageRange();
  const name = stage.name!;
  if (!range) return undefined;
  const taken = new Set(model.stages.map((s) => s.name).filter(Boolean));
  let n = 2;
  while (taken.has(`${name}-${n}`)) n++;
  const newName = `${stage.from.getBuildStage() ?? name}-${n}`;
  const edits: TextEdit[] = [{ range, newText: newName }];
  const later = model.stages.slice(stage.index + 1);
  const end = later.findIndex((s) => s.name === name);
  const scope = end < 0 ? later : later.slice(0, end + 1);
  for (const s of scope) {
    if (s.rawImage.toLowerCase() === name) edits.push({ range: s.imageRange, newText: newName });
  }
  for (const c of copyFroms(model, scope)) {
    const value = c.flag.getValueRange();
    if (c.ref === name && value && c.flag.getValue() === (c.flag.getValue() ?? '').replace(/["'$]/g, '')) edits.push({ range: value, newText: newName });
  }
  return { title: `Rename this stage to ${newName} (and the references to it that follow)`, safe: false, edits };
}

/** Two stages with the same `AS` name (compared case-insensitively, as BuildKit does). */
const rule: DockerfileRule = {
  meta: {
    id: 'duplicate-stage-name',
    kind: 'dockerfile',
    title: 'Stage name used twice',
    defaultSeverity: 'error',
    fix: 'unsafe',
    equivalents: ['hadolint:DL3024', 'trivy:DS-0012', 'checkov:CKV_DOCKER_11', 'buildkit:DuplicateStageName'],
    doc,
  },
  check({ model, report }) {
    const firstOf = new Map<string, (typeof model.stages)[number]>();
    for (const stage of model.stages) {
      if (!stage.name) continue;
      const first = firstOf.get(stage.name);
      if (!first) {
        firstOf.set(stage.name, stage);
        continue;
      }
      const fix = renameFix(model, stage);
      report({
        range: stage.from.getBuildStageRange() ?? stage.from.getRange(),
        fixes: fix ? [fix] : [],
        message: `Stage name '${stage.name}' is already used on line ${first.from.getRange().start.line + 1}; stage names must be unique`,
      });
    }
  },
};

export default rule;
