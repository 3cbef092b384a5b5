import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'gha-no-write-all-permissions';
const path = '/repo/.github/workflows/ci.yml';

describe(ID, () => {
  it('flags a top-level write-all', () => {
    expectFindings(ID, `on: push
permissions: write-all
#            ^^^^^^^^^ gha-no-write-all-permissions "The workflow grants its GITHUB_TOKEN write access to every scope (permissions: write-all)"
jobs: {}`, { path });
  });

  it('leaves scoped, read-all and job-level permissions to other rules', () => {
    expectClean(ID, 'on: push\npermissions:\n  contents: write\njobs: {}', { path });
    expectClean(ID, 'on: push\npermissions: read-all\njobs: {}', { path });
    expectClean(ID, 'on: push\njobs:\n  a:\n    permissions: write-all\n    runs-on: x', { path });
  });

  it('replaces write-all with read access to contents', () => {
    assert.equal(applyFix(ID, 'on: push\npermissions: write-all # broad\njobs: {}\n', { path }), 'on: push\npermissions: { contents: read } # broad\njobs: {}\n');
  });
});
