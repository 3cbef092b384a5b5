/** Markdown shown when hovering the image of a `FROM`: what Shipshape knows about it offline. */
import { defaultUser, imageFamily } from '../knowledge/images.js';
import type { DockerfileModel } from '../parse/dockerfile.js';
import type { Position, Range } from '../rules/types.js';

const contains = (r: Range, p: Position) =>
  (p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character))
  && (p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character));

/** Hover text for the `FROM` image under the position, if any. */
export function imageHover(model: DockerfileModel, pos: Position): { markdown: string; range: Range } | undefined {
  const stage = model.stages.find((s) => contains(s.imageRange, pos));
  if (!stage) return undefined;
  const lines: string[] = [];
  if (stage.parent) {
    lines.push(`**Stage \`${stage.parent.name}\`** (line ${stage.parent.from.getRange().start.line + 1}): this stage builds on it and inherits its user and environment.`);
  } else if (stage.scratch) {
    lines.push('**scratch**: an empty image. Only what you copy in exists; there is no shell, no users file and no CA certificates unless you add them.');
  } else if (!stage.image) {
    lines.push(`**\`${stage.rawImage}\`**: the image comes from a build argument without a default, so Shipshape cannot tell which image this is.`);
  } else {
    const img = stage.image;
    lines.push(`**\`${img.text}\`**`);
    if (img.text !== stage.rawImage) lines.push(`Resolved from \`${stage.rawImage}\` with the ARG defaults.`);
    lines.push('');
    lines.push(`- Pinned: ${img.digest ? `by digest \`${img.digest.slice(0, 19)}…\`` : img.tag ? (img.tag === 'latest' ? 'no — `latest` moves' : `tag \`${img.tag}\` (tags can move; a digest cannot)`) : 'no tag (means `latest`)'}`);
    const user = defaultUser(img);
    lines.push(`- Default user: ${user ? `\`${user}\`` : 'root, unless the image sets another (most do not)'}`);
    const family = imageFamily(img);
    if (family !== 'unknown') lines.push(`- Family: ${family}`);
  }
  return { markdown: lines.join('\n'), range: stage.imageRange };
}
