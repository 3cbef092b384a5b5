/**
 * The generated part of package.json: one `shipshape.rules` property per
 * registered rule (enum of severities, description = title, default = the
 * rule's default severity). Written by `npm run gen` (scripts/gen.ts).
 */

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
