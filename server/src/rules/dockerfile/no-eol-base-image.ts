import doc from './no-eol-base-image.md';
import { PRODUCTS } from '../../knowledge/base-images.js';
import { endOfLife, type LifecycleFact } from '../../knowledge/images.js';
import type { ImageRef, Stage } from '../../parse/dockerfile.js';
import type { Fix } from '../types.js';
import type { DockerfileRule } from '../kinds.js';
import { externalStages, isLiteralImage } from '../../model/base-image.js';

/** Products whose own image the knowledge names the release of in the tag's leading version (or code name). */
const OWN = new Set(['python', 'golang', 'ruby', 'php', 'node', 'postgres', 'debian', 'ubuntu', 'alpine', 'dotnet']);

/** The tag with one end-of-life fact replaced by the supported release; undefined when no mechanical rewrite is known. */
function retag(tag: string, fact: LifecycleFact, own: boolean): string | undefined {
  const current = PRODUCTS[fact.product]?.current;
  if (!current || fact.deprecated) return undefined;
  if (own && OWN.has(fact.product)) {
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
  return undefined;
}

/**
 * "Move to <image>": the same image with each end-of-life part of its tag
 * (the runtime or distribution release, a `-buster` or `-alpine3.17`
 * suffix) replaced by the supported one, variant suffixes kept; a digest is
 * dropped and the title says so.
 */
function moveFix(stage: Stage & { image: ImageRef }, facts: LifecycleFact[]): Fix | undefined {
  const { image } = stage;
  const r = stage.imageRange;
  if (!image.tag || !isLiteralImage(stage) || r.start.line !== r.end.line) return undefined;
  const tagless = image.text.slice(0, image.text.length - (image.digest ? image.digest.length + 1 : 0) - image.tag.length - 1);
  const name = image.repository.split('/').pop() ?? '';
  let tag: string | undefined = image.tag;
  for (const fact of facts) {
    const own = fact.product === name || (fact.product === 'golang' && name === 'golang') || (fact.product === 'dotnet' && image.registry === 'mcr.microsoft.com' && !image.repository.includes('core/'));
    tag = tag === undefined ? undefined : retag(tag, fact, own);
  }
  if (!tag || tag === image.tag) return undefined;
  const next = `${tagless}:${tag}`;
  return {
    title: image.digest
      ? `Move to ${next} (a supported release; the digest was dropped: pin it again)`
      : `Move to ${next} (a supported release: check the application still works on it)`,
    safe: false,
    edits: [{ range: r, newText: next }],
  };
}

/** Today's date as YYYY-MM-DD, or the `today` option (tests and reproducible CI runs pass one). */
function todayFrom(options: Record<string, unknown>): string {
  const t = options.today;
  if (typeof t === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  return new Date().toISOString().slice(0, 10);
}

/** A base image whose language runtime or distribution release is past end of life. */
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
  check({ model, options, report }) {
    const today = todayFrom(options);
    for (const stage of externalStages(model)) {
      const facts = endOfLife(stage.image, today);
      if (facts.length === 0) continue;
      const parts = facts.map((f) => f.deprecated
        ? `${f.label} is deprecated upstream since ${f.eol}; use ${f.replacement}`
        : `${f.label} reached end of life on ${f.eol}; use ${f.replacement}`);
      const fix = moveFix(stage, facts);
      report({
        range: stage.imageRange,
        fixes: fix ? [fix] : [],
        message: `'${stage.image.text}': ${parts.join('; ')}`,
      });
    }
  },
};

export default rule;
