import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'dnf-pin-versions';
const on = { settings: { rules: { [ID]: 'info' as const } } };

describe(ID, () => {
  before(() => initEngine());

  it('is off by default', () => {
    assert.deepEqual(findingsOf(ID, 'FROM fedora:40\nRUN dnf install -y httpd\n'), []);
  });

  it('flags dnf, dnf5 and microdnf packages without a version, in every stage', () => {
    expectFindings(ID, `FROM fedora:40 AS build
RUN dnf install -y gcc && dnf5 install -y make-4.4
#                  ^^^ dnf-pin-versions "dnf installs gcc in whatever version the mirror has today: pin it (gcc-<version>) if builds must be repeatable"
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
RUN microdnf install -y \\
      shadow-utils \\
#     ^^^^^^^^^^^^ dnf-pin-versions "microdnf installs shadow-utils in whatever version the mirror has today: pin it (shadow-utils-<version>) if builds must be repeatable"
    && microdnf clean all`, on);
  });

  it('sees module streams, bash -c and heredocs', () => {
    expectFindings(ID, `FROM fedora:40
RUN bash -c 'dnf module install -y nodejs:20 python39'
#                                            ^^^^^^^^ dnf-pin-versions
RUN <<EOF
dnf install -y httpd
#              ^^^^^ dnf-pin-versions
EOF`, on);
  });

  it('leaves versions, rpm files, groups, capabilities and variables alone', () => {
    expectClean(ID, `FROM fedora:40
RUN dnf install -y httpd-2.4.62 'curl >= 8' /tmp/x.rpm @development-tools 'dnf-command(config-manager)' $PKGS
RUN dnf upgrade -y && dnf remove -y vim`, on);
  });

  it('offers no fix', () => {
    assert.deepEqual(fixTitles(ID, 'FROM fedora:40\nRUN dnf install -y httpd\n', on), []);
  });
  it('agrees with hadolint DL3041 on its labelled cases (RUN fragments without FROM)', () => {
    const cases: [string, boolean][] = [
      ['RUN dnf install -y tomcat && dnf clean all', true],
      ['RUN dnf install -y tomcat-9.2 && dnf clean all', false],
      ['RUN microdnf install -y tomcat && microdnf clean all', true],
      ['RUN dnf module install -y tomcat && dnf clean all', true],
      ['RUN dnf module install -y tomcat:9 && dnf clean all', false],
    ];
    for (const [text, fires] of cases) assert.equal(findingsOf(ID, `${text}\n`, on).length > 0, fires, text);
  });
});
