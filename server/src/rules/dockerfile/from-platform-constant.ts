import doc from './from-platform-constant.md';
import type { DockerfileRule } from '../kinds.js';
import { removeWordEdit } from './lib/run.js';

/** `FROM --platform=linux/amd64`: a platform fixed in the file instead of chosen by the build. */
const rule: DockerfileRule = {
  meta: {
    id: 'from-platform-constant',
    kind: 'dockerfile',
    title: 'FROM --platform uses a constant value',
    defaultSeverity: 'info',
    fix: 'unsafe',
    equivalents: ['hadolint:DL3029', 'buildkit:FromPlatformFlagConstDisallowed'],
    doc,
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const flag = stage.from.getPlatformFlag();
      const value = flag?.getValue()?.trim();
      if (!flag || !value || value.includes('$')) continue;
      // A stage named for its platform (`AS build_amd64`) is one of several picked by `FROM build_${TARGETARCH}`.
      const parts = value.toLowerCase().split('/').filter(Boolean);
      if (stage.name && parts.some((p) => stage.name!.includes(p))) continue;
      const edit = removeWordEdit(model, flag.getRange());
      report({
        range: flag.getRange(),
        fixes: edit ? [{ title: `Remove --platform=${value} (the stage then follows the target platform; pass docker build --platform ${value} to keep it)`, safe: false, edits: [edit] }] : [],
        message: `FROM --platform flag should not use constant value "${value}": the image then always runs emulated on other platforms; leave the platform to the build`,
      });
    }
  },
};

export default rule;
