/**
 * Rewrites the generated part of package.json: one `shipshape.rules` property
 * per registered rule (enum of severities, description = title, default = the
 * rule's default severity). `--check` only reports whether it is up to date.
 *
 *   npm run gen:manifest [-- --check]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const PACKAGE = join(ROOT, 'package.json');

/** The JSON schema of one rule's severity setting. */
export interface RuleProperty {
  type: 'string';
  enum: string[];
  default: string;
  description: string;
  markdownDescription: string;
}

/** The `shipshape.rules` properties for the given rules, in id order. */
export function ruleProperties(rules: readonly { meta: { id: string; title: string; defaultSeverity: string } }[]): Record<string, RuleProperty> {
  const properties: Record<string, RuleProperty> = {};
  for (const { meta } of [...rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
    properties[meta.id] = {
      type: 'string',
      enum: ['off', 'hint', 'info', 'warning', 'error'],
      default: meta.defaultSeverity,
      description: meta.title,
      markdownDescription: `${meta.title} (\`${meta.id}\`, default \`${meta.defaultSeverity}\`)`,
    };
  }
  return properties;
}

/** package.json's text with the generated part replaced. */
export function withRuleProperties(packageText: string, properties: Record<string, RuleProperty>): string {
  const pkg = JSON.parse(packageText);
  const rulesSetting = pkg.contributes?.configuration?.properties?.['shipshape.rules'];
  if (!rulesSetting) throw new Error('package.json has no contributes.configuration.properties["shipshape.rules"]');
  rulesSetting.properties = properties;
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

async function main(): Promise<void> {
  // Rule docs are imported as text, as the bundle does.
  createRequire(__filename)('../test/helpers/md.cjs');
  const { rules } = await import('../server/src/rules/index.js');
  const before = readFileSync(PACKAGE, 'utf8');
  const after = withRuleProperties(before, ruleProperties(rules));
  if (process.argv.includes('--check')) {
    if (before !== after) {
      console.error('package.json is out of date: run `npm run gen:manifest`.');
      process.exitCode = 1;
    }
    return;
  }
  if (before !== after) writeFileSync(PACKAGE, after);
  console.log(`package.json: ${rules.length} rule settings${before === after ? ' (unchanged)' : ''}`);
}

if (require.main === module) void main();
