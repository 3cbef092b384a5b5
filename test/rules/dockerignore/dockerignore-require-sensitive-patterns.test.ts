import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, findingsOf } from '../../helpers/annotated.js';
import { memoryProject } from '../workflow/memory-project.js';

const ID = 'dockerignore-require-sensitive-patterns';
const path = '/app/.dockerignore';

describe(ID, () => {
  it('reports every missing group in one finding on the first line, with one fix that adds them all', () => {
    const text = 'node_modules\ndist';
    const findings = expectFindings(ID, `node_modules
^^^^^^^^^^^^ dockerignore-require-sensitive-patterns "This .dockerignore does not exclude environment files (.env), private keys (*.pem, *.key, id_rsa), credential files (credentials*.json, *.p12) or the Git history (.git); add **/.env, **/.env.*, **/*.pem, **/*.key, **/id_rsa*, **/id_ed25519*, **/credentials*.json, **/*.p12, **/*.pfx, .git"
dist`, { path });
    assert.deepEqual(findings.map((f) => f.severity), ['warning']);
    assert.deepEqual(findings[0].fixes.map((f) => f.title), ['Add the 10 missing patterns (**/.env, **/.env.*, **/*.pem, …)']);
    assert.equal(applyFix(ID, text, { path }), `${text}\n**/.env\n**/.env.*\n**/*.pem\n**/*.key\n**/id_rsa*\n**/id_ed25519*\n**/credentials*.json\n**/*.p12\n**/*.pfx\n.git\n`);
  });

  it('is info when only the Git history is missing', () => {
    const findings = expectFindings(ID, `**/.env
^^^^^^^ dockerignore-require-sensitive-patterns "This .dockerignore does not exclude the Git history (.git); add .git"
**/.env.*
*.pem
*.key
id_*
credentials*.json
*.p12
*.pfx`, { path });
    assert.deepEqual(findings.map((f) => [f.severity, f.fixes[0].title]), [['info', 'Add .git']]);
  });

  it('accepts equivalent patterns under Docker\'s matching and allowlist files', () => {
    expectClean(ID, '.git\n.env\n.env.*\n*.pem\n*.key\nid_rsa\nid_ed25519\ncredentials.json\n*.p12\n*.pfx\n', { path });
    expectClean(ID, '*\n!src\n!package.json\n', { path });
  });

  it('keeps .git excluded under a deliberate re-include such as !.git/HEAD, and never appends a line that would undo it', () => {
    const all = '**/.env\n**/.env.*\n**/*.pem\n**/*.key\n**/id_rsa*\n**/id_ed25519*\n**/credentials*.json\n**/*.p12\n**/*.pfx\n';
    expectClean(ID, `.git\n!.git/HEAD\n!.git/refs\n${all}`, { path });
    assert.deepEqual(findingsOf(ID, `.git\n!.git\n${all}`, { path }).map((f) => f.message), ['This .dockerignore does not exclude the Git history (.git); add .git']);
  });

  it('adds only the missing patterns of a group', () => {
    const text = '.git\n.env\n*.pem\n*.key\nid_*\ncredentials*.json\n*.p12\n*.pfx\n';
    assert.deepEqual(findingsOf(ID, text, { path }).map((f) => f.fixes[0].title), ['Add **/.env.*']);
    assert.equal(applyFix(ID, text, { path }), text + '**/.env.*\n');
  });

  it('keeps CRLF and adds a line break when the file has none at the end', () => {
    const text = '.git\r\n*\r\n!.env.production';
    assert.equal(applyFix(ID, text, { path }), '.git\r\n*\r\n!.env.production\r\n**/.env.*\r\n');
  });
});

