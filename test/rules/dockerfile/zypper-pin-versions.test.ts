import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'zypper-pin-versions';
const on = { settings: { rules: { [ID]: 'info' as const } } };

describe(ID, () => {
  before(() => initEngine());

  it('is off by default', () => {
    assert.deepEqual(findingsOf(ID, 'FROM opensuse/leap:15.6\nRUN zypper -n install curl\n'), []);
  });

  it('flags each package without a version, in every stage, through sh -c and heredocs', () => {
    expectFindings(ID, `FROM opensuse/leap:15.6 AS build
RUN zypper -n in gcc=7 make
#                      ^^^^ zypper-pin-versions "zypper installs make in whatever version the repository has today: pin it (make=<version>) if builds must be repeatable"
FROM opensuse/leap:15.6
RUN zypper --non-interactive install \\
      curl \\
#     ^^^^ zypper-pin-versions
    && sh -c 'zypper -n in git'
#                          ^^^ zypper-pin-versions
RUN <<EOF
zypper -n install jq
#                 ^^ zypper-pin-versions
EOF`, on);
  });

  it('leaves versions, rpm files, capabilities and variables alone', () => {
    expectClean(ID, `FROM opensuse/leap:15.6
RUN zypper -n install curl=8.6.0 'git>=2.40' /tmp/x.rpm 'perl(DBI)' $PKGS
RUN zypper -n update && zypper -n rm vim`, on);
  });

  it('offers no fix', () => {
    assert.deepEqual(fixTitles(ID, 'FROM opensuse/leap:15.6\nRUN zypper -n install curl\n', on), []);
  });
  it('agrees with hadolint DL3037 on its labelled cases (RUN fragments without FROM)', () => {
    const cases: [string, boolean][] = [
      ['RUN zypper install -y httpd && zypper clean', true],
      ['RUN zypper install -y httpd=2.4.46 && zypper clean', false],
      ['RUN zypper install -y \'httpd>=2.4.46\' && zypper clean', false],
      ['RUN zypper install -y /tmp/httpd.rpm', false],
    ];
    for (const [text, fires] of cases) assert.equal(findingsOf(ID, `${text}\n`, on).length > 0, fires, text);
  });
});
