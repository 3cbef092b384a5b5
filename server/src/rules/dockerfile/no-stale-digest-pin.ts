import doc from './no-stale-digest-pin.md';
import { parseImageRef } from '../../parse/dockerfile.js';
import type { DockerfileRule } from '../kinds.js';
import { externalStages, isLiteralImage, shortDigest, stagePlatform, taggedRef } from '../../model/base-image.js';

/** A `FROM tag@digest` whose tag now points to other content (needs registry resolution, opt-in). */
const rule: DockerfileRule = {
  meta: {
    id: 'no-stale-digest-pin',
    kind: 'dockerfile',
    title: 'The pinned digest is no longer what its tag points to',
    defaultSeverity: 'info',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check({ model, project, report }) {
    if (!project.image) return;
    for (const stage of externalStages(model)) {
      const pinned = stage.image.digest;
      const tagged = taggedRef(stage.image);
      if (!pinned || !tagged) continue;
      const facts = project.image(tagged, stagePlatform(model, stage));
      if (!facts || facts.digest === pinned || facts.manifestDigest === pinned) continue;
      const r = stage.imageRange;
      const editable = isLiteralImage(stage) && r.start.line === r.end.line && stage.rawImage.endsWith(`@${pinned}`);
      const tag = parseImageRef(tagged)?.tag ?? '';
      report({
        range: r,
        message: `'${tagged}' now points to ${shortDigest(facts.digest)}, not the pinned ${shortDigest(pinned)}: the tag was re-pushed (often with security fixes); review the new image and update the digest`,
        fixes: editable ? [{
          title: `Update the digest to what ${tag} points to now (${shortDigest(facts.digest)})`,
          safe: false,
          edits: [{ range: { start: { line: r.end.line, character: r.end.character - pinned.length }, end: r.end }, newText: facts.digest }],
        }] : [],
      });
    }
  },
};

export default rule;
