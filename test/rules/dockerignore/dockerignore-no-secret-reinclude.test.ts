import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings } from '../../helpers/annotated.js';

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
