/** The registry: every rule, sorted by id. */
import type { AnyRule } from './kinds.js';
import { allRules } from './registry.js';

export const rules: readonly AnyRule[] = allRules;

const byId = new Map(rules.map((r) => [r.meta.id, r]));

export function getRule(id: string): AnyRule | undefined {
  return byId.get(id);
}

/** Where a rule's documentation is published. */
export function ruleDocUrl(rule: AnyRule): string {
  return `https://github.com/shipshape-dev/shipshape/blob/main/server/src/rules/${rule.meta.kind === 'dependabot' ? 'workflow' : rule.meta.kind}/${rule.meta.id}.md`;
}
