/**
 * schemas/shipshape.schema.json is generated from the rule registry (it must
 * list every rule id) and agrees with the validator the CLI and editor use.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { validateConfigText } from '../../server/src/config/index.js';
import { buildConfigSchema, buildPackageJsonSchema } from '../../server/src/config/schema.js';
import { rules } from '../../server/src/rules/index.js';
import { expectGolden } from '../golden/golden.js';

const ROOT = join(__dirname, '../..');
const schemaFile = join(ROOT, 'schemas/shipshape.schema.json');

describe('configuration schema', () => {
  it('is the schema built from the registry (UPDATE_GOLDEN=1 regenerates it)', () => {
    expectGolden(schemaFile, `${JSON.stringify(buildConfigSchema(), null, 2)}\n`);
    expectGolden(join(ROOT, 'schemas/package-json.schema.json'), `${JSON.stringify(buildPackageJsonSchema(), null, 2)}\n`);
  });

  it('offers every registered rule id', () => {
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
    assert.deepEqual(Object.keys(schema.properties.rules.properties), rules.map((r) => r.meta.id));
    assert.deepEqual(schema.properties.disallowInlineSuppression.items.enum, rules.map((r) => r.meta.id));
  });

  it('is contributed to VS Code for .shipshape.y*ml and package.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes.yamlValidation, [{ fileMatch: ['.shipshape.yaml', '.shipshape.yml'], url: './schemas/shipshape.schema.json' }]);
    assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: 'package.json', url: './schemas/package-json.schema.json' }]);
  });

  it('accepts and rejects what the validator accepts and rejects', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
    const samples = [
      'rules:\n  no-root-user: error\n',
      'rules:\n  no-root-user: loud\n',
      'rules:\n  no-such-rule: error\n',
      'ignore: [vendor/**]\n',
      'ignore: vendor\n',
      'kubernetes: {level: restricted}\n',
      'kubernetes: {level: strict}\n',
      'harden: {runtime: distroless}\n',
      'harden: {runtime: ubuntu}\n',
      'trustedRegistries: [docker.io]\n',
      'trustedRegistries: [1]\n',
      'ruleOptions: {no-root-user: {a: 1}}\n',
      'ruleOptions: {no-root-user: 1}\n',
      'ruleOptions: {nope: {}}\n',
      'disallowInlineSuppression: [no-root-user]\n',
      'disallowInlineSuppression: [nope]\n',
      'rulez: {}\n',
    ];
    const verdicts = samples.map((text) => [text, validate(parse(text)), validateConfigText('/x/.shipshape.yaml', text).errors.length === 0]);
    assert.deepEqual(verdicts.filter(([, a, b]) => a !== b), []);
    assert.equal(verdicts.filter(([, a]) => a).length, 7);
  });
});
