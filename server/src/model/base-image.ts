/** The external images a Dockerfile's stages start from, and edits to their tags. */
import { currentTag } from '../knowledge/images.js';
import { stageChain, substitute, type DockerfileModel, type ImageRef, type Stage } from '../parse/dockerfile.js';
import type { Fix, ImageFacts, ProjectView } from '../text.js';

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

/**
 * The platform a stage's `FROM --platform=…` asks for, after ARG defaults;
 * undefined when none is written or it names a build-time variable
 * (`$BUILDPLATFORM`), which means the machine that builds.
 */
export function stagePlatform(model: DockerfileModel, stage: Stage): string | undefined {
  const flag = stage.from.getPlatformFlag()?.getValue();
  if (!flag) return undefined;
  const value = substitute(flag, model.globalArgs);
  return value && /^[a-z0-9_.-]+\/[a-z0-9_.-]+(?:\/[a-z0-9_.-]+)?$/i.test(value) ? value.toLowerCase() : undefined;
}

/** The reference without its digest (`python:3.12@sha256:…` → `python:3.12`); undefined when it has no tag to resolve. */
export function taggedRef(image: ImageRef): string | undefined {
  if (!image.digest || image.tag === undefined) return undefined;
  return image.text.slice(0, image.text.lastIndexOf('@'));
}

/**
 * What the registry says about the image a stage is built from (following
 * `FROM <earlier stage>`), when a front end resolved it; undefined otherwise.
 */
export function baseImageFacts(model: DockerfileModel, stage: Stage, project: ProjectView | undefined): ImageFacts | undefined {
  const root = stageChain(stage).at(-1);
  if (!root?.image || !project?.image) return undefined;
  try {
    return project.image(root.image.text, stagePlatform(model, root));
  } catch {
    return undefined;
  }
}

/**
 * "Pin to digest": the reference with the digest its tag points to now,
 * the tag kept for readability. Safe: the image stays the one the tag names
 * today. Undefined when the image is not written literally or on one line.
 */
export function pinToDigestFix(stage: Stage, facts: ImageFacts): Fix | undefined {
  const image = stage.image;
  if (!image || image.digest || !isLiteralImage(stage)) return undefined;
  const r = stage.imageRange;
  if (r.start.line !== r.end.line) return undefined;
  return {
    title: `Pin to digest ${shortDigest(facts.digest)} (keeps the tag)`,
    safe: true,
    edits: [{ range: { start: r.end, end: r.end }, newText: `@${facts.digest}` }],
  };
}

/** `sha256:0123456789ab…` for titles and messages. */
export function shortDigest(digest: string): string {
  const colon = digest.indexOf(':');
  return `${digest.slice(0, colon + 13)}…`;
}

/**
 * An untagged or `latest` official image written with the supported tag the
 * knowledge names (`python` → `python:3.13`), or undefined when it names none
 * or the reference has a digest.
 */
export function currentPin(image: ImageRef): string | undefined {
  if (image.digest) return undefined;
  const tag = currentTag(image);
  if (!tag) return undefined;
  const base = image.tag === undefined ? image.text : image.text.slice(0, image.text.length - image.tag.length - 1);
  return `${base}:${tag}`;
}
