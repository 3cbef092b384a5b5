/** CI workflow and Dependabot rules, in id order. */
import type { DependabotRule, WorkflowRule } from '../kinds.js';
import ciNoSecretEcho from './ci-no-secret-echo.js';
import ciRequireImageScan from './ci-require-image-scan.js';
import dependabotRequireDockerUpdates from './dependabot-require-docker-updates.js';
import ghaNoPrTargetHeadCheckout from './gha-no-pr-target-head-checkout.js';
import ghaNoScriptInjection from './gha-no-script-injection.js';
import ghaNoWriteAllPermissions from './gha-no-write-all-permissions.js';
import ghaPinActionsToSha from './gha-pin-actions-to-sha.js';
import ghaRequirePermissionsForImagePush from './gha-require-permissions-for-image-push.js';

export const workflowRules: WorkflowRule[] = [
  ciNoSecretEcho,
  ciRequireImageScan,
  ghaNoPrTargetHeadCheckout,
  ghaNoScriptInjection,
  ghaNoWriteAllPermissions,
  ghaPinActionsToSha,
  ghaRequirePermissionsForImagePush,
];
export const dependabotRules: DependabotRule[] = [dependabotRequireDockerUpdates];
