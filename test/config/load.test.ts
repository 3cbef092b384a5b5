import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layerSettings, loadConfig, type Discovered } from '../../server/src/config/index.js';
import { analyze } from '../../server/src/engine/analyze.js';
import { memProject } from './mem-project.js';

const ROOT_DOCKERFILE = 'FROM debian:12\nUSER root\n';

describe('loadConfig discovery', () => {
  it('uses the nearest configuration upward from the file, without merging farther ones', () => {
    const project = memProject({
      '/repo/.shipshape.yaml': 'rules:\n  no-root-user: error\ntrustedRegistries: [docker.io]\n',
      '/repo/svc/.shipshape.yml': 'rules:\n  no-root-user: info\n',
      '/repo/svc/api/Dockerfile': ROOT_DOCKERFILE,
      '/repo/web/Dockerfile': ROOT_DOCKERFILE,
    }, '/repo');
    const api = loadConfig('/repo/svc/api/Dockerfile', project);
    assert.equal(api.configPath, '/repo/svc/.shipshape.yml');
    assert.deepEqual(api.settings, { rules: { 'no-root-user': 'info' } });
    const web = loadConfig('/repo/web/Dockerfile', project);
    assert.equal(web.configPath, '/repo/.shipshape.yaml');
    assert.deepEqual(web.settings, { rules: { 'no-root-user': 'error' }, trustedRegistries: ['docker.io'] });
  });

  it('prefers .shipshape.yaml over .shipshape.yml over package.json within one folder', () => {
    const files = {
      '/repo/.shipshape.yaml': 'rules: {no-root-user: error}\n',
      '/repo/.shipshape.yml': 'rules: {no-root-user: info}\n',
      '/repo/package.json': '{"shipshape": {"rules": {"no-root-user": "hint"}}}',
      '/repo/Dockerfile': ROOT_DOCKERFILE,
    };
    assert.equal(loadConfig('/repo/Dockerfile', memProject(files, '/repo')).configPath, '/repo/.shipshape.yaml');
    const { ['/repo/.shipshape.yaml']: _a, ...noYaml } = files;
    assert.equal(loadConfig('/repo/Dockerfile', memProject(noYaml, '/repo')).configPath, '/repo/.shipshape.yml');
    const { ['/repo/.shipshape.yml']: _b, ...onlyPkg } = noYaml;
    const pkg = loadConfig('/repo/Dockerfile', memProject(onlyPkg, '/repo'));
    assert.equal(pkg.configPath, '/repo/package.json');
    assert.deepEqual(pkg.settings, { rules: { 'no-root-user': 'hint' } });
  });

  it('skips a package.json without a shipshape key', () => {
    const project = memProject({
      '/repo/.shipshape.yaml': 'rules: {no-root-user: error}\n',
      '/repo/app/package.json': '{"name": "app", "version": "1.0.0"}',
      '/repo/app/Dockerfile': ROOT_DOCKERFILE,
    }, '/repo');
    assert.equal(loadConfig('/repo/app/Dockerfile', project).configPath, '/repo/.shipshape.yaml');
  });

  it('skips a package.json that only names shipshape (its own name, a dependency), and reads one whose shipshape key has a syntax error around it', () => {
    const named = memProject({
      '/repo/.shipshape.yaml': 'rules: {no-root-user: error}\n',
      '/repo/app/package.json': '{"name": "shipshape", "devDependencies": {"shipshape": "1.0.0"}}',
      '/repo/app/Dockerfile': ROOT_DOCKERFILE,
    }, '/repo');
    assert.equal(loadConfig('/repo/app/Dockerfile', named).configPath, '/repo/.shipshape.yaml');
    const broken = memProject({
      '/repo/.shipshape.yaml': 'rules: {no-root-user: error}\n',
      '/repo/app/package.json': '{"name": "app" "shipshape": {"rules": {}}}',
      '/repo/app/Dockerfile': ROOT_DOCKERFILE,
    }, '/repo');
    const c = loadConfig('/repo/app/Dockerfile', broken);
    assert.equal(c.configPath, '/repo/app/package.json');
    assert.match(c.errors[0]?.message ?? '', /^JSON syntax error: /);
  });

  it('stops at the project root', () => {
    const project = memProject({
      '/outer/.shipshape.yaml': 'rules: {no-root-user: off}\n',
      '/outer/repo/Dockerfile': ROOT_DOCKERFILE,
    }, '/outer/repo');
    const c = loadConfig('/outer/repo/Dockerfile', project);
    assert.equal(c.configPath, undefined);
    assert.deepEqual(c.settings, {});
    assert.deepEqual(c.errors, []);
  });

  it('searches up to the file-system root for a file outside the project', () => {
    const project = memProject({
      '/elsewhere/.shipshape.yaml': 'rules: {no-root-user: off}\n',
      '/elsewhere/deep/Dockerfile': ROOT_DOCKERFILE,
    }, '/repo');
    assert.equal(loadConfig('/elsewhere/deep/Dockerfile', project).configPath, '/elsewhere/.shipshape.yaml');
  });

  it('uses an explicit configuration file instead of discovering one', () => {
    const project = memProject({
      '/repo/.shipshape.yaml': 'rules: {no-root-user: error}\n',
      '/ci/strict.yaml': 'rules: {no-root-user: info}\n',
      '/repo/Dockerfile': ROOT_DOCKERFILE,
    }, '/repo');
    const c = loadConfig('/repo/Dockerfile', project, { configFile: '/ci/strict.yaml' });
    assert.equal(c.configPath, '/ci/strict.yaml');
    assert.deepEqual(c.settings, { rules: { 'no-root-user': 'info' } });
    const missing = loadConfig('/repo/Dockerfile', project, { configFile: '/ci/nope.yaml' });
    assert.deepEqual(missing.errors.map((e) => `${e.path}: ${e.message}`), ['/ci/nope.yaml: cannot read the configuration file']);
  });

  it('returns the errors of the configuration it used, with their file', () => {
    const project = memProject({ '/repo/.shipshape.yaml': 'rules:\n  no-root-user: loud\n', '/repo/Dockerfile': ROOT_DOCKERFILE }, '/repo');
    const c = loadConfig('/repo/Dockerfile', project);
    assert.deepEqual(c.errors.map((e) => [e.path, e.range.start.line, e.message]), [
      ['/repo/.shipshape.yaml', 1, "the severity of 'no-root-user' must be one of off, hint, info, warning, error, not 'loud'"],
    ]);
  });

  it('re-parses a configuration only when its text changes', () => {
    const files: Record<string, string> = { '/cache/.shipshape.yaml': 'rules: {no-root-user: error}\n', '/cache/Dockerfile': ROOT_DOCKERFILE };
    const project = memProject(files, '/cache');
    const first = loadConfig('/cache/Dockerfile', project).settings;
    assert.equal(loadConfig('/cache/Dockerfile', project).settings.rules, first.rules, 'same text: the cached settings');
    files['/cache/.shipshape.yaml'] = 'rules: {no-root-user: info}\n';
    assert.deepEqual(loadConfig('/cache/Dockerfile', project).settings, { rules: { 'no-root-user': 'info' } });
  });

  it('remembers folders in a discovery cache for a scan', () => {
    const project = memProject({
      '/repo/.shipshape.yaml': 'rules: {no-root-user: error}\n',
      '/repo/a/b/Dockerfile': ROOT_DOCKERFILE,
      '/repo/a/c/Dockerfile': ROOT_DOCKERFILE,
    }, '/repo');
    const discovery = new Map<string, Discovered>();
    loadConfig('/repo/a/b/Dockerfile', project, { discovery });
    assert.deepEqual([...discovery.keys()].sort(), ['/repo', '/repo/a', '/repo/a/b']);
    assert.equal(loadConfig('/repo/a/c/Dockerfile', project, { discovery }).configPath, '/repo/.shipshape.yaml');
    assert.deepEqual([...discovery.keys()].sort(), ['/repo', '/repo/a', '/repo/a/b', '/repo/a/c']);
  });
});

