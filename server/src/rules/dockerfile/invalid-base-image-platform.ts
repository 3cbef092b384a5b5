import doc from './invalid-base-image-platform.md';
import type { DockerfileRule } from '../kinds.js';
import { imageOperatingSystem } from '../../knowledge/images.js';
import { baseImageFacts, externalStages, stagePlatform } from '../../model/base-image.js';

/** `os/arch[/variant]` split; `arm64` means `arm64/v8`. */
function parts(platform: string): { os: string; arch: string; variant?: string } {
  const [os, arch, variant] = platform.toLowerCase().split('/');
  return { os, arch, variant: arch === 'arm64' && variant === 'v8' ? undefined : variant };
}

/** Whether an image built for `actual` serves a build that asks for `wanted` (a variant is only compared when asked for). */
function serves(wanted: string, actual: string): boolean {
  const w = parts(wanted);
  const a = parts(actual);
  return w.os === a.os && w.arch === a.arch && (w.variant === undefined || w.variant === a.variant);
}

/**
 * `FROM --platform=<os/arch>` of an image not published for that platform:
 * from the registry's answer when resolution is on (a single-platform image
 * comes back for another platform, or a multi-platform image has no entry
 * for it), else from the operating systems known offline (Windows images,
 * Linux-only families).
 */
const rule: DockerfileRule = {
  meta: {
    id: 'invalid-base-image-platform',
    kind: 'dockerfile',
    title: 'Base image is not published for the platform FROM asks for',
    defaultSeverity: 'warning',
    fix: 'none',
    equivalents: ['buildkit:InvalidBaseImagePlatform'],
    doc,
  },
  check({ model, project, report }) {
    for (const stage of externalStages(model)) {
      const wanted = stagePlatform(model, stage);
      const flag = stage.from.getPlatformFlag();
      if (!wanted || !flag) continue;
      const facts = baseImageFacts(model, stage, project);
      if (facts?.platform) {
        if (!serves(wanted, facts.platform)) {
          report({ range: flag.getRange(), message: `'${stage.image.text}' is published for ${facts.platform} only, not ${wanted}: the build pulls the ${facts.platform} image and runs it emulated, or fails` });
        }
        continue;
      }
      let offered: readonly string[] | undefined;
      try {
        offered = facts ? undefined : project.imagePlatforms?.(stage.image.text, wanted);
      } catch {
        offered = undefined;
      }
      if (offered?.length) {
        if (!offered.some((p) => serves(wanted, p))) {
          report({ range: flag.getRange(), message: `'${stage.image.text}' is published for ${offered.join(', ')}, not for ${wanted}: the build fails to pull it` });
        }
        continue;
      }
      const os = imageOperatingSystem(stage.image);
      if (os && os !== parts(wanted).os) {
        report({ range: flag.getRange(), message: `'${stage.image.text}' is a ${os === 'windows' ? 'Windows' : 'Linux'} image: it has no ${wanted} variant, so the build fails or runs the wrong image` });
      }
    }
  },
};

export default rule;
