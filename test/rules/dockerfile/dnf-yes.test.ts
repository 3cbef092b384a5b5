import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'dnf-yes';

describe(ID, () => {
  before(() => initEngine());

  it('flags dnf and dnf5 installs without -y, in every stage', () => {
    expectFindings(ID, `FROM fedora:40 AS build
RUN dnf install gcc make \\
#   ^^^^^^^^^^^ dnf-yes "dnf install without -y stops at its "Is this ok [y/N]" prompt, which nobody answers during a build: the step fails. Add -y"
    && dnf clean all
FROM fedora:41
RUN dnf5 group install "Development Tools" && dnf -y install git
#   ^^^^^^^^^^^^^^^^^^ dnf-yes "dnf5 install without -y stops at its "Is this ok [y/N]" prompt, which nobody answers during a build: the step fails. Add -y"`);
  });

  it('sees dnf inside bash -c and heredocs', () => {
    expectFindings(ID, `FROM fedora:40
RUN bash -c "dnf --setopt=install_weak_deps=False install httpd"
#            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ dnf-yes
RUN <<EOF bash
set -e
dnf module install nodejs:20
^^^^^^^^^^^^^^^^^^ dnf-yes
EOF`);
  });

  it('stays quiet when answered, for microdnf (which never asks), other subcommands and strings', () => {
    expectClean(ID, `FROM fedora:40
RUN dnf install -y httpd && dnf -qy install git && dnf --assumeyes install jq
RUN dnf --setopt assumeyes=True install make
RUN microdnf install shadow-utils && microdnf clean all
RUN dnf upgrade --refresh && dnf clean all
RUN printf 'dnf install httpd\\n' > /tmp/notes
RUN dnf install \${DNF_OPTS} httpd`);
  });

  it('adds -y after the subcommand (safe)', () => {
    const before = 'FROM fedora:40\nRUN dnf install httpd \\\n && dnf clean all\n';
    assert.deepEqual(fixTitles(ID, before), ['Add -y']);
    assert.equal(applyFix(ID, before), 'FROM fedora:40\nRUN dnf install -y httpd \\\n && dnf clean all\n');
    assert.equal(applyFix(ID, 'FROM fedora:40\nRUN ["dnf", "group", "install", "Development Tools"]\n'), 'FROM fedora:40\nRUN ["dnf", "group", "install", "-y", "Development Tools"]\n');
  });
  it('agrees with hadolint DL3038 on its labelled cases (RUN fragments without FROM)', () => {
    const cases: [string, boolean][] = [
      ['RUN dnf install httpd-2.24.2 && dnf clean all', true],
      ['RUN dnf install -y httpd-2.24.2 && dnf clean all', false],
      ['RUN dnf groupinstall mariadb-server', true],
    ];
    for (const [text, fires] of cases) assert.equal(findingsOf(ID, `${text}\n`).length > 0, fires, text);
  });
});
