/**
 * Images a file pulls, for opt-in registry resolution: which references a
 * front end should resolve before analysing the file, and the "Pin to digest"
 * edits once they are resolved. Pure: the facts arrive through
 * {@link ProjectView.image}.
 */
import { isScalar, type Scalar } from 'yaml';
import { buildOf, composeFiles, imageOf, setting } from '../parse/compose.js';
import { scalarText } from '../parse/yaml-access.js';
import { parseDockerfile, parseImageRef } from '../parse/dockerfile.js';
import { kubernetesModel } from '../parse/kubernetes.js';
import { parseYaml, type YamlModel } from '../parse/yaml.js';
import { externalStages, pinToDigestFix, stagePlatform, taggedRef, shortDigest } from '../model/base-image.js';
import type { Fix, ImageFacts, ProjectView, Range } from '../rules/types.js';
import type { SourceFile } from './analyze.js';
import { detectKind } from './files.js';

/** A reference to resolve, and the platform to resolve it for (undefined: the host's). */
export interface WantedImage {
  ref: string;
  platform?: string;
}

/** An image written in a file, where, and the platform it is pulled for. */
interface ImageSite {
  ref: string;
  platform?: string;
  range: Range;
  /** Where `@digest` goes (before a closing quote in YAML). */
  insertAt: Range['end'];
  pinned: boolean;
  /** The pin edit for a Dockerfile stage (which knows when its image is not written literally). */
  pin?: (facts: ImageFacts) => Fix | undefined;
}

const literal = (ref: string) => !ref.includes('$') && !ref.includes('{{') && parseImageRef(ref) !== undefined;

function yamlSite(model: YamlModel, node: Scalar, ref: string, platform?: string): ImageSite | undefined {
  if (!literal(ref)) return undefined;
  const range = model.rangeOf(node);
  if (range.start.line !== range.end.line) return undefined;
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  if (!quoted && node.type !== 'PLAIN') return undefined;
  const insertAt = quoted ? { line: range.end.line, character: range.end.character - 1 } : range.end;
  return { ref, platform, range, insertAt, pinned: ref.includes('@') };
}

/** Every image the file pulls, with where it is written. */
function sites(file: SourceFile): ImageSite[] {
  const kind = detectKind(file.path, file.text, file.languageId);
  if (kind === 'dockerfile') {
    const model = parseDockerfile(file.text);
    return externalStages(model).map((stage) => ({
      ref: stage.image.text,
      platform: stagePlatform(model, stage),
      range: stage.imageRange,
      insertAt: stage.imageRange.end,
      pinned: stage.image.digest !== undefined,
      pin: (facts: ImageFacts) => pinToDigestFix(stage, facts),
    }));
  }
  if (kind === 'compose') {
    const model = parseYaml(file.text);
    const out: ImageSite[] = [];
    for (const compose of composeFiles(model, file.path)) {
      for (const svc of compose.services) {
        const image = imageOf(svc);
        if (!image || buildOf(svc)) continue;
        const platform = scalarText(setting(svc, 'platform')?.value)?.toLowerCase();
        const site = yamlSite(model, image.node, image.text.trim(), platform);
        if (site) out.push(site);
      }
    }
    return out;
  }
  if (kind === 'kubernetes') {
    const model = parseYaml(file.text);
    const out: ImageSite[] = [];
    for (const workload of kubernetesModel(model).workloads) {
      for (const c of workload.containers) {
        if (!c.image || !c.imageNode || !isScalar(c.imageNode)) continue;
        const site = yamlSite(model, c.imageNode, c.image.trim());
        if (site) out.push(site);
      }
    }
    return out;
  }
  return [];
}

/**
 * The references to resolve for a file: each image it pulls, and for an
 * image pinned as `tag@digest` also the tag (to tell whether the digest is
 * stale). Never throws.
 */
export function imagesToResolve(file: SourceFile): WantedImage[] {
  let found: ImageSite[];
  try {
    found = sites(file);
  } catch {
    return [];
  }
  const out: WantedImage[] = [];
  const seen = new Set<string>();
  const add = (ref: string, platform?: string) => {
    const key = `${ref}|${platform ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(platform ? { ref, platform } : { ref });
  };
  for (const s of found) {
    add(s.ref, s.platform);
    const image = s.pinned ? parseImageRef(s.ref) : undefined;
    const tagged = image ? taggedRef(image) : undefined;
    if (tagged) add(tagged, s.platform);
  }
  return out;
}

/**
 * "Pin to digest" for each resolved image of the file that has no digest
 * yet: the tag is kept, `--platform` and quotes are left as they are.
 */
export function digestPins(file: SourceFile, project: ProjectView): { range: Range; fix: Fix }[] {
  if (!project.image) return [];
  let found: ImageSite[];
  try {
    found = sites(file);
  } catch {
    return [];
  }
  const out: { range: Range; fix: Fix }[] = [];
  for (const s of found) {
    if (s.pinned) continue;
    const facts = project.image(s.ref, s.platform);
    if (!facts) continue;
    if (s.pin) {
      const fix = s.pin(facts);
      if (fix) out.push({ range: s.range, fix });
      continue;
    }
    out.push({
      range: s.range,
      fix: {
        title: `Pin to digest ${shortDigest(facts.digest)} (keeps the tag)`,
        safe: true,
        edits: [{ range: { start: s.insertAt, end: s.insertAt }, newText: `@${facts.digest}` }],
      },
    });
  }
  return out;
}
