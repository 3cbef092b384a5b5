import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-inline-ignore-pragma';
const on = { settings: { rules: { [ID]: 'info' as const } } };

describe(ID, () => {
  it('flags hadolint ignore and global ignore comments', () => {
    expectFindings(ID, `# hadolint global ignore=DL3003
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-inline-ignore-pragma "Inline ignore comments are not allowed here: fix the finding, or ignore the check for the project in .hadolint.yaml"
FROM debian:12
  #hadolint ignore=DL3008,DL3015 because
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-inline-ignore-pragma
RUN apt-get install -y curl`, on);
  });

  it('is off by default', () => {
    expectClean(ID, '# hadolint ignore=DL3008\nFROM debian:12');
  });

  it('leaves other comments and Shipshape suppressions alone', () => {
    expectClean(ID, '# hadolint shell=powershell\n# shipshape-ignore no-root-user\n# ignore=DL3008\nFROM debian:12\n# the hadolint ignore= syntax is documented', on);
  });

  it('removes the comment line (unsafe)', () => {
    assert.deepEqual(fixTitles(ID, 'FROM debian:12\n# hadolint ignore=DL3008\nRUN true', on), ['Remove the ignore comment (what it silenced is reported again)']);
    assert.equal(applyFix(ID, 'FROM debian:12\n# hadolint ignore=DL3008\nRUN true\n', on), 'FROM debian:12\nRUN true\n');
    assert.equal(applyFix(ID, 'FROM debian:12\r\n# hadolint ignore=DL3008\r\nRUN true\r\n', on), 'FROM debian:12\r\nRUN true\r\n');
    assert.equal(applyFix(ID, 'FROM debian:12\n# hadolint global ignore=DL3008', on), 'FROM debian:12');
  });
});
