import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'yum-pin-versions';
const on = { settings: { rules: { [ID]: 'info' as const } } };

describe(ID, () => {
  before(() => initEngine());

  it('is off by default', () => {
    assert.deepEqual(findingsOf(ID, 'FROM centos:7\nRUN yum install -y httpd\n'), []);
  });

  it('flags each package without a version, in every stage, across continuation lines', () => {
    expectFindings(ID, `FROM centos:7 AS build
RUN yum install -y gcc-4.8.5 make
#                            ^^^^ yum-pin-versions "yum installs make in whatever version the mirror has today: pin it (make-<version>) if builds must be repeatable"
FROM centos:7
RUN yum -y --enablerepo epel install \\
      httpd-tools \\
#     ^^^^^^^^^^^ yum-pin-versions
      'jq >= 1.6' \\
    && yum module install -y nodejs nodejs:18
#                            ^^^^^^ yum-pin-versions`, on);
  });

  it('sees yum inside sh -c and heredocs', () => {
    expectFindings(ID, `FROM centos:7
RUN sh -c "yum install -y git"
#                         ^^^ yum-pin-versions
RUN <<EOF
yum install -y git-2.39.3 curl
#                         ^^^^ yum-pin-versions
EOF`, on);
  });

  it('leaves versions, rpm files, paths, URLs, groups, capabilities, globs and variables alone', () => {
    expectClean(ID, `FROM centos:7
RUN yum install -y httpd-2.4.6-99.el7 java-11-openjdk /tmp/x.rpm ./y.rpm https://example.com/z.rpm
RUN yum install -y @core 'perl(DBI)' 'python3*' $PACKAGES "\${EXTRA}"
RUN yum groupinstall -y "Development Tools" && yum update -y bash
RUN echo "yum install -y httpd"`, on);
  });

  it('offers no fix', () => {
    assert.deepEqual(fixTitles(ID, 'FROM centos:7\nRUN yum install -y httpd\n', on), []);
  });
  it('agrees with hadolint DL3033 on its labelled cases (RUN fragments without FROM)', () => {
    const cases: [string, boolean][] = [
      ['RUN yum install -y tomcat && yum clean all', true],
      ['RUN yum install -y tomcat-9.2 && yum clean all', false],
      ['RUN yum module install -y tomcat && yum clean all', true],
      ['RUN yum module install -y tomcat:9 && yum clean all', false],
      ['RUN yum install -y /tmp/tomcat.rpm', false],
    ];
    for (const [text, fires] of cases) assert.equal(findingsOf(ID, `${text}\n`, on).length > 0, fires, text);
  });
});
