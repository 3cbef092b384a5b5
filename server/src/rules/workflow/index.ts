/** CI workflow and Dependabot rules, in id order. */
import type { DependabotRule, WorkflowRule } from '../kinds.js';

export const workflowRules: WorkflowRule[] = [];
export const dependabotRules: DependabotRule[] = [];
