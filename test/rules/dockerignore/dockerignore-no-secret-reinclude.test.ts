import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, findingsOf } from '../../helpers/annotated.js';
import { memoryProject } from '../workflow/memory-project.js';

const ID = 'dockerignore-no-secret-reinclude';
const path = '/app/.dockerignore';

describe(ID, () => {
  it('flags exceptions that bring secrets back', () => {
    expectFindings(ID, `**/.env*
!.env.production
^^^^^^^^^^^^^^^^ dockerignore-no-secret-reinclude "'!.env.production' brings an environment file back into the build context after an earlier line excluded it"
*
  !*.pem
  ^^^^^^ dockerignore-no-secret-reinclude`, { path });
  });

  it('leaves examples, certificates and exceptions with nothing excluded before', () => {
    expectClean(ID, '**/.env*\n!.env.example\n*.pem\n!certs/ca.pem\n', { path });
    expectClean(ID, '!.env\n.git\n', { path });
  });

  it('removes the exception line', () => {
    assert.equal(applyFix(ID, '.env*\n!.env.local\nnode_modules\n', { path }), '.env*\nnode_modules\n');
    // On the last line with no line end after it, the edit stays inside the file (it reached a line that does not exist).
    assert.equal(applyFix(ID, '.env*\r\n!.env.local', { path }), '.env*\r\n');
  });
});

describe(`${ID} and the builds that read the file`, () => {
  const text = '**/.env*\n!.env.production\n';
  it('reports in a file a Dockerfile beside it reads, and stays quiet in one no known build reads', () => {
    const used = memoryProject({ '/repo/.dockerignore': text, '/repo/Dockerfile': 'FROM alpine:3.23\n' });
    assert.equal(findingsOf(ID, text, { path: '/repo/.dockerignore', project: used }).length, 1);
    const unused = memoryProject({ '/repo/docs/.dockerignore': text, '/repo/docs/README.md': '' });
    assert.deepEqual(findingsOf(ID, text, { path: '/repo/docs/.dockerignore', project: unused }), []);
  });
});
