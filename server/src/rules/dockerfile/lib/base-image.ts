/** The external images a Dockerfile's stages start from, and edits to their tags. */
import { currentTag } from '../../../knowledge/images.js';
import type { DockerfileModel, ImageRef, Stage } from '../../../parse/dockerfile.js';
import type { Fix } from '../../types.js';

/** Stages whose `FROM` names an image (not `scratch`, not an earlier stage) that resolves. */
export function externalStages(model: DockerfileModel): (Stage & { image: ImageRef })[] {
  return model.stages.filter((s): s is Stage & { image: ImageRef } => !s.parent && !s.scratch && s.image !== undefined);
}

/** Whether the image is written literally in `FROM` (no build argument), so an edit there changes it. */
export function isLiteralImage(stage: Stage): boolean {
  return !stage.rawImage.includes('$') && stage.image?.text === stage.rawImage;
}

/**
 * "Pin to <image>:<tag>" for an untagged or `latest` official image when the
 * knowledge names a supported tag: unsafe, since the version is a choice.
 */
export function pinToCurrentFix(stage: Stage): Fix[] {
  const image = stage.image;
  if (!image || image.digest || !isLiteralImage(stage)) return [];
  const tag = currentTag(image);
  if (!tag) return [];
  const r = stage.imageRange;
  if (r.start.line !== r.end.line) return [];
  const base = image.tag === undefined ? image.text : image.text.slice(0, image.text.length - image.tag.length - 1);
  return [{
    title: `Pin to ${base}:${tag}`,
    safe: false,
    edits: [{ range: r, newText: `${base}:${tag}` }],
  }];
}
