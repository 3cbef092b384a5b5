/** Dockerfile rules, in id order. */
import type { DockerfileRule } from '../kinds.js';
import noEolBaseImage from './no-eol-base-image.js';
import noLatestTag from './no-latest-tag.js';
import noRootUser from './no-root-user.js';
import requireBaseImageTag from './require-base-image-tag.js';
import requireDigestPin from './require-digest-pin.js';
import requireUser from './require-user.js';
import trustedRegistry from './trusted-registry.js';

export const dockerfileRules: DockerfileRule[] = [
  noEolBaseImage,
  noLatestTag,
  noRootUser,
  requireBaseImageTag,
  requireDigestPin,
  requireUser,
  trustedRegistry,
];
