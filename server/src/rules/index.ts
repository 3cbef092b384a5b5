/** The registry: every rule, sorted by id. */
import type { AnyRule } from './kinds.js';
import { composeRules } from './compose/index.js';
import { dockerfileRules } from './dockerfile/index.js';
import { dockerignoreRules } from './dockerignore/index.js';
import { kubernetesRules } from './kubernetes/index.js';
import { dependabotRules, workflowRules } from './workflow/index.js';

export const rules: readonly AnyRule[] = ([
  ...dockerfileRules,
  ...composeRules,
  ...kubernetesRules,
  ...workflowRules,
  ...dependabotRules,
  ...dockerignoreRules,
] as AnyRule[]).sort((a, b) => a.meta.id.localeCompare(b.meta.id));

const byId = new Map(rules.map((r) => [r.meta.id, r]));

export function getRule(id: string): AnyRule | undefined {
  return byId.get(id);
}

/** Where a rule's documentation is published. */
export function ruleDocUrl(rule: AnyRule): string {
  return `https://github.com/shipshape-dev/shipshape/blob/main/server/src/rules/${rule.meta.kind === 'dependabot' ? 'workflow' : rule.meta.kind}/${rule.meta.id}.md`;
}
