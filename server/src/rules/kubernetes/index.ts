/** Kubernetes rules, in id order. */
import type { KubernetesRule } from '../kinds.js';
import k8sAddOnlyNetBindService from './k8s-add-only-net-bind-service.js';
import k8sDefaultServiceAccountToken from './k8s-default-service-account-token.js';
import k8sDropAllCapabilities from './k8s-drop-all-capabilities.js';
import k8sDropNetRaw from './k8s-drop-net-raw.js';
import k8sImagePullPolicy from './k8s-image-pull-policy.js';
import k8sNoAddedCapabilities from './k8s-no-added-capabilities.js';
import k8sNoApparmorUnconfined from './k8s-no-apparmor-unconfined.js';
import k8sNoAutomountServiceAccountToken from './k8s-no-automount-service-account-token.js';
import k8sNoCapSysAdmin from './k8s-no-cap-sys-admin.js';
import k8sNoCapSysModule from './k8s-no-cap-sys-module.js';
import k8sNoCustomSelinux from './k8s-no-custom-selinux.js';
import k8sNoDebugMode from './k8s-no-debug-mode.js';
import k8sNoDefaultNamespace from './k8s-no-default-namespace.js';
import k8sNoDefaultServiceAccount from './k8s-no-default-service-account.js';
import k8sNoDockerSocket from './k8s-no-docker-socket.js';
import k8sNoHostIpc from './k8s-no-host-ipc.js';
import k8sNoHostNetwork from './k8s-no-host-network.js';
import k8sNoHostPath from './k8s-no-host-path.js';
import k8sNoHostPid from './k8s-no-host-pid.js';
import k8sNoHostPort from './k8s-no-host-port.js';
import k8sNoHostProcess from './k8s-no-host-process.js';
import k8sNoLatestTag from './k8s-no-latest-tag.js';
import k8sNoNakedPod from './k8s-no-naked-pod.js';
import k8sNoPrivilegeEscalation from './k8s-no-privilege-escalation.js';
import k8sNoPrivileged from './k8s-no-privileged.js';
import k8sNoPrivilegedContainerPort from './k8s-no-privileged-container-port.js';
import k8sNoRootAllowed from './k8s-no-root-allowed.js';
import k8sNoRootGroup from './k8s-no-root-group.js';
import k8sNoRootUser from './k8s-no-root-user.js';
import k8sNoSeccompUnconfined from './k8s-no-seccomp-unconfined.js';
import k8sNoSecretEnvRefs from './k8s-no-secret-env-refs.js';
import k8sNoSecretsInConfigmap from './k8s-no-secrets-in-configmap.js';
import k8sNoSecretsInEnv from './k8s-no-secrets-in-env.js';
import k8sNoServiceExternalIps from './k8s-no-service-external-ips.js';
import k8sNoTiller from './k8s-no-tiller.js';
import k8sNoUnmaskedProcMount from './k8s-no-unmasked-proc-mount.js';
import k8sNoUnsafeSysctls from './k8s-no-unsafe-sysctls.js';
import k8sRbacNoAnonymousBinding from './k8s-rbac-no-anonymous-binding.js';
import k8sRbacNoClusterAdminBinding from './k8s-rbac-no-cluster-admin-binding.js';
import k8sRbacNoCsrApproval from './k8s-rbac-no-csr-approval.js';
import k8sRbacNoDefaultServiceAccountBinding from './k8s-rbac-no-default-service-account-binding.js';
import k8sRbacNoEscalateBindImpersonate from './k8s-rbac-no-escalate-bind-impersonate.js';
import k8sRbacNoNodesProxy from './k8s-rbac-no-nodes-proxy.js';
import k8sRbacNoPodExec from './k8s-rbac-no-pod-exec.js';
import k8sRbacNoSecretsRead from './k8s-rbac-no-secrets-read.js';
import k8sRbacNoWebhookWrite from './k8s-rbac-no-webhook-write.js';
import k8sRbacNoWildcard from './k8s-rbac-no-wildcard.js';
import k8sRbacNoWorkloadCreate from './k8s-rbac-no-workload-create.js';
import k8sRequireCpuLimit from './k8s-require-cpu-limit.js';
import k8sRequireCpuRequest from './k8s-require-cpu-request.js';
import k8sRequireHighGid from './k8s-require-high-gid.js';
import k8sRequireHighUid from './k8s-require-high-uid.js';
import k8sRequireImageDigest from './k8s-require-image-digest.js';
import k8sRequireIngressTls from './k8s-require-ingress-tls.js';
import k8sRequireLinuxHardening from './k8s-require-linux-hardening.js';
import k8sRequireLivenessProbe from './k8s-require-liveness-probe.js';
import k8sRequireMemoryLimit from './k8s-require-memory-limit.js';
import k8sRequireMemoryRequest from './k8s-require-memory-request.js';
import k8sRequireNetworkPolicy from './k8s-require-network-policy.js';
import k8sRequirePullPolicyAlways from './k8s-require-pull-policy-always.js';
import k8sRequireReadOnlyRootFilesystem from './k8s-require-read-only-root-filesystem.js';
import k8sRequireReadinessProbe from './k8s-require-readiness-probe.js';
import k8sRequireResources from './k8s-require-resources.js';
import k8sRequireRunAsNonRoot from './k8s-require-run-as-non-root.js';
import k8sRequireSeccompProfile from './k8s-require-seccomp-profile.js';
import k8sRequireSecurityContext from './k8s-require-security-context.js';
import k8sRestrictedVolumeTypes from './k8s-restricted-volume-types.js';

