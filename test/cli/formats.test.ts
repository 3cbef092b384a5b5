/**
 * The four output formats on the demo project examples/atm-system, compared
 * with golden files (UPDATE_GOLDEN=1 regenerates them; review the diff), and
 * the SARIF validated against the official SARIF 2.1.0 JSON schema. The CLI's
 * main runs in this process: the output is the subject here.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { getRule } from '../../server/src/rules/index.js';
import { expectGolden, portable, sarifGoldenText } from '../golden/golden.js';
import { runMain } from '../helpers/cli-main.js';
import { EXAMPLE, REPO, makeTree } from './helpers.js';

const GOLDEN = join(REPO, 'test/golden/atm-system');


/**
 * The SARIF 2.1.0 schema in test/fixtures/sarif-schema-2.1.0.json is the
 * `sarif-2.1.0.json` shipped in the npm package @microsoft/sarif-multitool-linux
 * 5.7.0 (Microsoft's SARIF SDK; sha256 1c49a0f2b60444c71bb14878e21e0d882198eff4c539861b133093ad89ed798c).
 * It declares JSON Schema draft 2020-12.
 */
function sarifValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(REPO, 'test/fixtures/sarif-schema-2.1.0.json'), 'utf8')));
}

describe('output formats on examples/atm-system', () => {
  it('text (no colour when not on a terminal)', async () => {
    const r = await runMain(['scan', '--format', 'text'], EXAMPLE);
    assert.equal(r.code, 1);
    assert.doesNotMatch(r.stdout, /\x1b\[/);
    expectGolden(join(GOLDEN, 'scan.txt'), portable(r.stdout));
  });

  it('text with colours when forced', async () => {
    const r = await runMain(['scan', '--only', 'no-latest-tag'], EXAMPLE, { FORCE_COLOR: '1' });
    assert.match(r.stdout, /\x1b\[4mDockerfile\x1b\[0m\n/);
    assert.match(r.stdout, /\x1b\[33mwarning\x1b\[0m/);
    const off = await runMain(['scan', '--only', 'no-latest-tag', '--no-color'], EXAMPLE, { FORCE_COLOR: '1' });
    assert.doesNotMatch(off.stdout, /\x1b\[/);
  });

  it('json', async () => {
    const r = await runMain(['scan', '--format', 'json'], EXAMPLE);
    assert.equal(r.code, 1);
    const report = JSON.parse(r.stdout);
    assert.equal(report.version, 1);
    assert.deepEqual(Object.keys(report), ['version', 'tool', 'files', 'fixed', 'summary']);
    assert.equal(report.summary.findings, report.files.reduce((n: number, f: { findings: unknown[] }) => n + f.findings.length, 0));
    expectGolden(join(GOLDEN, 'scan.json'), portable(r.stdout));
  });

  it('sarif, valid against the SARIF 2.1.0 schema', async () => {
    const r = await runMain(['scan', '--format', 'sarif'], EXAMPLE);
    assert.equal(r.code, 1);
    const log = JSON.parse(r.stdout);
    const validate = sarifValidator();
    assert.equal(validate(log), true, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    const run = log.runs[0];
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: `${pathToFileURL(EXAMPLE).href}/` } });
    for (const result of run.results) {
      assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
      assert.equal(result.locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.doesNotMatch(result.locations[0].physicalLocation.artifactLocation.uri, /^(\/|file:)/);
    }
    // Only the rules with results are described, in id order.
    const reported = [...new Set(run.results.map((x: { ruleId: string }) => x.ruleId))].sort();
    assert.deepEqual(run.tool.driver.rules.map((x: { id: string }) => x.id), reported);
    const user = run.tool.driver.rules.find((x: { id: string }) => x.id === 'require-user');
    assert.equal(user.helpUri, 'https://github.com/shipshape-dev/shipshape/blob/main/server/src/rules/dockerfile/require-user.md');
    assert.match(user.help.markdown, /^# require-user\n/);
    assert.deepEqual(user.properties.equivalents, ['trivy:DS-0002', 'checkov:CKV_DOCKER_3']);
    assert.ok(user.properties.tags.includes('checkov:CKV_DOCKER_3'));
    // Rule docs are checked here, and left out of the golden file so it shows the results.
    for (const descriptor of run.tool.driver.rules) {
      const doc = getRule(descriptor.id)?.meta.doc;
      assert.deepEqual(descriptor.help, { text: doc, markdown: doc });
    }
    expectGolden(join(GOLDEN, 'scan.sarif'), portable(sarifGoldenText(log)));
  });

  it('sarif fixes are artifact changes with replacements', async () => {
    const r = await runMain(['scan', '--format', 'sarif', '--only', 'prefer-copy-over-add'], EXAMPLE);
    const [result] = JSON.parse(r.stdout).runs[0].results;
    assert.deepEqual(result.fixes[0], {
      description: { text: 'Replace ADD with COPY' },
      artifactChanges: [{
        artifactLocation: { uri: 'Dockerfile', uriBaseId: '%SRCROOT%' },
        replacements: [{ deletedRegion: { startLine: 9, startColumn: 1, endLine: 9, endColumn: 4 }, insertedContent: { text: 'COPY' } }],
      }],
      properties: { safe: true },
    });
  });

  it('github workflow commands', async () => {
    const r = await runMain(['scan', '--format', 'github'], EXAMPLE);
    assert.equal(r.code, 1);
    for (const line of r.stdout.trimEnd().split('\n')) {
      assert.match(line, /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=shipshape [a-z0-9-]+::\S/);
    }
    expectGolden(join(GOLDEN, 'scan.github.txt'), portable(r.stdout));
  });

  it('writes the report to --output and nothing to standard output', async () => {
    const out = join(EXAMPLE, '..', `.atm-report-${process.pid}.sarif`);
    try {
      const r = await runMain(['scan', '--format', 'sarif', '--output', out], EXAMPLE);
      assert.equal(r.stdout, '');
      assert.equal(JSON.parse(readFileSync(out, 'utf8')).version, '2.1.0');
    } finally {
      require('node:fs').rmSync(out, { force: true });
    }
  });
});

describe('docs/json-output.md', () => {
  it('shows the output the CLI really produces', async () => {
    const doc = readFileSync(join(REPO, 'docs/json-output.md'), 'utf8');
    const example = /## Example\n\n```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    assert.ok(example, 'the doc has an example');
    const r = await runMain(['scan', '--format', 'json', '--only', 'prefer-copy-over-add', 'Dockerfile'], EXAMPLE);
    const documented = JSON.parse(example);
    const actual = JSON.parse(r.stdout);
    documented.tool.version = actual.tool.version; // the example is not re-released with every version
    assert.deepEqual(actual, documented);
  });
});

describe('docs/github-actions.md', () => {
  it('documents a workflow that Shipshape itself finds nothing wrong with', async () => {
    const doc = readFileSync(join(REPO, 'docs/github-actions.md'), 'utf8');
    const workflow = /```yaml\n([\s\S]*?)\n```/.exec(doc)?.[1];
    assert.ok(workflow);
    assert.match(workflow, /--format sarif --output shipshape\.sarif/);
    const dir = makeTree({ '.github/workflows/shipshape.yml': `${workflow}\n` });
    const r = await runMain(['scan', '--format', 'json', '--fail-on', 'info'], dir);
    const report = JSON.parse(r.stdout);
    assert.deepEqual(report.files.map((f: { path: string; kind: string }) => `${f.path} ${f.kind}`), ['.github/workflows/shipshape.yml workflow']);
    assert.deepEqual(report.files[0].findings, []);
    assert.equal(r.code, 0);
  });
});
