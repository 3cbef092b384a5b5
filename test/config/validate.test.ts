import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readHadolintConfig, validateConfigText } from '../../server/src/config/index.js';
import { rules } from '../../server/src/rules/index.js';

const P = '/repo/.shipshape.yaml';
const at = (line: number, start: number, end: number, endLine = line) => ({ start: { line, character: start }, end: { line: endLine, character: end } });
const errorsOf = (text: string, path = P) => validateConfigText(path, text).errors.map((e) => ({ range: e.range, message: e.message }));

describe('validateConfigText', () => {
  it('maps a full configuration onto settings', () => {
    const c = validateConfigText(P, `# Shipshape
rules:
  no-root-user: error
ignore:
  - vendor/**
  - "*.generated.yaml"
kubernetes:
  level: baseline
harden:
  runtime: chainguard
trustedRegistries: [docker.io, ghcr.io]
ruleOptions:
  no-root-user: {allowStages: [debug]}
disallowInlineSuppression: [no-root-user]
`);
    assert.deepEqual(c.errors, []);
    assert.deepEqual(c.settings, {
      rules: { 'no-root-user': 'error' },
      kubernetesLevel: 'baseline',
      hardenRuntime: 'chainguard',
      trustedRegistries: ['docker.io', 'ghcr.io'],
      ruleOptions: { 'no-root-user': { allowStages: ['debug'] } },
      disallowInlineSuppression: ['no-root-user'],
    });
    assert.deepEqual(c.ignore, ['vendor/**', '*.generated.yaml']);
  });

  it('accepts an empty file and one with only comments', () => {
    assert.deepEqual(validateConfigText(P, '').errors, []);
    assert.deepEqual(validateConfigText(P, '# nothing yet\n').settings, {});
  });

  it('reports an unknown rule id at its key, with a suggestion', () => {
    assert.deepEqual(errorsOf('rules:\n  no-rot-user: error\n'), [
      { range: at(1, 2, 13), message: "unknown rule id 'no-rot-user' in 'rules' (did you mean 'no-root-user'?)" },
    ]);
    assert.deepEqual(errorsOf('rules:\n  require-everything: error\n'), [
      { range: at(1, 2, 20), message: "unknown rule id 'require-everything' in 'rules'" },
    ]);
  });

  it('reports a bad severity at its value', () => {
    assert.deepEqual(errorsOf('rules:\n  no-root-user: fatal\n'), [
      { range: at(1, 16, 21), message: "the severity of 'no-root-user' must be one of off, hint, info, warning, error, not 'fatal'" },
    ]);
    assert.deepEqual(errorsOf('rules:\n  no-root-user: warn\n'), [
      { range: at(1, 16, 20), message: "the severity of 'no-root-user' must be one of off, hint, info, warning, error, not 'warn' (did you mean 'warning'?)" },
    ]);
    assert.deepEqual(errorsOf('rules:\n  no-root-user: 2\n'), [
      { range: at(1, 16, 17), message: "the severity of 'no-root-user' must be one of off, hint, info, warning, error, not 2" },
    ]);
  });

  it('reports wrong types', () => {
    assert.deepEqual(errorsOf('ignore: vendor\n'), [{ range: at(0, 8, 14), message: "'ignore' must be a list of strings, not 'vendor'" }]);
    assert.deepEqual(errorsOf('ignore:\n  - 3\n'), [{ range: at(1, 4, 5), message: "'ignore' must be a list of strings; 3 is not one" }]);
    assert.deepEqual(errorsOf('rules: [no-root-user]\n'), [{ range: at(0, 7, 21), message: "'rules' must be a mapping, not a list" }]);
    assert.deepEqual(errorsOf('- rules\n'), [{ range: at(0, 0, 0, 1), message: 'the configuration must be a mapping, not a list' }]);
    assert.deepEqual(errorsOf('ruleOptions:\n  no-root-user: 1\n'), [{ range: at(1, 16, 17), message: "the options of 'no-root-user' must be a mapping, not 1" }]);
  });

  it('reports unknown keys and values of the nested sections', () => {
    assert.deepEqual(errorsOf('rulez: {}\n'), [
      { range: at(0, 0, 5), message: "unknown key 'rulez' (expected one of rules, ignore, kubernetes, harden, trustedRegistries, ruleOptions, disallowInlineSuppression) (did you mean 'rules'?)" },
    ]);
    assert.deepEqual(errorsOf('kubernetes:\n  level: strict\n'), [
      { range: at(1, 9, 15), message: "'kubernetes.level' must be one of baseline, restricted, not 'strict'" },
    ]);
    assert.deepEqual(errorsOf('kubernetes:\n  levle: baseline\n'), [
      { range: at(1, 2, 7), message: "unknown key 'levle' in 'kubernetes' (expected level) (did you mean 'level'?)" },
    ]);
    assert.deepEqual(errorsOf('harden:\n  runtime: ubuntu\n'), [
      { range: at(1, 11, 17), message: "'harden.runtime' must be one of distroless, chainguard, alpine, slim, scratch, not 'ubuntu'" },
    ]);
    assert.deepEqual(errorsOf('disallowInlineSuppression: [no-root-user, nope]\n'), [
      { range: at(0, 42, 46), message: "unknown rule id 'nope' in 'disallowInlineSuppression'" },
    ]);
  });

  it('reports YAML syntax errors and duplicate keys', () => {
    assert.deepEqual(errorsOf('rules:\n  no-root-user: [error\n'), [
      { range: at(2, 0, 0), message: 'YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]' },
    ]);
    assert.deepEqual(errorsOf('rules: {}\nrules: {}\n').map((e) => e.message), ['YAML syntax error: Map keys must be unique']);
  });

  it('keeps the valid parts of a configuration with errors', () => {
    const c = validateConfigText(P, 'rules:\n  no-root-user: off\n  nope: error\n');
    assert.deepEqual(c.settings.rules, { 'no-root-user': 'off' });
    assert.equal(c.errors.length, 1);
  });

  it('reads the shipshape key of package.json, with positions in the JSON', () => {
    const pkg = '/repo/package.json';
    const text = '{\n  "name": "x",\n  "shipshape": {\n    "rules": { "no-root-user": "loud" }\n  }\n}\n';
    const c = validateConfigText(pkg, text);
    assert.equal(c.present, true);
    assert.deepEqual(c.errors.map((e) => ({ range: e.range, message: e.message })), [
      { range: at(3, 31, 37), message: "the severity of 'no-root-user' must be one of off, hint, info, warning, error, not 'loud'" },
    ]);
    assert.equal(validateConfigText(pkg, '{"name": "x"}').present, false);
    assert.deepEqual(validateConfigText(pkg, '{"name": "x"}').errors, []);
  });
});