export const kubernetesRules: KubernetesRule[] = [
  k8sAddOnlyNetBindService,
  k8sDefaultServiceAccountToken,
  k8sDropAllCapabilities,
  k8sDropNetRaw,
  k8sImagePullPolicy,
  k8sNoAddedCapabilities,
  k8sNoApparmorUnconfined,
  k8sNoAutomountServiceAccountToken,
  k8sNoCapSysAdmin,
  k8sNoCapSysModule,
  k8sNoCustomSelinux,
  k8sNoDebugMode,
  k8sNoDefaultNamespace,
  k8sNoDefaultServiceAccount,
  k8sNoDockerSocket,
  k8sNoHostIpc,
  k8sNoHostNetwork,
  k8sNoHostPath,
  k8sNoHostPid,
  k8sNoHostPort,
  k8sNoHostProcess,
  k8sNoLatestTag,
  k8sNoNakedPod,
  k8sNoPrivilegeEscalation,
  k8sNoPrivileged,
  k8sNoPrivilegedContainerPort,
  k8sNoRootAllowed,
  k8sNoRootGroup,
  k8sNoRootUser,
  k8sNoSeccompUnconfined,
  k8sNoSecretEnvRefs,
  k8sNoSecretsInConfigmap,
  k8sNoSecretsInEnv,
  k8sNoServiceExternalIps,
  k8sNoTiller,
  k8sNoUnmaskedProcMount,
  k8sNoUnsafeSysctls,
  k8sRbacNoAnonymousBinding,
  k8sRbacNoClusterAdminBinding,
  k8sRbacNoCsrApproval,
  k8sRbacNoDefaultServiceAccountBinding,
  k8sRbacNoEscalateBindImpersonate,
  k8sRbacNoNodesProxy,
  k8sRbacNoPodExec,
  k8sRbacNoSecretsRead,
  k8sRbacNoWebhookWrite,
  k8sRbacNoWildcard,
  k8sRbacNoWorkloadCreate,
  k8sRequireCpuLimit,
  k8sRequireCpuRequest,
  k8sRequireHighGid,
  k8sRequireHighUid,
  k8sRequireImageDigest,
  k8sRequireIngressTls,
  k8sRequireLinuxHardening,
  k8sRequireLivenessProbe,
  k8sRequireMemoryLimit,
  k8sRequireMemoryRequest,
  k8sRequireNetworkPolicy,
  k8sRequirePullPolicyAlways,
  k8sRequireReadOnlyRootFilesystem,
  k8sRequireReadinessProbe,
  k8sRequireResources,
  k8sRequireRunAsNonRoot,
  k8sRequireSeccompProfile,
  k8sRequireSecurityContext,
  k8sRestrictedVolumeTypes,
];
