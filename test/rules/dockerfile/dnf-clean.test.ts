import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'dnf-clean';

describe(ID, () => {
  before(() => initEngine());

  it('flags dnf and dnf5 installs without clean-up in the shipped stages only', () => {
    expectFindings(ID, `FROM fedora:40 AS build
RUN dnf install -y gcc
FROM fedora:40
RUN dnf install -y httpd \\
#   ^^^^^^^^^^^ dnf-clean "dnf install leaves repository metadata and packages in /var/cache in this layer of the shipped image: run dnf clean all at the end of the same RUN"
 && dnf5 -y group install "C Development Tools and Libraries"
RUN bash -c "dnf5 install -y git"
#            ^^^^^^^^^^^^ dnf-clean "dnf5 install leaves repository metadata and packages in /var/cache in this layer of the shipped image: run dnf clean all at the end of the same RUN"
RUN <<EOF
dnf install -y jq
^^^^^^^^^^^ dnf-clean
EOF`);
  });

  it('stays quiet after clean all, rm of the cache or with a cache mount; leaves microdnf to its own rule', () => {
    expectClean(ID, `FROM fedora:40
RUN dnf install -y httpd && dnf clean all
RUN dnf -y install git && rm -rf /var/cache/dnf
RUN --mount=type=cache,target=/var/cache/dnf dnf install -y jq
RUN microdnf install -y shadow-utils
RUN dnf upgrade -y --refresh`);
  });

  it('wants the clean-up after the last install of the RUN', () => {
    expectFindings(ID, `FROM fedora:40
RUN dnf clean all && dnf install -y httpd
#                    ^^^^^^^^^^^ dnf-clean
RUN dnf install -y httpd && dnf clean all && dnf reinstall -y tzdata
#                                            ^^^^^^^^^^^^^ dnf-clean`);
  });

  it('appends dnf clean all to the RUN (safe)', () => {
    const before = 'FROM fedora:40\nRUN dnf install -y httpd \\\n && dnf5 -y install git\n';
    assert.deepEqual(fixTitles(ID, before), ['Add dnf clean all at the end of this RUN']);
    assert.equal(applyFix(ID, before), 'FROM fedora:40\nRUN dnf install -y httpd \\\n && dnf5 -y install git \\\n && dnf clean all\n');
  });
  it('agrees with hadolint DL3040 on its labelled cases (RUN fragments without FROM)', () => {
    const cases: [string, boolean][] = [
      ['RUN dnf install -y httpd-2.24.2', true],
      ['RUN dnf install -y httpd-2.24.2 && dnf clean all', false],
      ['RUN dnf install -y httpd && rm -rf /var/cache/yum/*', false],
    ];
    for (const [text, fires] of cases) assert.equal(findingsOf(ID, `${text}\n`).length > 0, fires, text);
  });
});
