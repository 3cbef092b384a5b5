/** Markdown shown when hovering the image of a `FROM`: what Shipshape knows about it offline. */
import { EOL_DATA_DATE } from '../knowledge/base-images.js';
import { currentTag, defaultUser, imageEcosystemOf, imageFamily, lifecycleOf, type RuntimeFlavour } from '../knowledge/images.js';
import { matchRuntime, profileOfImage } from '../knowledge/runtime-versions.js';
import type { DockerfileModel, ImageRef } from '../parse/dockerfile.js';
import { stagePlatform, taggedRef } from '../model/base-image.js';
import type { ImageFacts, Position, ProjectView, Range } from '../rules/types.js';

const contains = (r: Range, p: Position) =>
  (p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character))
  && (p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character));

const FLAVOURS: RuntimeFlavour[] = ['distroless', 'chainguard', 'slim', 'alpine'];

function pinning(img: ImageRef): string {
  if (img.digest) return `by digest \`${img.digest.slice(0, 19)}…\` (immutable)`;
  if (!img.tag) return 'no tag (means `latest`, which moves)';
  if (img.tag === 'latest') return 'no — `latest` moves with every release';
  return `tag \`${img.tag}\` (tags can move; a digest cannot)`;
}

function lifecycleLines(img: ImageRef, today: string): string[] {
  const lines: string[] = [];
  for (const f of lifecycleOf(img)) {
    const past = f.eol <= today;
    if (f.deprecated) lines.push(`- Lifecycle: **${f.label} is deprecated** upstream since ${f.eol}; use ${f.replacement} ([source](${f.source.split(' ')[0]}))`);
    else if (past) lines.push(`- Lifecycle: **${f.label} reached end of life on ${f.eol}**: no more security fixes; use ${f.replacement} ([source](${f.source.split(' ')[0]}))`);
    else lines.push(`- Lifecycle: ${f.label} is supported until ${f.eol} ([source](${f.source.split(' ')[0]}))`);
  }
  const current = (!img.tag || img.tag === 'latest') && !img.digest ? currentTag(img) : undefined;
  if (current) lines.push(`- Current supported release: \`${img.repository.replace(/^library\//, '')}:${current}\` (as of ${EOL_DATA_DATE})`);
  return lines;
}

function alternativeLines(img: ImageRef): string[] {
  const eco = imageEcosystemOf(img);
  const family = imageFamily(img);
  if (!eco || eco === 'static' || family === 'distroless' || family === 'chainguard') return [];
  // The same pairing as the harden plan: only a runtime with this image's language version and libc.
  const profile = profileOfImage(eco, img);
  const out: string[] = [];
  const seen = new Set([img.text]);
  for (const flavour of FLAVOURS) {
    const r = matchRuntime(profile, flavour);
    if ('reason' in r) continue;
    if (r.fallback && (flavour === 'distroless' || flavour === 'chainguard')) {
      out.push(`  - ${flavour}: none fits — ${r.fallback}`);
      continue;
    }
    if (seen.has(r.image)) continue;
    seen.add(r.image);
    const traits = [r.shell ? 'shell' : 'no shell', `runs as ${r.user}`];
    out.push(`  - ${flavour}: \`${r.image}\` (${traits.join(', ')}${r.notes.length ? `; ${r.notes.join('; ')}` : ''})`);
  }
  return out.length ? ['- Smaller, hardened runtimes for the final stage:', ...out] : [];
}

function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

/** The lines a registry's answer adds: digest, created, default user, ports, size; and whether a pin is stale. */
function registryLines(facts: ImageFacts, img: ImageRef, current: ImageFacts | undefined): string[] {
  const lines = [`- Registry digest: \`${facts.digest}\``];
  if (facts.manifestDigest !== facts.digest) lines.push(`- ${facts.platform ?? 'Platform'} manifest: \`${facts.manifestDigest}\``);
  if (current && img.digest && current.digest !== img.digest && current.manifestDigest !== img.digest) {
    lines.push(`- **Stale pin**: \`${img.tag}\` now points to \`${current.digest}\``);
  }
  if (facts.created) lines.push(`- Created: ${facts.created.replace(/\.\d+Z$/, 'Z')}`);
  lines.push(`- Default user (image config): ${facts.user.trim() ? `\`${facts.user.trim()}\`` : 'none set, so root'}`);
  lines.push(`- Exposed ports: ${facts.exposedPorts?.length ? facts.exposedPorts.map((p) => `\`${p}\``).join(', ') : 'none'}`);
  if (facts.size !== undefined) lines.push(`- Size: ${bytes(facts.size)} compressed${facts.platform ? ` (${facts.platform})` : ''}`);
  return lines;
}

/**
 * Hover text for the `FROM` image under the position, if any: pinning,
 * end-of-life status, default user, family and hardened alternatives.
 * `today` (YYYY-MM-DD) defaults to the current date.
 */
export function imageHover(model: DockerfileModel, pos: Position, today = new Date().toISOString().slice(0, 10), project?: ProjectView): { markdown: string; range: Range } | undefined {
  const stage = model.stages.find((s) => contains(s.imageRange, pos));
  if (!stage) return undefined;
  const lines: string[] = [];
  if (stage.parent) {
    lines.push(`**Stage \`${stage.parent.name}\`** (line ${stage.parent.from.getRange().start.line + 1}): this stage builds on it and inherits its user and environment.`);
  } else if (stage.scratch) {
    lines.push('**scratch**: an empty image. Only what you copy in exists; there is no shell, no users file and no CA certificates unless you add them. It runs as UID 0 unless you set `USER`.');
  } else if (!stage.image) {
    lines.push(`**\`${stage.rawImage}\`**: the image comes from a build argument without a default, so Shipshape cannot tell which image this is.`);
  } else {
    const img = stage.image;
    lines.push(`**\`${img.text}\`**`);
    if (img.text !== stage.rawImage) lines.push(`Resolved from \`${stage.rawImage}\` with the ARG defaults.`);
    lines.push('');
    lines.push(`- Pinned: ${pinning(img)}`);
    const platform = stagePlatform(model, stage);
    const facts = project?.image?.(img.text, platform);
    const tagged = taggedRef(img);
    if (facts) lines.push(...registryLines(facts, img, tagged ? project?.image?.(tagged, platform) : undefined));
    lines.push(...lifecycleLines(img, today));
    const user = defaultUser(img);
    if (!facts) lines.push(`- Default user: ${user ? `\`${user}\`` : 'root, unless the image sets another (most do not)'}`);
    const family = imageFamily(img);
    if (family !== 'unknown') lines.push(`- Family: ${family}`);
    lines.push(...alternativeLines(img));
  }
  return { markdown: lines.join('\n'), range: stage.imageRange };
}
