import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'zypper-non-interactive';

describe(ID, () => {
  before(() => initEngine());

  it('flags install, remove, source-install and patch without a non-interactive switch, in every stage', () => {
    expectFindings(ID, `FROM opensuse/leap:15.6 AS build
RUN zypper install gcc && zypper clean
#   ^^^^^^^^^^^^^^ zypper-non-interactive "zypper install without --non-interactive (or -y) waits for an answer nobody gives during a build: the step fails"
FROM opensuse/leap:15.6
RUN zypper refresh \\
 && zypper in -n curl \\
#   ^^^^^^^^^ zypper-non-interactive
 && zypper rm vim && zypper patch
#   ^^^^^^^^^ zypper-non-interactive
#                    ^^^^^^^^^^^^ zypper-non-interactive "zypper patch without --non-interactive (or -y) waits for an answer nobody gives during a build: the step fails"`);
  });

  it('sees zypper inside sh -c and heredocs', () => {
    expectFindings(ID, `FROM opensuse/leap:15.6
RUN sh -c "zypper si nginx"
#          ^^^^^^^^^ zypper-non-interactive
RUN <<EOF
zypper install curl
^^^^^^^^^^^^^^ zypper-non-interactive
EOF`);
  });

  it('stays quiet with -n/--non-interactive before the subcommand, -y/--no-confirm after it, and for other commands', () => {
    expectClean(ID, `FROM opensuse/leap:15.6
RUN zypper -n install curl && zypper --non-interactive in git && zypper install -y jq
RUN zypper in --no-confirm make && zypper -n patch && zypper --non-interactive si nginx
RUN zypper refresh && zypper search curl && zypper clean --all
RUN echo "zypper install curl"
RUN zypper install $ZYPPER_OPTS curl`);
  });

  it('adds -y after install/remove, --non-interactive after zypper otherwise (safe)', () => {
    const before = 'FROM opensuse/leap:15.6\nRUN zypper install curl && zypper clean\n';
    assert.deepEqual(fixTitles(ID, before), ['Add -y']);
    assert.equal(applyFix(ID, before), 'FROM opensuse/leap:15.6\nRUN zypper install -y curl && zypper clean\n');
    const patch = 'FROM opensuse/leap:15.6\nRUN zypper patch\n';
    assert.deepEqual(fixTitles(ID, patch), ['Add --non-interactive']);
    assert.equal(applyFix(ID, patch), 'FROM opensuse/leap:15.6\nRUN zypper --non-interactive patch\n');
  });
  it('agrees with hadolint DL3034 on its labelled cases (RUN fragments without FROM)', () => {
    const cases: [string, boolean][] = [
      ['RUN zypper install httpd=2.4.46 && zypper clean', true],
      ['RUN zypper install -y httpd=2.4.46 && zypper clean', false],
      ['RUN zypper install --no-confirm httpd=2.4.46 && zypper clean', false],
      ['RUN zypper remove httpd', true],
    ];
    for (const [text, fires] of cases) assert.equal(findingsOf(ID, `${text}\n`).length > 0, fires, text);
  });
});