describe('ignore globs', () => {
  const project = memProject({
    '/repo/.shipshape.yaml': 'ignore:\n  - vendor\n  - "**/testdata/**"\n  - "*.generated.yaml"\n  - ./legacy/Dockerfile\n',
    '/repo/Dockerfile': ROOT_DOCKERFILE,
  }, '/repo');
  const c = loadConfig('/repo/Dockerfile', project);

  it('match relative to the configuration folder, folders included', () => {
    assert.deepEqual([
      '/repo/vendor/x/Dockerfile',
      '/repo/svc/testdata/k8s.yaml',
      '/repo/deep/k8s.generated.yaml',
      '/repo/legacy/Dockerfile',
      '/repo/Dockerfile',
      '/repo/svc/vendors/Dockerfile',
      '/other/vendor/Dockerfile',
    ].map((p) => c.isIgnored(p)), [true, true, true, true, false, false, false]);
  });
});

describe('.hadolint.yaml interop and precedence', () => {
  it('applies the nearest .hadolint.yaml under the Shipshape configuration', () => {
    const project = memProject({
      '/repo/.hadolint.yaml': 'ignored: [DL3002]\ntrustedRegistries: [quay.io]\n',
      '/repo/Dockerfile': ROOT_DOCKERFILE,
    }, '/repo');
    const c = loadConfig('/repo/Dockerfile', project);
    assert.equal(c.hadolintPath, '/repo/.hadolint.yaml');
    assert.deepEqual(c.settings, { rules: { 'no-root-user': 'off' }, trustedRegistries: ['quay.io'] });
    assert.deepEqual(analyze({ path: '/repo/Dockerfile', text: ROOT_DOCKERFILE }, project, c.settings).findings.filter((f) => f.ruleId === 'no-root-user'), []);
  });

  it('feeds the label schema and disable-ignore-pragma of .hadolint.yaml to the analysis', () => {
    const text = 'FROM debian:12\n# hadolint ignore=DL3056\nLABEL version=v1.2\n';
    const project = memProject({
      '/repo/.hadolint.yaml': 'label-schema:\n  version: semver\n  source: url\ndisable-ignore-pragma: true\n',
      '/repo/Dockerfile': text,
    }, '/repo');
    const c = loadConfig('/repo/Dockerfile', project);
    assert.deepEqual(analyze({ path: '/repo/Dockerfile', text }, project, c.settings).findings.filter((f) => f.ruleId.startsWith('label-schema')).map((f) => [f.ruleId, f.range.start.line, f.message]), [
      ['label-schema-missing', 0, "The image has no label 'source', which the label schema requires"],
      ['label-schema-semver', 2, "Label 'version' is not a semantic version (1.2.3): 'v1.2'"],
    ]);
  });

  it('lets .shipshape.yaml override what .hadolint.yml says', () => {
    const project = memProject({
      '/repo/.hadolint.yml': 'override:\n  info: [DL3002]\ntrustedRegistries: [quay.io]\n',
      '/repo/svc/.shipshape.yaml': 'rules: {no-root-user: error}\n',
      '/repo/svc/Dockerfile': ROOT_DOCKERFILE,
    }, '/repo');
    const c = loadConfig('/repo/svc/Dockerfile', project);
    assert.deepEqual(c.settings, { rules: { 'no-root-user': 'error' }, trustedRegistries: ['quay.io'] });
    assert.deepEqual(analyze({ path: '/repo/svc/Dockerfile', text: ROOT_DOCKERFILE }, project, c.settings).findings.filter((f) => f.ruleId === 'no-root-user').map((f) => f.severity), ['error']);
  });

  it('layers settings: rules merge per id, other keys are replaced', () => {
    assert.deepEqual(
      layerSettings({ rules: { a: 'off', b: 'info' }, trustedRegistries: ['x'], kubernetesLevel: 'baseline' }, { rules: { b: 'error' }, trustedRegistries: ['y'] }),
      { rules: { a: 'off', b: 'error' }, trustedRegistries: ['y'], kubernetesLevel: 'baseline' },
    );
  });
});

describe('configFileProblems', () => {
  it('validates each kind of configuration file by name, and nothing else', async () => {
    const { configFileProblems } = await import('../../server/src/config/index.js');
    assert.deepEqual(configFileProblems('/r/.shipshape.yml', 'rules: {nope: error}\n')?.map((e) => e.message), ["unknown rule id 'nope' in 'rules'"]);
    assert.deepEqual(configFileProblems('/r/.hadolint.yaml', 'ignored: DL3002\n')?.map((e) => e.message), ["'ignored' must be a list of strings, not 'DL3002'"]);
    assert.deepEqual(configFileProblems('/r/package.json', '{"shipshape": {"ignore": 1}}')?.map((e) => e.message), ["'ignore' must be a list of strings, not 1"]);
    assert.deepEqual(configFileProblems('/r/package.json', '{"name": "x"}'), []);
    assert.equal(configFileProblems('/r/Dockerfile', 'FROM x\n'), undefined);
  });
});
