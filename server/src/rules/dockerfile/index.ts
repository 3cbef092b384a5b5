/** Dockerfile rules, in id order. */
import type { DockerfileRule } from '../kinds.js';
import copyIgnoredSource from './copy-ignored-source.js';
import copyLeaksSecretFiles from './copy-leaks-secret-files.js';
import copyWholeContextWithoutDockerignore from './copy-whole-context-without-dockerignore.js';
import noAddRemoteUrl from './no-add-remote-url.js';
import noCopySecretFiles from './no-copy-secret-files.js';
import noEolBaseImage from './no-eol-base-image.js';
import noLatestTag from './no-latest-tag.js';
import noRootUser from './no-root-user.js';
import noSecretValues from './no-secret-values.js';
import noSecretsInEnv from './no-secrets-in-env.js';
import preferCopyOverAdd from './prefer-copy-over-add.js';
import requireBaseImageTag from './require-base-image-tag.js';
import requireDigestPin from './require-digest-pin.js';
import requireUser from './require-user.js';
import trustedRegistry from './trusted-registry.js';

export const dockerfileRules: DockerfileRule[] = [
  copyIgnoredSource,
  copyLeaksSecretFiles,
  copyWholeContextWithoutDockerignore,
  noAddRemoteUrl,
  noCopySecretFiles,
  noEolBaseImage,
  noLatestTag,
  noRootUser,
  noSecretValues,
  noSecretsInEnv,
  preferCopyOverAdd,
  requireBaseImageTag,
  requireDigestPin,
  requireUser,
  trustedRegistry,
];
