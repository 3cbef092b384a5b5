/** The external images a Dockerfile's stages start from, and edits to their tags. */
import { PRODUCTS } from '../knowledge/base-images.js';
import { currentTag, type LifecycleFact } from '../knowledge/images.js';
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

/** Products whose own image the knowledge names the release of in the tag's leading version (or code name). */
const OWN_RELEASE = new Set(['python', 'golang', 'ruby', 'php', 'node', 'postgres', 'debian', 'ubuntu', 'alpine', 'dotnet', 'java', 'mysql', 'redis', 'mongo']);

/** The repository name a product's own image has, where it differs from the product id. */
const OWN_IMAGE: Record<string, string> = { java: 'eclipse-temurin' };

/** The tag with one end-of-life fact replaced by the supported release; undefined when no mechanical rewrite is known. */
function retag(tag: string, fact: LifecycleFact, own: boolean): string | undefined {
  const current = PRODUCTS[fact.product]?.current;
  if (!current || fact.deprecated) return undefined;
  if (own && OWN_RELEASE.has(fact.product)) {
    const lead = /^(\d+(?:\.\d+)*|[a-z]+)(?=$|[-_])/.exec(tag);
    return lead ? current + tag.slice(lead[0].length) : undefined;
  }
  if (fact.product === 'debian') {
    const next = tag.replace(/(^|-)(jessie|stretch|buster|bullseye|bookworm)(?=-|$)/, `$1${current}`);
    return next !== tag ? next : undefined;
  }
  if (fact.product === 'alpine') {
    const next = tag.replace(/(^|-)alpine\d+\.\d+(?:\.\d+)?(?=-|$)/, `$1alpine${current}`);
    return next !== tag ? next : undefined;
  }
  if (fact.product === 'java') {
    const next = tag.replace(/(^|-)((?:eclipse-)?temurin-)\d+(?=-|$)/, `$1$2${current}`);
    return next !== tag ? next : undefined;
  }
  return undefined;
}

/**
 * The reference with each end-of-life part of its tag (the runtime or
 * distribution release, a `-buster`, `-alpine3.17` or `-eclipse-temurin-24`
 * suffix) replaced by the supported one, variant suffixes kept and a digest
 * dropped; undefined when no mechanical rewrite is known.
 */
export function supportedRef(image: ImageRef, facts: LifecycleFact[]): string | undefined {
  if (!image.tag) return undefined;
  const tagless = image.text.slice(0, image.text.length - (image.digest ? image.digest.length + 1 : 0) - image.tag.length - 1);
  const name = image.repository.split('/').pop() ?? '';
  let tag: string | undefined = image.tag;
  for (const fact of facts) {
    const own = fact.product === name || OWN_IMAGE[fact.product] === name || (fact.product === 'dotnet' && image.registry === 'mcr.microsoft.com' && !image.repository.includes('core/'));
    tag = tag === undefined ? undefined : retag(tag, fact, own);
  }
  if (!tag || tag === image.tag) return undefined;
  return `${tagless}:${tag}`;
}

/** "Move to …" for an end-of-life image: the title says a digest was dropped, or that the application must be checked. */
export function moveTitle(next: string, hadDigest: boolean): string {
  return hadDigest
    ? `Move to ${next} (a supported release; the digest was dropped: pin it again)`
    : `Move to ${next} (a supported release: check the application still works on it)`;
}

/** What is past end of life about an image, one clause per fact. */
export function eolClauses(facts: LifecycleFact[]): string {
  return facts.map((f) => f.deprecated
    ? `${f.label} is deprecated upstream since ${f.eol}; use ${f.replacement}`
    : `${f.label} reached end of life on ${f.eol}; use ${f.replacement}`).join('; ');
}

const DAY_MS = 86_400_000;
/** The UTC day last formatted and the clock times it spans. */
const today = { day: '', from: 0, until: 0 };

/** Today's date as YYYY-MM-DD, or a rule's `today` option (tests and reproducible CI runs pass one). */
export function todayFrom(options: Record<string, unknown>): string {
  const t = options.today;
  if (typeof t === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const now = Date.now();
  if (now < today.from || now >= today.until) {
    // Formatting a Date is measurable when every file asks: the day is kept until the clock leaves it.
    const from = Math.floor(now / DAY_MS) * DAY_MS;
    today.day = new Date(from).toISOString().slice(0, 10);
    today.from = from;
    today.until = from + DAY_MS;
  }
  return today.day;
}

