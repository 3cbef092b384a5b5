import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'microdnf-clean';

describe(ID, () => {
  before(() => initEngine());

  it('flags microdnf installs without clean-up in the shipped stages only', () => {
    expectFindings(ID, `FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4 AS tools
RUN microdnf install -y tar gzip
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
RUN microdnf install -y shadow-utils \\
#   ^^^^^^^^^^^^^^^^ microdnf-clean "microdnf install leaves repository metadata in /var/cache in this layer of the shipped image: run microdnf clean all at the end of the same RUN"
    && useradd -u 1001 app
RUN <<EOF
microdnf --nodocs install -y java-21-openjdk-headless
^^^^^^^^^^^^^^^^^^^^^^^^^ microdnf-clean
EOF
RUN sh -c 'microdnf install -y tar'
#          ^^^^^^^^^^^^^^^^ microdnf-clean`);
  });

  it('stays quiet after microdnf clean all, rm of the cache, a cache mount, and for dnf', () => {
    expectClean(ID, `FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
RUN microdnf install -y shadow-utils && microdnf clean all
RUN microdnf install -y tar && rm -rf /var/cache/yum
RUN --mount=type=cache,target=/var/cache/yum microdnf install -y gzip
RUN microdnf update -y
RUN dnf install -y httpd`);
  });

  it('appends microdnf clean all to the RUN (safe)', () => {
    const before = 'FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4\nRUN microdnf install -y shadow-utils \\\n    && useradd -u 1001 app\n';
    assert.deepEqual(fixTitles(ID, before), ['Add microdnf clean all at the end of this RUN']);
    assert.equal(applyFix(ID, before), 'FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4\nRUN microdnf install -y shadow-utils \\\n    && useradd -u 1001 app \\\n    && microdnf clean all\n');
  });
  it('agrees with hadolint DL3040 on its labelled cases (RUN fragments without FROM)', () => {
    const cases: [string, boolean][] = [
      ['RUN microdnf install -y httpd-2.24.2', true],
      ['RUN microdnf install -y httpd-2.24.2 && microdnf clean all', false],
    ];
    for (const [text, fires] of cases) assert.equal(findingsOf(ID, `${text}\n`).length > 0, fires, text);
  });
});
