/** Dockerfile rules, in id order. */
import type { DockerfileRule } from '../kinds.js';
import absoluteWorkdir from './absolute-workdir.js';
import apkNoCache from './apk-no-cache.js';
import apkPinVersions from './apk-pin-versions.js';
import aptCleanLists from './apt-clean-lists.js';
import aptGetYes from './apt-get-yes.js';
import aptNoInstallRecommends from './apt-no-install-recommends.js';
import aptPinVersions from './apt-pin-versions.js';
import aptUpdateWithInstall from './apt-update-with-install.js';
import consistentInstructionCasing from './consistent-instruction-casing.js';
import copyFromSelf from './copy-from-self.js';
import copyFromStageRoot from './copy-from-stage-root.js';
import copyFromUnknownStage from './copy-from-unknown-stage.js';
import copyIgnoredSource from './copy-ignored-source.js';
import copyLeaksSecretFiles from './copy-leaks-secret-files.js';
import copyMultipleSourcesToDir from './copy-multiple-sources-to-dir.js';
import copyRelativeDestWithoutWorkdir from './copy-relative-dest-without-workdir.js';
import copyWholeContextWithoutDockerignore from './copy-whole-context-without-dockerignore.js';
import definitionDescriptionFormat from './definition-description-format.js';
import dnfClean from './dnf-clean.js';
import dnfPinVersions from './dnf-pin-versions.js';
import dnfYes from './dnf-yes.js';
import duplicateStageName from './duplicate-stage-name.js';
import exposeHostPort from './expose-host-port.js';
import exposeProtoCasing from './expose-proto-casing.js';
import fromAsCasing from './from-as-casing.js';
import fromFirst from './from-first.js';
import fromPlatformConstant from './from-platform-constant.js';
import gemPinVersions from './gem-pin-versions.js';
import goInstallVersion from './go-install-version.js';
import invalidDefaultArgInFrom from './invalid-default-arg-in-from.js';
import labelKeyFormat from './label-key-format.js';
import legacyKeyValueFormat from './legacy-key-value-format.js';
import microdnfClean from './microdnf-clean.js';
import noAddRemoteUrl from './no-add-remote-url.js';
import noApkAllowUntrusted from './no-apk-allow-untrusted.js';
import noAptAllowUnauthenticated from './no-apt-allow-unauthenticated.js';
import noAptForceYes from './no-apt-force-yes.js';
import noBuildToolsInFinalStage from './no-build-tools-in-final-stage.js';
import noCdInRun from './no-cd-in-run.js';
import noChpasswd from './no-chpasswd.js';
import noConsecutiveRun from './no-consecutive-run.js';
import noCopySecretFiles from './no-copy-secret-files.js';
import noCurlInsecure from './no-curl-insecure.js';
import noCurlPipeShell from './no-curl-pipe-shell.js';
import noDebugMode from './no-debug-mode.js';
import noDistUpgrade from './no-dist-upgrade.js';
import noEmptyContinuation from './no-empty-continuation.js';
import noEnvSameStatementReference from './no-env-same-statement-reference.js';
import noEolBaseImage from './no-eol-base-image.js';
import noExposeSsh from './no-expose-ssh.js';
import noGitSslNoVerify from './no-git-ssl-no-verify.js';
import noLatestTag from './no-latest-tag.js';
import noMaintainer from './no-maintainer.js';
import noNodeTlsRejectUnauthorizedOff from './no-node-tls-reject-unauthorized-off.js';
import noNpmStrictSslEnvOff from './no-npm-strict-ssl-env-off.js';
import noNpmStrictSslOff from './no-npm-strict-ssl-off.js';
import noOnbuildForbiddenTrigger from './no-onbuild-forbidden-trigger.js';
import noPasswordInRun from './no-password-in-run.js';
import noPipTrustedHost from './no-pip-trusted-host.js';
import noPipTrustedHostEnv from './no-pip-trusted-host-env.js';
import noPointlessCommands from './no-pointless-commands.js';
import noPrivilegedPort from './no-privileged-port.js';
import noPythonHttpsVerifyOff from './no-python-https-verify-off.js';
import noReservedStageName from './no-reserved-stage-name.js';
import noRootUser from './no-root-user.js';
import noRpmNosignature from './no-rpm-nosignature.js';
import noSecretValues from './no-secret-values.js';
import noSecretsInEnv from './no-secrets-in-env.js';
import noSecretsInRun from './no-secrets-in-run.js';
import noSetuid from './no-setuid.js';
import noSudo from './no-sudo.js';
import noSystemWorkdir from './no-system-workdir.js';
import noWgetNoCheckCertificate from './no-wget-no-check-certificate.js';
import noWorldWritable from './no-world-writable.js';
import noYumNogpgcheck from './no-yum-nogpgcheck.js';
import noYumSslverifyOff from './no-yum-sslverify-off.js';
import noZypperNoGpgChecks from './no-zypper-no-gpg-checks.js';
import npmPinVersions from './npm-pin-versions.js';
import pipInVirtualenv from './pip-in-virtualenv.js';
import pipNoCacheDir from './pip-no-cache-dir.js';
import pipPinVersions from './pip-pin-versions.js';
import preferAddForArchives from './prefer-add-for-archives.js';
import preferAptGet from './prefer-apt-get.js';
import preferCopyOverAdd from './prefer-copy-over-add.js';
import preferExecForm from './prefer-exec-form.js';
import preferMinimalRuntime from './prefer-minimal-runtime.js';
import preferShellInstruction from './prefer-shell-instruction.js';
import pythonEnv from './python-env.js';
import redundantTargetPlatform from './redundant-target-platform.js';
import requireBaseImageTag from './require-base-image-tag.js';
import requireDependabotDockerUpdates from './require-dependabot-docker-updates.js';
import requireDigestPin from './require-digest-pin.js';
import requireHealthcheck from './require-healthcheck.js';
import requirePipefail from './require-pipefail.js';
import requireUser from './require-user.js';
import singleCmd from './single-cmd.js';
import singleEntrypoint from './single-entrypoint.js';
import singleHealthcheck from './single-healthcheck.js';
import stageNameCasing from './stage-name-casing.js';
import trustedRegistry from './trusted-registry.js';
import undefinedArgInFrom from './undefined-arg-in-from.js';
import undefinedVar from './undefined-var.js';
import userNumericUid from './user-numeric-uid.js';
import useraddNoLogInit from './useradd-no-log-init.js';
import validExposePort from './valid-expose-port.js';
import wgetAndCurl from './wget-and-curl.js';
import wgetProgress from './wget-progress.js';
import yarnCacheClean from './yarn-cache-clean.js';
import yumClean from './yum-clean.js';
import yumPinVersions from './yum-pin-versions.js';
import yumYes from './yum-yes.js';
import zypperClean from './zypper-clean.js';
import zypperNoDistUpgrade from './zypper-no-dist-upgrade.js';
import zypperNonInteractive from './zypper-non-interactive.js';
import zypperPinVersions from './zypper-pin-versions.js';

