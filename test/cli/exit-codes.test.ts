/** Exit codes 0 (clean), 1 (findings at the threshold), 2 (usage or configuration error, with a one-line reason). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runMain } from '../helpers/cli-main.js';
import { makeTree, runCli } from './helpers.js';

const ROOT_USER = 'FROM debian:12.7-slim\nUSER root\n';
const CLEAN = 'FROM debian:12.7-slim\nUSER 10001\nCMD ["true"]\n';

describe('exit codes', () => {
  it('0 with no findings, and says so', async () => {
    const dir = makeTree({ Dockerfile: CLEAN, '.dockerignore': '.git\n.env\n' });
    const r = await runCli(['scan', '--only', 'no-root-user'], dir);
    assert.deepEqual(r, { code: 0, stdout: 'No findings in 2 files.\n', stderr: '' });
  });

  it('1 with a finding at or above --fail-on (default error)', async () => {
    const dir = makeTree({ Dockerfile: ROOT_USER });
    const warn = await runCli(['scan', '--only', 'no-root-user'], dir);
    assert.equal(warn.code, 0, 'a warning does not fail the default threshold');
    const failWarn = await runCli(['scan', '--only', 'no-root-user', '--fail-on', 'warning'], dir);
    assert.equal(failWarn.code, 1);
    assert.equal(failWarn.stdout, [
      'Dockerfile',
      '  2:6  warning  The final stage runs as root (USER root); switch to an unprivileged user before CMD/ENTRYPOINT  no-root-user',
      '',
      '1 finding (1 warning) in 1 of 1 file.',
      '',
    ].join('\n'));
    const err = await runCli(['scan', '--only', 'no-root-user', '--rule', 'no-root-user=error'], dir);
    assert.equal(err.code, 1);
    const never = await runCli(['scan', '--only', 'no-root-user', '--rule', 'no-root-user=error', '--fail-on', 'never'], dir);
    assert.equal(never.code, 0);
  });

  it('1 in machine formats, with a one-line count on standard error', async () => {
    const dir = makeTree({ Dockerfile: ROOT_USER });
    const r = await runCli(['scan', '--only', 'no-root-user', '--fail-on', 'warning', '--format', 'json'], dir);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, 'shipshape: 1 finding at or above warning\n');
    assert.equal(JSON.parse(r.stdout).summary.findings, 1);
  });

  it('2 for usage errors, with a one-line reason', async () => {
    const dir = makeTree({ Dockerfile: ROOT_USER });
    const cases: [string[], string][] = [
      [['scan', '--bogus'], "error: unknown option '--bogus'\n"],
      [['scan', '--format', 'xml'], "error: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are text, json, sarif, github.\n"],
      [['scan', '--fail-on', 'critical'], "error: option '--fail-on <level>' argument 'critical' is invalid. Allowed choices are error, warning, info, never.\n"],
      [['scan', '--rule', 'no-rot-user=error'], "shipshape: unknown rule id 'no-rot-user' in --rule (did you mean 'no-root-user'?)\n"],
      [['scan', '--rule', 'no-root-user=loud'], "shipshape: --rule no-root-user: severity must be one of off, hint, info, warning, error, not 'loud'\n"],
      [['scan', '--rule', 'no-root-user'], "shipshape: --rule expects id=severity, not 'no-root-user'\n"],
      [['scan', '--only', 'nothing-like-this'], "shipshape: unknown rule id 'nothing-like-this' in --only\n"],
      [['scan', '--jobs', '0'], "shipshape: --jobs expects a whole number of at least 1, not '0'\n"],
      [['scan', 'missing-dir'], 'shipshape: no such file or directory: missing-dir\n'],
      [['scan', '--config', 'nope.yaml'], 'shipshape: nope.yaml:1:1: cannot read the configuration file\n'],
      [['explain', 'nope'], "shipshape: unknown rule id 'nope'; `shipshape rules` lists them\n"],
      [['frobnicate'], "error: unknown command 'frobnicate'\n"],
    ];
    // The first two through the process (its exit code and streams), the rest through main: the same code, stdout and stderr, without a process each.
    for (const [i, [args, stderr]] of cases.entries()) {
      const r = await (i < 2 ? runCli : runMain)(args, dir);
      assert.deepEqual({ args, code: r.code, stderr: r.stderr, stdout: r.stdout }, { args, code: 2, stderr, stdout: '' });
    }
  });

  it('2 for a bad configuration, naming file, line and column', async () => {
    const cases: [string, string][] = [
      ['rules:\n  no-root-user: loud\n', "shipshape: .shipshape.yaml:2:17: the severity of 'no-root-user' must be one of off, hint, info, warning, error, not 'loud'\n"],
      ['rules:\n  no-such-rule: error\n', "shipshape: .shipshape.yaml:2:3: unknown rule id 'no-such-rule' in 'rules'\n"],
      ['ignore: vendor\n', "shipshape: .shipshape.yaml:1:9: 'ignore' must be a list of strings, not 'vendor'\n"],
      ['rules: {\n', 'shipshape: .shipshape.yaml:2:1: YAML syntax error: Flow map in block collection must be sufficiently indented and end with a }\n'],
    ];
    for (const [config, stderr] of cases) {
      const dir = makeTree({ Dockerfile: ROOT_USER, '.shipshape.yaml': config });
      const r = await (config === cases[0][0] ? runCli : runMain)(['scan'], dir);
      assert.deepEqual({ code: r.code, stderr: r.stderr, stdout: r.stdout }, { code: 2, stderr, stdout: '' });
    }
  });

  it('2 for a bad package.json shipshape key, and a bad .hadolint.yaml', async () => {
    const pkg = makeTree({ Dockerfile: ROOT_USER, 'package.json': '{\n  "shipshape": {"rules": []}\n}\n' });
    const r = await runCli(['scan'], pkg);
    assert.deepEqual({ code: r.code, stderr: r.stderr }, { code: 2, stderr: "shipshape: package.json:2:26: 'rules' must be a mapping, not a list\n" });
    const hado = makeTree({ Dockerfile: ROOT_USER, '.hadolint.yaml': 'ignored: DL3002\n' });
    const h = await runCli(['scan'], hado);
    assert.deepEqual({ code: h.code, stderr: h.stderr }, { code: 2, stderr: "shipshape: .hadolint.yaml:1:10: 'ignored' must be a list of strings, not 'DL3002'\n" });
  });

  it('0 for --help and --version', async () => {
    const dir = makeTree({});
    const help = await runCli(['scan', '--help'], dir);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: shipshape scan \[options\] \[paths\.\.\.\]/);
    const version = await runCli(['--version'], dir);
    assert.deepEqual(version, { code: 0, stdout: `${require('../../package.json').version}\n`, stderr: '' });
  });
});
