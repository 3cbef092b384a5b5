import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, fixTitles, findingsOf } from '../../helpers/annotated.js';

const ID = 'apt-no-install-recommends';

describe(ID, () => {
  before(() => initEngine());

  it('flags apt-get install without --no-install-recommends in every stage, across continuations and sh -c', () => {
    expectFindings(ID, `FROM debian:12 AS build
RUN apt-get update && apt-get install -y curl
#                     ^^^^^^^^^^^^^^^ apt-no-install-recommends "apt-get install without --no-install-recommends: apt also installs every package the named ones merely recommend, which the image then ships and patches; add --no-install-recommends and name what is needed"
RUN apt-get update \\
 && apt-get -y install \\
#   ^^^^^^^^^^^^^^^^^^ apt-no-install-recommends
      git
FROM debian:12
RUN sh -c 'apt-get install -y gcc'
#          ^^^^^^^^^^^^^^^ apt-no-install-recommends
RUN <<EOF
apt-get install -y jq
^^^^^^^^^^^^^^^ apt-no-install-recommends
EOF`);
  });

  it('reports once per RUN, naming how many more installs it covers, and fixes them all', () => {
    expectFindings(ID, `FROM debian:12
RUN apt-get update && apt-get install -y curl && apt-get install -y --no-install-recommends jq && apt-get install -y git
#                     ^^^^^^^^^^^^^^^ apt-no-install-recommends "apt-get install without --no-install-recommends: apt also installs every package the named ones merely recommend, which the image then ships and patches; add --no-install-recommends and name what is needed (and 1 more apt-get install in this RUN)"`);
    assert.equal(applyFix(ID, 'FROM debian:12\nRUN apt-get install -y curl && apt-get install -y git\n'),
      'FROM debian:12\nRUN apt-get install --no-install-recommends -y curl && apt-get install --no-install-recommends -y git\n');
  });

  it('leaves development stages that never ship and dev/CI tool images alone', () => {
    expectClean(ID, 'FROM debian:12 AS dev-envs\nRUN apt-get install -y git\nFROM debian:12\nRUN apt-get install -y --no-install-recommends curl');
    expectClean(ID, 'FROM debian:12\nRUN apt-get install -y gdb', { path: '/repo/Dockerfile.debug' });
  });

  it('accepts the option anywhere on the command and APT::Install-Recommends set to false', () => {
    expectClean(ID, `FROM debian:12
RUN apt-get install -y --no-install-recommends a && apt-get --no-install-recommends -y install a2
RUN apt-get -o APT::Install-Recommends=false install -y b && apt-get -o APT::Install-Recommends=0 install -y c
RUN apt-get install -s d && apt-get remove -y e && apt install -y f
RUN echo "apt-get install -y g"`);
  });

  it('honours hadolint DL3015 and Trivy DS-0029 suppressions', () => {
    expectClean(ID, `FROM debian:12
# hadolint ignore=DL3015
RUN apt-get install -y a
#trivy:ignore:AVD-DS-0029
RUN apt-get install -y b`);
  });

  it('is info by default', () => {
    assert.equal(findingsOf(ID, 'FROM debian:12\nRUN apt-get install -y a')[0].severity, 'info');
  });

  it('fix: Add --no-install-recommends after install (unsafe)', () => {
    const before = 'FROM debian:12\nRUN apt-get update && apt-get install -y curl \\\n    git\n';
    assert.deepEqual(fixTitles(ID, before), ['Add --no-install-recommends']);
    assert.equal(findingsOf(ID, before)[0].fixes[0].safe, false);
    assert.equal(applyFix(ID, before), 'FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends -y curl \\\n    git\n');
  });
});
