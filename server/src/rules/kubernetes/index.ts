/** Kubernetes rules, in id order. */
import type { KubernetesRule } from '../kinds.js';
import k8sAddOnlyNetBindService from './k8s-add-only-net-bind-service.js';
import k8sDropAllCapabilities from './k8s-drop-all-capabilities.js';
import k8sImagePullPolicy from './k8s-image-pull-policy.js';
import k8sNoAddedCapabilities from './k8s-no-added-capabilities.js';
import k8sNoApparmorUnconfined from './k8s-no-apparmor-unconfined.js';
import k8sNoAutomountServiceAccountToken from './k8s-no-automount-service-account-token.js';
import k8sNoCustomSelinux from './k8s-no-custom-selinux.js';
import k8sNoDebugMode from './k8s-no-debug-mode.js';
import k8sNoDefaultNamespace from './k8s-no-default-namespace.js';
import k8sNoHostIpc from './k8s-no-host-ipc.js';
import k8sNoHostNetwork from './k8s-no-host-network.js';
import k8sNoHostPath from './k8s-no-host-path.js';
import k8sNoHostPid from './k8s-no-host-pid.js';
import k8sNoHostPort from './k8s-no-host-port.js';
import k8sNoHostProcess from './k8s-no-host-process.js';
import k8sNoInsecureImageSettings from './k8s-no-insecure-image-settings.js';
import k8sNoLatestTag from './k8s-no-latest-tag.js';
import k8sNoPrivilegeEscalation from './k8s-no-privilege-escalation.js';
import k8sNoPrivileged from './k8s-no-privileged.js';
import k8sNoRootGroup from './k8s-no-root-group.js';
import k8sNoRootUser from './k8s-no-root-user.js';
import k8sNoSeccompUnconfined from './k8s-no-seccomp-unconfined.js';
import k8sNoSecretsInConfigmap from './k8s-no-secrets-in-configmap.js';
import k8sNoSecretsInEnv from './k8s-no-secrets-in-env.js';
import k8sNoServiceExternalIps from './k8s-no-service-external-ips.js';
import k8sNoUnmaskedProcMount from './k8s-no-unmasked-proc-mount.js';
import k8sNoUnsafeSysctls from './k8s-no-unsafe-sysctls.js';
import k8sRequireImageDigest from './k8s-require-image-digest.js';
import k8sRequireReadOnlyRootFilesystem from './k8s-require-read-only-root-filesystem.js';
import k8sRequireResources from './k8s-require-resources.js';
import k8sRequireRunAsNonRoot from './k8s-require-run-as-non-root.js';
import k8sRequireSeccompProfile from './k8s-require-seccomp-profile.js';
import k8sRestrictedVolumeTypes from './k8s-restricted-volume-types.js';

export const kubernetesRules: KubernetesRule[] = [
  k8sAddOnlyNetBindService,
  k8sDropAllCapabilities,
  k8sImagePullPolicy,
  k8sNoAddedCapabilities,
  k8sNoApparmorUnconfined,
  k8sNoAutomountServiceAccountToken,
  k8sNoCustomSelinux,
  k8sNoDebugMode,
  k8sNoDefaultNamespace,
  k8sNoHostIpc,
  k8sNoHostNetwork,
  k8sNoHostPath,
  k8sNoHostPid,
  k8sNoHostPort,
  k8sNoHostProcess,
  k8sNoInsecureImageSettings,
  k8sNoLatestTag,
  k8sNoPrivilegeEscalation,
  k8sNoPrivileged,
  k8sNoRootGroup,
  k8sNoRootUser,
  k8sNoSeccompUnconfined,
  k8sNoSecretsInConfigmap,
  k8sNoSecretsInEnv,
  k8sNoServiceExternalIps,
  k8sNoUnmaskedProcMount,
  k8sNoUnsafeSysctls,
  k8sRequireImageDigest,
  k8sRequireReadOnlyRootFilesystem,
  k8sRequireResources,
  k8sRequireRunAsNonRoot,
  k8sRequireSeccompProfile,
  k8sRestrictedVolumeTypes,
];
