/**
 * The JSON Schema of `.shipshape.yaml`, built from the rule registry so the
 * editor completes every rule id. `schemas/shipshape.schema.json` is this
 * schema, checked (and regenerated with UPDATE_GOLDEN=1) by a test.
 */
import { rules } from '../rules/index.js';
import { HARDEN_RUNTIMES, KUBERNETES_LEVELS, SEVERITY_SETTINGS } from './validate.js';

/** The configuration schema as a JSON value. */
export function buildConfigSchema(): Record<string, unknown> {
  const severity = {
    enum: [...SEVERITY_SETTINGS],
    description: 'off disables the rule; hint, info, warning and error set the severity of its findings.',
  };
  const ruleProps = Object.fromEntries(rules.map((r) => [r.meta.id, {
    ...severity,
    description: `${r.meta.title} (${r.meta.kind}; default ${r.meta.defaultSeverity}${r.meta.equivalents.length ? `; ${r.meta.equivalents.join(', ')}` : ''})`,
  }]));
  const ruleIds = rules.map((r) => r.meta.id);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/shipshape-dev/shipshape/blob/main/schemas/shipshape.schema.json',
    title: 'Shipshape configuration',
    description: 'Configuration of Shipshape (.shipshape.yaml, .shipshape.yml or the "shipshape" key of package.json). The nearest file upward from an analysed file wins.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        description: 'Severity per rule id.',
        type: 'object',
        properties: ruleProps,
        additionalProperties: false,
      },
      ignore: {
        description: 'Path globs, relative to this file\'s folder, of files not to analyse (a glob without a slash matches a name anywhere; a matching folder excludes everything in it).',
        type: 'array',
        items: { type: 'string', minLength: 1 },
      },
      kubernetes: {
        type: 'object',
        additionalProperties: false,
        properties: {
          level: { enum: [...KUBERNETES_LEVELS], description: 'Pod Security Standards level to enforce.' },
        },
      },
      harden: {
        type: 'object',
        additionalProperties: false,
        properties: {
          runtime: { enum: [...HARDEN_RUNTIMES], description: 'Runtime family the "harden" plan targets.' },
        },
      },
      trustedRegistries: {
        description: 'Registries base images may come from (empty: any).',
        type: 'array',
        items: { type: 'string', minLength: 1 },
      },
      ruleOptions: {
        description: 'Options per rule id, documented in each rule\'s doc.',
        type: 'object',
        propertyNames: { enum: ruleIds },
        additionalProperties: { type: 'object' },
      },
      disallowInlineSuppression: {
        description: 'Rule ids whose inline suppressions (# shipshape-ignore and other tools\' directives) are not honoured.',
        type: 'array',
        items: { enum: ruleIds },
      },
    },
  };
}

/** A schema for package.json's `shipshape` key, pointing at the configuration schema. */
export function buildPackageJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Shipshape configuration in package.json',
    type: 'object',
    properties: {
      shipshape: { $ref: './shipshape.schema.json', description: 'Shipshape configuration (as in .shipshape.yaml).' },
    },
  };
}
