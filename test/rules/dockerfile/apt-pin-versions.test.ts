import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { expectClean, expectFindings, findingsOf } from '../../helpers/annotated.js';

const ID = 'apt-pin-versions';
const on = { settings: { rules: { [ID]: 'info' as const } } };

describe(ID, () => {
  before(() => initEngine());

  it('is off by default', () => {
    assert.deepEqual(findingsOf(ID, 'FROM debian:12\nRUN apt-get install -y curl'), []);
  });

  it('flags each package without a version, in every stage, across continuations and in sh -c', () => {
    expectFindings(ID, `FROM debian:12 AS build
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10 git
#                                                                               ^^^ apt-pin-versions "apt-get installs git without a version, so each build takes whatever the mirror has that day; pin it as git=<version>"
FROM debian:12
RUN apt-get install -y -t bookworm-backports \\
      curl/bookworm-backports \\
#     ^^^^^^^^^^^^^^^^^^^^^^^ apt-pin-versions
      "jq=1.6-2.1"
RUN sh -c 'apt-get -o Dpkg::Options::=--force-confold install -y make'
#                                                                ^^^^ apt-pin-versions`, on);
  });

  it('stays quiet on pinned packages, .deb files, paths, variables and other subcommands', () => {
    expectClean(ID, `FROM debian:12
RUN apt-get install -y curl=7.88.1-10 ./pkg.deb /tmp/other.deb $PKGS "\${EXTRA}"
RUN apt-get remove -y curl && apt-get install -s vim && apt install -y nano && echo "apt-get install x"`, on);
  });
});
