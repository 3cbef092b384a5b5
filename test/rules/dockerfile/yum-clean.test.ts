import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'yum-clean';

describe(ID, () => {
  before(() => initEngine());

  it('flags a RUN of the final stage that installs without cleaning', () => {
    expectFindings(ID, `FROM centos:7
RUN yum install -y httpd
#   ^^^^^^^^^^^ yum-clean "yum install leaves repository metadata and packages in /var/cache in this layer of the shipped image: run yum clean all at the end of the same RUN"
RUN yum clean all`);
  });

  it('judges only the stages that ship: the final stage and the stages it is built FROM', () => {
    expectFindings(ID, `FROM centos:7 AS builder
RUN yum install -y gcc make
FROM centos:7 AS base
RUN yum -y install httpd
#   ^^^^^^^^^^^^^^ yum-clean
FROM base
COPY --from=builder /out /srv
RUN yum install -y mod_ssl \\
#   ^^^^^^^^^^^ yum-clean
 && echo done`);
  });

  it('wants the clean-up after the last install, in the same RUN, seen through sh -c and heredocs', () => {
    expectFindings(ID, `FROM centos:7
RUN yum clean all && yum install -y httpd
#                    ^^^^^^^^^^^ yum-clean
RUN yum install -y a && yum clean all && yum localinstall -y /tmp/b.rpm
#                                        ^^^^^^^^^^^^^^^^ yum-clean
RUN sh -c 'yum install -y httpd'
#          ^^^^^^^^^^^ yum-clean
RUN <<EOF
yum install -y httpd
^^^^^^^^^^^ yum-clean
EOF`);
  });

  it('stays quiet after yum/dnf clean all, rm of the cache, a cache mount, or in strings', () => {
    expectClean(ID, `FROM centos:7
RUN yum install -y httpd && yum clean all
RUN yum install -y httpd \\
    && dnf clean all
RUN yum install -y httpd && rm -rf /var/cache/yum/*
RUN yum install -y httpd; rm -rf /var/cache/dnf
RUN --mount=type=cache,target=/var/cache/yum yum install -y httpd
RUN <<EOF
yum install -y httpd
yum clean all
EOF
RUN echo "yum install -y httpd"
RUN yum update -y && yum makecache`);
  });

  it('appends yum clean all on the same line of a one-line RUN (safe)', () => {
    const before = 'FROM centos:7\nRUN yum install -y httpd\n';
    assert.deepEqual(fixTitles(ID, before), ['Add yum clean all at the end of this RUN']);
    assert.equal(applyFix(ID, before), 'FROM centos:7\nRUN yum install -y httpd && yum clean all\n');
    assert.equal(applyFix(ID, "FROM centos:7\nRUN sh -c 'yum install -y httpd'\n"), "FROM centos:7\nRUN sh -c 'yum install -y httpd' && yum clean all\n");
  });

  it('adds a continuation line in the style of a multi-line RUN', () => {
    assert.equal(
      applyFix(ID, 'FROM centos:7\nRUN yum install -y httpd \\\n    && yum install -y mod_ssl\nUSER 1000\n'),
      'FROM centos:7\nRUN yum install -y httpd \\\n    && yum install -y mod_ssl \\\n    && yum clean all\nUSER 1000\n',
    );
    assert.equal(
      applyFix(ID, 'FROM centos:7\nRUN yum update -y && \\\n  yum install -y httpd\n'),
      'FROM centos:7\nRUN yum update -y && \\\n  yum install -y httpd && \\\n  yum clean all\n',
    );
    assert.equal(
      applyFix(ID, 'FROM centos:7\r\nRUN yum install -y httpd \\\r\n && echo ok\r\n'),
      'FROM centos:7\r\nRUN yum install -y httpd \\\r\n && echo ok \\\r\n && yum clean all\r\n',
    );
  });

  it('ends a heredoc script with the clean-up', () => {
    assert.equal(
      applyFix(ID, 'FROM centos:7\nRUN <<EOF\nset -e\nyum install -y httpd\nEOF\n'),
      'FROM centos:7\nRUN <<EOF\nset -e\nyum install -y httpd && yum clean all\nEOF\n',
    );
  });

  it('offers no fix where appending could change what runs', () => {
    assert.deepEqual(fixTitles(ID, 'FROM centos:7\nRUN ["yum", "install", "-y", "httpd"]\n'), []);
    assert.deepEqual(fixTitles(ID, 'FROM centos:7\nRUN if true; then yum install -y httpd; fi\n'), []);
  });
  it('agrees with hadolint DL3032 on its labelled cases (RUN fragments without FROM)', () => {
    const cases: [string, boolean][] = [
      ['RUN yum install -y httpd-2.24.2', true],
      ['RUN yum install -y httpd-2.24.2 && yum clean all', false],
      ['RUN yum install -y httpd && rm -rf /var/cache/yum/*', false],
      ['RUN yum update -y', false],
    ];
    for (const [text, fires] of cases) assert.equal(findingsOf(ID, `${text}\n`).length > 0, fires, text);
  });
});
