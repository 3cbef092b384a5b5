import doc from './no-eol-base-image.md';
import { endOfLife } from '../../knowledge/images.js';
import type { DockerfileModel, ImageRef, Stage } from '../../parse/dockerfile.js';
import type { Fix } from '../types.js';
import type { DockerfileRule } from '../kinds.js';
import { eolClauses, externalStages, isLiteralImage, moveTitle, supportedRef, todayFrom } from '../../model/base-image.js';

type ImageStage = Stage & { image: ImageRef };

/**
 * "Move to <image>": the same image with each end-of-life part of its tag
 * (the runtime or distribution release, a `-buster` or `-alpine3.17`
 * suffix) replaced by the supported one, variant suffixes kept, in every
 * `FROM` that names it; a digest is dropped and the title says so.
 */
function moveFix(stages: ImageStage[], facts: Parameters<typeof supportedRef>[1]): Fix | undefined {
  const { image } = stages[0];
  if (stages.some((s) => !isLiteralImage(s) || s.imageRange.start.line !== s.imageRange.end.line)) return undefined;
  const next = supportedRef(image, facts);
  if (!next) return undefined;
  return { title: moveTitle(next, !!image.digest), safe: false, edits: stages.map((s) => ({ range: s.imageRange, newText: next })) };
}

/** The stages that start from each end-of-life image, in file order, grouped by the image as written. */
function byImage(model: DockerfileModel): ImageStage[][] {
  const groups = new Map<string, ImageStage[]>();
  for (const stage of externalStages(model)) {
    const key = stage.image.text;
    const group = groups.get(key);
    if (group) group.push(stage);
    else groups.set(key, [stage]);
  }
  return [...groups.values()];
}

/** A base image whose language runtime or distribution release is past end of life, once per image and file. */
const rule: DockerfileRule = {
  meta: {
    id: 'no-eol-base-image',
    kind: 'dockerfile',
    title: 'Base image is past end of life',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check({ model, options, report, path }) {
    const today = todayFrom(options);
    for (const stages of byImage(model)) {
      const [first, ...others] = stages;
      const facts = endOfLife(first.image, today);
      if (facts.length === 0) continue;
      const fix = moveFix(stages, facts);
      const also = others.map((s) => s.imageRange.start.line + 1);
      report({
        range: first.imageRange,
        fixes: fix ? [fix] : [],
        message: `'${first.image.text}': ${eolClauses(facts)}${also.length ? ` (also the base of the FROM on line${also.length > 1 ? 's' : ''} ${also.join(', ')})` : ''}`,
        ...(others.length ? { related: others.map((s) => ({ path, range: s.imageRange, message: `'${s.image.text}' again: past end of life` })) } : {}),
      });
    }
  },
};

export default rule;
