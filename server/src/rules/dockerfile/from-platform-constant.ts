import doc from './from-platform-constant.md';
import type { DockerfileRule } from '../kinds.js';

/** `FROM --platform=linux/amd64`: a platform fixed in the file instead of chosen by the build. */
const rule: DockerfileRule = {
  meta: {
    id: 'from-platform-constant',
    kind: 'dockerfile',
    title: 'FROM --platform uses a constant value',
    defaultSeverity: 'info',
    fix: 'none',
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
      report({ range: flag.getRange(), message: `FROM --platform flag should not use constant value "${value}": the image then always runs emulated on other platforms; leave the platform to the build` });
    }
  },
};

export default rule;
