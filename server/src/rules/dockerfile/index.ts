/** Dockerfile rules, in id order. */
import type { DockerfileRule } from '../kinds.js';
import absoluteWorkdir from './absolute-workdir.js';
import copyFromSelf from './copy-from-self.js';
import copyFromUnknownStage from './copy-from-unknown-stage.js';
import copyIgnoredSource from './copy-ignored-source.js';
import copyLeaksSecretFiles from './copy-leaks-secret-files.js';
import copyWholeContextWithoutDockerignore from './copy-whole-context-without-dockerignore.js';
import duplicateStageName from './duplicate-stage-name.js';
import noAddRemoteUrl from './no-add-remote-url.js';
import noCopySecretFiles from './no-copy-secret-files.js';
import noEolBaseImage from './no-eol-base-image.js';
import noExposeSsh from './no-expose-ssh.js';
import noLatestTag from './no-latest-tag.js';
import noPrivilegedPort from './no-privileged-port.js';
import noRootUser from './no-root-user.js';
import noSecretValues from './no-secret-values.js';
import noSecretsInEnv from './no-secrets-in-env.js';
import noSystemWorkdir from './no-system-workdir.js';
import preferCopyOverAdd from './prefer-copy-over-add.js';
import preferExecForm from './prefer-exec-form.js';
import requireBaseImageTag from './require-base-image-tag.js';
import requireDependabotDockerUpdates from './require-dependabot-docker-updates.js';
import requireDigestPin from './require-digest-pin.js';
import requireUser from './require-user.js';
import singleCmd from './single-cmd.js';
import singleEntrypoint from './single-entrypoint.js';
import singleHealthcheck from './single-healthcheck.js';
import trustedRegistry from './trusted-registry.js';
import validExposePort from './valid-expose-port.js';

export const dockerfileRules: DockerfileRule[] = [
  absoluteWorkdir,
  copyFromSelf,
  copyFromUnknownStage,
  copyIgnoredSource,
  copyLeaksSecretFiles,
  copyWholeContextWithoutDockerignore,
  duplicateStageName,
  noAddRemoteUrl,
  noCopySecretFiles,
  noEolBaseImage,
  noExposeSsh,
  noLatestTag,
  noPrivilegedPort,
  noRootUser,
  noSecretValues,
  noSecretsInEnv,
  noSystemWorkdir,
  preferCopyOverAdd,
  preferExecForm,
  requireBaseImageTag,
  requireDependabotDockerUpdates,
  requireDigestPin,
  requireUser,
  singleCmd,
  singleEntrypoint,
  singleHealthcheck,
  trustedRegistry,
  validExposePort,
];