describe(`${ID} judges the file by the builds that read it`, () => {
  const GAPS = 'node_modules\n';
  const USED_MESSAGE = 'This .dockerignore does not exclude environment files (.env), private keys (*.pem, *.key, id_rsa), credential files (credentials*.json, *.p12) or the Git history (.git); add **/.env, **/.env.*, **/*.pem, **/*.key, **/id_rsa*, **/id_ed25519*, **/credentials*.json, **/*.p12, **/*.pfx, .git';
  const UNUSED = 'No known build reads this .dockerignore: no Dockerfile beside it (without its own <name>.dockerignore), and no Compose build.context, workflow docker build or bake target uses this folder as its context; it is not judged';
  const judge = (path: string, files: Record<string, string>) => findingsOf(ID, files[path], { path, project: memoryProject(files) })
    .map((f) => ({ severity: f.severity, message: f.message, related: (f.related ?? []).map((r) => r.message) }));

  it('names the Dockerfile beside it that reads it', () => {
    assert.deepEqual(judge('/repo/api/.dockerignore', { '/repo/api/.dockerignore': GAPS, '/repo/api/Dockerfile': 'FROM alpine:3.23\n' }),
      [{ severity: 'warning', message: USED_MESSAGE, related: ['Dockerfile is built with this .dockerignore (Dockerfile beside it)'] }]);
  });

  it('names a Compose service, a workflow and a bake target whose context is its folder', () => {
    const compose = 'services:\n  api:\n    build:\n      context: .\n      dockerfile: docker/api.Dockerfile\n';
    assert.deepEqual(judge('/repo/.dockerignore', { '/repo/.dockerignore': GAPS, '/repo/compose.yaml': compose, '/repo/docker/api.Dockerfile': 'FROM alpine:3.23\n' })[0].related,
      ['docker/api.Dockerfile is built with this .dockerignore (compose.yaml (service api))']);
    const wf = 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          docker build --pull -t web -f web/Dockerfile .\n      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          file: ./tools/Dockerfile\n';
    assert.deepEqual(judge('/repo/.dockerignore', { '/repo/.dockerignore': GAPS, '/repo/.github/workflows/ci.yml': wf })[0].related,
      ['web/Dockerfile is built with this .dockerignore (.github/workflows/ci.yml)', 'tools/Dockerfile is built with this .dockerignore (.github/workflows/ci.yml)']);
    const bake = 'group "default" {\n  targets = ["app"]\n}\n\ntarget "app" {\n  context = "."\n  dockerfile = "build/app.Dockerfile"\n}\n';
    assert.deepEqual(judge('/repo/.dockerignore', { '/repo/.dockerignore': GAPS, '/repo/docker-bake.hcl': bake })[0].related,
      ['build/app.Dockerfile is built with this .dockerignore (docker-bake.hcl (target app))']);
  });

  it('says once, as a hint, that no known build reads it', () => {
    assert.deepEqual(judge('/repo/docs/.dockerignore', { '/repo/docs/.dockerignore': GAPS, '/repo/docs/index.md': '# docs\n' }),
      [{ severity: 'hint', message: UNUSED, related: [] }]);
    // The Dockerfile beside it is built by Compose from the parent folder, so the parent's context is what is sent.
    const compose = 'services:\n  api:\n    build:\n      context: .\n      dockerfile: api/Dockerfile\n';
    assert.deepEqual(judge('/repo/api/.dockerignore', { '/repo/api/.dockerignore': GAPS, '/repo/api/Dockerfile': 'FROM alpine:3.23\n', '/repo/compose.yaml': compose }).map((f) => f.severity), ['hint']);
    // The only Dockerfile has BuildKit's own Dockerfile.dockerignore, which takes precedence.
    assert.deepEqual(judge('/repo/.dockerignore', { '/repo/.dockerignore': GAPS, '/repo/Dockerfile': 'FROM alpine:3.23\n', '/repo/Dockerfile.dockerignore': '.git\n' }).map((f) => f.severity), ['hint']);
    assert.deepEqual(judge('/repo/web.Dockerfile.dockerignore', { '/repo/web.Dockerfile.dockerignore': GAPS, '/repo/Dockerfile': 'FROM alpine:3.23\n' }),
      [{ severity: 'hint', message: 'No build reads this web.Dockerfile.dockerignore: BuildKit reads it only for the Dockerfile web.Dockerfile beside it, and there is none; it is not judged', related: [] }]);
  });

  it('judges BuildKit\'s <name>.dockerignore for the Dockerfile it belongs to', () => {
    assert.deepEqual(judge('/repo/Dockerfile.dockerignore', { '/repo/Dockerfile.dockerignore': GAPS, '/repo/Dockerfile': 'FROM alpine:3.23\n' }),
      [{ severity: 'warning', message: USED_MESSAGE, related: ['Dockerfile is built with this .dockerignore (Dockerfile beside it)'] }]);
  });

  it('judges a file whose folder cannot be listed (an unsaved buffer) as before', () => {
    assert.deepEqual(judge('/repo/.dockerignore', { '/repo/.dockerignore': GAPS }).map((f) => f.severity), ['hint']);
    assert.deepEqual(findingsOf(ID, GAPS, { path: 'untitled:/.dockerignore' }).map((f) => f.severity), ['warning']);
  });
});
