import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'yum-yes';

describe(ID, () => {
  before(() => initEngine());

  it('flags install, groupinstall and localinstall without -y, in every stage and across continuation lines', () => {
    expectFindings(ID, `FROM centos:7 AS build
RUN yum install httpd && yum clean all
#   ^^^^^^^^^^^ yum-yes "yum install without -y stops at its "Is this ok [y/d/N]" prompt, which nobody answers during a build: the step fails. Add -y"
FROM centos:7
RUN yum update -y \\
 && yum groupinstall "Development Tools" \\
#   ^^^^^^^^^^^^^^^^ yum-yes
 && yum -q localinstall /tmp/x.rpm
#   ^^^^^^^^^^^^^^^^^^^ yum-yes "yum localinstall without -y stops at its "Is this ok [y/d/N]" prompt, which nobody answers during a build: the step fails. Add -y"`);
  });

  it('sees yum inside sh -c, heredocs, sudo and module install', () => {
    expectFindings(ID, `FROM rockylinux:9
RUN sh -c 'yum install -q httpd'
#          ^^^^^^^^^^^ yum-yes
RUN <<EOF
yum module install nodejs:18
^^^^^^^^^^^^^^^^^^ yum-yes
EOF
RUN sudo yum --enablerepo epel install jq
#        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ yum-yes`);
  });

  it('stays quiet when the prompt is answered, for other subcommands, strings, comments and unknown options', () => {
    expectClean(ID, `FROM centos:7
RUN yum install -y httpd && yum -y install git && yum --assumeyes install jq
RUN yum install -qy curl && yum --setopt=assumeyes=1 install make
RUN yum update && yum remove -y vim && yum clean all
RUN echo "yum install httpd" # yum install httpd
RUN yum install $YUM_FLAGS httpd
RUN dnf install -y httpd`);
  });

  it('honours hadolint and Shipshape suppressions', () => {
    expectClean(ID, `FROM centos:7
# hadolint ignore=DL3030
RUN yum install httpd
# shipshape-ignore yum-yes
RUN yum install git`);
  });

  it('adds -y after the subcommand (safe)', () => {
    const before = 'FROM centos:7\nRUN yum install httpd && yum clean all\n';
    assert.deepEqual(fixTitles(ID, before), ['Add -y']);
    assert.equal(applyFix(ID, before), 'FROM centos:7\nRUN yum install -y httpd && yum clean all\n');
    assert.equal(applyFix(ID, 'FROM centos:7\nRUN yum module install nodejs:18 \\\n    && yum clean all\n'), 'FROM centos:7\nRUN yum module install -y nodejs:18 \\\n    && yum clean all\n');
  });

  it('adds -y as a new argument in exec form and inside sh -c', () => {
    assert.equal(applyFix(ID, 'FROM centos:7\nRUN ["yum", "install", "httpd"]\n'), 'FROM centos:7\nRUN ["yum", "install", "-y", "httpd"]\n');
    assert.equal(applyFix(ID, "FROM centos:7\nRUN sh -c 'yum install httpd'\n"), "FROM centos:7\nRUN sh -c 'yum install -y httpd'\n");
  });

  it('keeps CRLF line endings', () => {
    assert.equal(applyFix(ID, 'FROM centos:7\r\nRUN yum install httpd \\\r\n && yum clean all\r\n'), 'FROM centos:7\r\nRUN yum install -y httpd \\\r\n && yum clean all\r\n');
  });
  it('agrees with hadolint DL3030 on its labelled cases (RUN fragments without FROM)', () => {
    const cases: [string, boolean][] = [
      ['RUN yum install httpd-2.24.2 && yum clean all', true],
      ['RUN yum install -y httpd-2.24.2 && yum clean all', false],
      ['RUN yum groupinstall mariadb-server', true],
      ['RUN yum localinstall -y mariadb-server.rpm', false],
    ];
    for (const [text, fires] of cases) assert.equal(findingsOf(ID, `${text}\n`).length > 0, fires, text);
  });
});
