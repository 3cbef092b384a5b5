import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'zypper-clean';

describe(ID, () => {
  before(() => initEngine());

  it('flags zypper installs without clean-up in the shipped stages only', () => {
    expectFindings(ID, `FROM opensuse/leap:15.6 AS build
RUN zypper -n install gcc
FROM opensuse/leap:15.6
RUN zypper --non-interactive install curl
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ zypper-clean "zypper install leaves repository metadata in /var/cache/zypp in this layer of the shipped image: run zypper clean --all at the end of the same RUN"
RUN zypper clean -a && sh -c 'zypper -n in git'
#                             ^^^^^^^^^^^^ zypper-clean "zypper in leaves repository metadata in /var/cache/zypp in this layer of the shipped image: run zypper clean --all at the end of the same RUN"
RUN zypper -n refresh \\
 && zypper -n install curl
#   ^^^^^^^^^^^^^^^^^ zypper-clean
RUN <<EOF
zypper -n install git
^^^^^^^^^^^^^^^^^ zypper-clean
EOF`);
  });

  it('stays quiet after zypper clean or cc, rm of the cache, a cache mount, and for other subcommands', () => {
    expectClean(ID, `FROM opensuse/leap:15.6
RUN zypper -n install curl && zypper clean
RUN zypper -n in git \\
 && zypper cc --all
RUN zypper -n in jq && rm -rf /var/cache/zypp/*
RUN --mount=type=cache,target=/var/cache/zypp zypper -n in make
RUN zypper -n refresh && zypper -n update`);
  });

  it('appends zypper clean --all to the RUN (safe)', () => {
    const before = 'FROM opensuse/leap:15.6\nRUN zypper -n install curl\n';
    assert.deepEqual(fixTitles(ID, before), ['Add zypper clean --all at the end of this RUN']);
    assert.equal(applyFix(ID, before), 'FROM opensuse/leap:15.6\nRUN zypper -n install curl && zypper clean --all\n');
    assert.equal(
      applyFix(ID, 'FROM opensuse/leap:15.6\nRUN zypper -n refresh \\\n && zypper -n install curl\n'),
      'FROM opensuse/leap:15.6\nRUN zypper -n refresh \\\n && zypper -n install curl \\\n && zypper clean --all\n',
    );
  });
  it('agrees with hadolint DL3036 on its labelled cases (RUN fragments without FROM)', () => {
    const cases: [string, boolean][] = [
      ['RUN zypper install -y httpd=2.4.46', true],
      ['RUN zypper install -y httpd=2.4.46 && zypper clean', false],
      ['RUN zypper install -y httpd=2.4.46 && zypper cc', false],
    ];
    for (const [text, fires] of cases) assert.equal(findingsOf(ID, `${text}\n`).length > 0, fires, text);
  });
});
