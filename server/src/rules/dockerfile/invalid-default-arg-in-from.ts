import doc from './invalid-default-arg-in-from.md';
import { substitute } from '../../parse/dockerfile.js';
import type { DockerfileRule } from '../kinds.js';
import { PLATFORM_ARGS } from './undefined-arg-in-from.js';
import { variableRefsIn } from './lib/variables.js';

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
/** A Docker image reference: [domain[:port]/]path[:tag][@digest]. */
const REFERENCE = new RegExp(`^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\\[[0-9A-Fa-f:]+\\])(?::[0-9]+)?/)?${COMPONENT}(?:/${COMPONENT})*(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$`);

/** Values a platform argument takes on a typical builder, enough to judge the shape of the reference. */
const PLATFORM_SAMPLE: Record<string, string> = {
  BUILDPLATFORM: 'linux/amd64', TARGETPLATFORM: 'linux/amd64', BUILDOS: 'linux', TARGETOS: 'linux', BUILDARCH: 'amd64', TARGETARCH: 'amd64', BUILDVARIANT: '', TARGETVARIANT: '',
};

/** `ARG TAG` + `FROM busybox:${TAG}`: with the defaults as written, the base image name is empty or invalid. */
const rule: DockerfileRule = {
  meta: {
    id: 'invalid-default-arg-in-from',
    kind: 'dockerfile',
    title: 'ARG defaults give FROM an empty or invalid image',
    defaultSeverity: 'info',
    fix: 'none',
    equivalents: ['buildkit:InvalidDefaultArgInFrom'],
    doc,
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      if (!stage.rawImage.includes('$')) continue;
      const refs = variableRefsIn(model, stage.imageRange);
      // An undeclared name is undefined-arg-in-from's concern.
      if (refs.length === 0 || refs.some((r) => !model.globalArgs.has(r.name) && !PLATFORM_ARGS.includes(r.name))) continue;
      const values = new Map<string, string | undefined>(Object.entries(PLATFORM_SAMPLE));
      // A default may use the arguments declared before it (`ARG CLI=${VERSION}`).
      for (const [name, value] of model.globalArgs) values.set(name, value === undefined ? '' : substitute(value, values) ?? '');
      const expanded = substitute(stage.rawImage, values);
      if (expanded === undefined) continue;
      const image = expanded.replace(/["']/g, '');
      const lower = image.toLowerCase();
      if (model.stages.some((s) => s.index < stage.index && s.name === lower)) continue;
      if (image !== '' && REFERENCE.test(image)) continue;
      report({
        range: stage.imageRange,
        message: `Default value for ARG ${stage.rawImage} results in empty or invalid base image name${image === '' ? '' : ` '${image}'`}: give the ARG a default that names an image`,
      });
    }
  },
};

export default rule;
