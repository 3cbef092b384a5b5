import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, findingsOf } from '../../helpers/annotated.js';

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