describe('readHadolintConfig', () => {
  const H = '/repo/.hadolint.yaml';

  it('turns off the rules whose hadolint ids are ignored and maps override levels', () => {
    assert.deepEqual(readHadolintConfig(H, 'ignored: [DL3002]\n').settings, { rules: { 'no-root-user': 'off' } });
    assert.deepEqual(readHadolintConfig(H, 'override:\n  error: [DL3002]\n').settings, { rules: { 'no-root-user': 'error' } });
    assert.deepEqual(readHadolintConfig(H, 'override:\n  style:\n    - DL3002\n').settings, { rules: { 'no-root-user': 'hint' } });
    assert.deepEqual(readHadolintConfig(H, 'override:\n  info: [DL3002]\nignored: [DL3002]\n').settings, { rules: { 'no-root-user': 'off' } });
  });

  it('turns off every rule all of whose hadolint ids are ignored, and only those', () => {
    const ids = ['DL3002', 'DL3020'];
    const hadolintIds = (equivalents: readonly string[]) => equivalents.filter((e) => e.startsWith('hadolint:')).map((e) => e.slice(9));
    const expected = Object.fromEntries(rules
      .filter((r) => hadolintIds(r.meta.equivalents).length > 0 && hadolintIds(r.meta.equivalents).every((id) => ids.includes(id)))
      .map((r) => [r.meta.id, 'off']));
    assert.ok(Object.keys(expected).length >= 2, 'no-root-user and prefer-copy-over-add list these ids');
    assert.deepEqual(readHadolintConfig(H, `ignored: [${ids.join(', ')}]\n`).settings.rules, expected);
  });

  it('reads trustedRegistries and leaves keys of its own alone', () => {
    const h = readHadolintConfig(H, 'failure-threshold: warning\nformat: tty\ntrustedRegistries:\n  - docker.io\n  - my.registry:5000\n');
    assert.deepEqual(h, { settings: { trustedRegistries: ['docker.io', 'my.registry:5000'] }, errors: [] });
  });

  it('reads label-schema, strict-labels and disable-ignore-pragma', () => {
    const h = readHadolintConfig(H, `label-schema:
  author: text
  contact: email
  created: rfc3339
  version: semver
  documentation: url
  git-revision: hash
  license: spdx
strict-labels: true
disable-ignore-pragma: true
`);
    assert.deepEqual(h, {
      settings: {
        labelSchema: { author: 'text', contact: 'email', created: 'rfc3339', version: 'semver', documentation: 'url', 'git-revision': 'hash', license: 'spdx' },
        strictLabels: true,
        disableHadolintPragmas: true,
      },
      errors: [],
    });
    assert.deepEqual(readHadolintConfig(H, 'strict-labels: false\nlabel-schema:\n').settings, { strictLabels: false, labelSchema: {} });
    assert.deepEqual(Object.keys(readHadolintConfig(H, 'label-schema:\n  __proto__: url\n  constructor: text\n').settings.labelSchema!), ['__proto__', 'constructor']);
  });

  it('reports unknown label formats and switches that are not booleans, at the value', () => {
    assert.deepEqual(readHadolintConfig(H, 'label-schema:\n  version: semvar\n  x: url\nstrict-labels: yes\ndisable-ignore-pragma: 1\n'), {
      settings: { labelSchema: { x: 'url' } },
      errors: [
        { path: H, range: at(1, 11, 17), message: "the format of label 'version' must be one of text, url, rfc3339, spdx, hash, semver, email, not 'semvar' (did you mean 'semver'?)" },
        { path: H, range: at(3, 15, 18), message: "'strict-labels' must be true or false, not 'yes'" },
        { path: H, range: at(4, 23, 24), message: "'disable-ignore-pragma' must be true or false, not 1" },
      ],
    });
  });

  it('ignores ids no rule lists, and reports wrong types', () => {
    assert.deepEqual(readHadolintConfig(H, 'ignored: [DL9999, SC2086]\n'), { settings: {}, errors: [] });
    assert.deepEqual(readHadolintConfig(H, 'ignored: DL3002\n').errors.map((e) => ({ range: e.range, message: e.message })), [
      { range: at(0, 9, 15), message: "'ignored' must be a list of strings, not 'DL3002'" },
    ]);
    assert.deepEqual(readHadolintConfig(H, 'override:\n  fatal: [DL3002]\n').errors.map((e) => e.message), [
      "unknown level 'fatal' in 'override' (expected error, warning, info, style)",
    ]);
  });
});