export const dockerfileRules: DockerfileRule[] = [
  absoluteWorkdir,
  apkNoCache,
  apkPinVersions,
  aptCleanLists,
  aptGetYes,
  aptNoInstallRecommends,
  aptPinVersions,
  aptUpdateWithInstall,
  consistentInstructionCasing,
  copyFromSelf,
  copyFromStageRoot,
  copyFromUnknownStage,
  copyIgnoredSource,
  copyLeaksSecretFiles,
  copyMultipleSourcesToDir,
  copyRelativeDestWithoutWorkdir,
  copyWholeContextWithoutDockerignore,
  definitionDescriptionFormat,
  dnfClean,
  dnfPinVersions,
  dnfYes,
  duplicateStageName,
  exposeHostPort,
  exposeProtoCasing,
  fromAsCasing,
  fromFirst,
  fromPlatformConstant,
  gemPinVersions,
  goInstallVersion,
  invalidDefaultArgInFrom,
  labelKeyFormat,
  legacyKeyValueFormat,
  microdnfClean,
  noAddRemoteUrl,
  noApkAllowUntrusted,
  noAptAllowUnauthenticated,
  noAptForceYes,
  noBuildToolsInFinalStage,
  noCdInRun,
  noChpasswd,
  noConsecutiveRun,
  noCopySecretFiles,
  noCurlInsecure,
  noCurlPipeShell,
  noDebugMode,
  noDistUpgrade,
  noEmptyContinuation,
  noEnvSameStatementReference,
  noEolBaseImage,
  noExposeSsh,
  noGitSslNoVerify,
  noLatestTag,
  noMaintainer,
  noNodeTlsRejectUnauthorizedOff,
  noNpmStrictSslEnvOff,
  noNpmStrictSslOff,
  noOnbuildForbiddenTrigger,
  noPasswordInRun,
  noPipTrustedHost,
  noPipTrustedHostEnv,
  noPointlessCommands,
  noPrivilegedPort,
  noPythonHttpsVerifyOff,
  noReservedStageName,
  noRootUser,
  noRpmNosignature,
  noSecretValues,
  noSecretsInEnv,
  noSecretsInRun,
  noSetuid,
  noSudo,
  noSystemWorkdir,
  noWgetNoCheckCertificate,
  noWorldWritable,
  noYumNogpgcheck,
  noYumSslverifyOff,
  noZypperNoGpgChecks,
  npmPinVersions,
  pipInVirtualenv,
  pipNoCacheDir,
  pipPinVersions,
  preferAddForArchives,
  preferAptGet,
  preferCopyOverAdd,
  preferExecForm,
  preferMinimalRuntime,
  preferShellInstruction,
  pythonEnv,
  redundantTargetPlatform,
  requireBaseImageTag,
  requireDependabotDockerUpdates,
  requireDigestPin,
  requireHealthcheck,
  requirePipefail,
  requireUser,
  singleCmd,
  singleEntrypoint,
  singleHealthcheck,
  stageNameCasing,
  trustedRegistry,
  undefinedArgInFrom,
  undefinedVar,
  userNumericUid,
  useraddNoLogInit,
  validExposePort,
  wgetAndCurl,
  wgetProgress,
  yarnCacheClean,
  yumClean,
  yumPinVersions,
  yumYes,
  zypperClean,
  zypperNoDistUpgrade,
  zypperNonInteractive,
  zypperPinVersions,
];
