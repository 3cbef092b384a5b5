import assert from 'node:assert/strict';
import { describe, before, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { expectClean, expectFindings, findingsOf } from '../../helpers/annotated.js';

const ID = 'apk-pin-versions';
const on = { settings: { rules: { [ID]: 'info' as const } } };

describe(ID, () => {
  before(() => initEngine());

  it('is off by default', () => {
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.21\nRUN apk add --no-cache curl'), []);
  });

  it('flags each package without a version, in every stage, in sh -c, heredocs and exec form', () => {
    expectFindings(ID, `FROM alpine:3.21 AS build
RUN apk add gcc
#           ^^^ apk-pin-versions "apk adds gcc without a version, so each build takes whatever the repository has that day; pin it as gcc=<version> (or gcc~<major.minor>)"
FROM alpine:3.21
RUN apk update && apk add curl=8.11.1-r0 bash~5.2 "tzdata>2024" musl-dev
#                                                               ^^^^^^^^ apk-pin-versions
RUN apk --update add \\
      --virtual .build-deps \\
      make $EXTRA ./local.apk
#     ^^^^ apk-pin-versions
RUN sh -c 'apk add -U jq'
#                     ^^ apk-pin-versions
RUN <<EOF
apk add git
        ^^^ apk-pin-versions
EOF
RUN ["apk", "add", "f"]
#                  ^^^ apk-pin-versions`, on);
  });

  it('stays quiet on pinned packages, variables, files, the virtual name and other subcommands', () => {
    expectClean(ID, `FROM alpine:3.21
RUN apk add --no-cache -t .deps curl=8.11.1-r0 "bash<6" $PKGS /tmp/x.apk ./y.apk
RUN apk del gcc && apk upgrade musl && echo "apk add z"`, on);
  });
});
