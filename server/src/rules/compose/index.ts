/** Compose rules, in id order. */
import type { ComposeRule } from '../kinds.js';
import composeDropAllCapabilities from './compose-drop-all-capabilities.js';
import composeInternalBackendNetwork from './compose-internal-backend-network.js';
import composeNoApparmorUnconfined from './compose-no-apparmor-unconfined.js';
import composeNoCgroupParent from './compose-no-cgroup-parent.js';
import composeNoDangerousCapabilities from './compose-no-dangerous-capabilities.js';
import composeNoDebugMode from './compose-no-debug-mode.js';
import composeNoDockerSocket from './compose-no-docker-socket.js';
import composeNoEnvSecrets from './compose-no-env-secrets.js';
import composeNoHostDevices from './compose-no-host-devices.js';
import composeNoHostIpc from './compose-no-host-ipc.js';
import composeNoHostNetwork from './compose-no-host-network.js';
import composeNoHostPid from './compose-no-host-pid.js';
import composeNoHostUserns from './compose-no-host-userns.js';
import composeNoInsecureImageSettings from './compose-no-insecure-image-settings.js';
import composeNoLatestImage from './compose-no-latest-image.js';
import composeNoNewPrivileges from './compose-no-new-privileges.js';
import composeNoPrivileged from './compose-no-privileged.js';
import composeNoPrivilegedHostPorts from './compose-no-privileged-host-ports.js';
import composeNoPublicBackendPorts from './compose-no-public-backend-ports.js';
import composeNoRootUser from './compose-no-root-user.js';
import composeNoSeccompUnconfined from './compose-no-seccomp-unconfined.js';
import composeNoSensitiveHostMount from './compose-no-sensitive-host-mount.js';
import composeNoUnsafeSysctls from './compose-no-unsafe-sysctls.js';
import composeReadOnly from './compose-read-only.js';
import composeRequireHealthcheck from './compose-require-healthcheck.js';
import composeResourceLimits from './compose-resource-limits.js';

export const composeRules: ComposeRule[] = [
  composeDropAllCapabilities,
  composeInternalBackendNetwork,
  composeNoApparmorUnconfined,
  composeNoCgroupParent,
  composeNoDangerousCapabilities,
  composeNoDebugMode,
  composeNoDockerSocket,
  composeNoEnvSecrets,
  composeNoHostDevices,
  composeNoHostIpc,
  composeNoHostNetwork,
  composeNoHostPid,
  composeNoHostUserns,
  composeNoInsecureImageSettings,
  composeNoLatestImage,
  composeNoNewPrivileges,
  composeNoPrivileged,
  composeNoPrivilegedHostPorts,
  composeNoPublicBackendPorts,
  composeNoRootUser,
  composeNoSeccompUnconfined,
  composeNoSensitiveHostMount,
  composeNoUnsafeSysctls,
  composeReadOnly,
  composeRequireHealthcheck,
  composeResourceLimits,
];
