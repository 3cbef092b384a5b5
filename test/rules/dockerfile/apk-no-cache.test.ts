import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'apk-no-cache';

describe(ID, () => {
  before(() => initEngine());

  it('flags apk add without --no-cache in the stages that ship, not in builders', () => {
    expectFindings(ID, `FROM alpine:3.21 AS build
RUN apk add gcc
FROM alpine:3.21 AS base
RUN apk update && apk add curl
#                 ^^^^^^^ apk-no-cache "apk add without --no-cache keeps the downloaded package index in /var/cache/apk, in this layer of the shipped image; add --no-cache"
RUN apk --update add \\
#   ^^^^^^^^^^^^^^^^ apk-no-cache
      --virtual .build-deps \\
      make
RUN sh -c 'apk add -U jq'
#          ^^^^^^^ apk-no-cache
RUN <<EOF
apk add git
^^^^^^^ apk-no-cache
EOF
FROM base
COPY --from=build /usr/bin/gcc /usr/bin/gcc
RUN ["apk", "add", "f"]
#    ^^^^^^^^^^^^ apk-no-cache`);
  });

  it('accepts --no-cache, a later rm of the cache, and cache mounts', () => {
    expectClean(ID, `FROM alpine:3.21
RUN apk add --no-cache a && apk --no-cache add b
RUN apk add c && rm -rf /var/cache/apk/*
RUN scanelf --needed --nobanner /usr/local | xargs -rt apk add --no-network --virtual .rundeps
RUN --mount=type=cache,target=/var/cache/apk apk add d
RUN --mount=type=cache,target=/etc/apk/cache apk add e
RUN echo "apk add x" && apk del g && apk upgrade`);
  });

  it('fix: Add --no-cache after add (safe), in shell and exec form', () => {
    const before = 'FROM alpine:3.21\nRUN apk --update add \\\n      --virtual .build-deps \\\n      make\n';
    assert.deepEqual(fixTitles(ID, before), ['Add --no-cache']);
    assert.equal(applyFix(ID, before), 'FROM alpine:3.21\nRUN apk --update add --no-cache \\\n      --virtual .build-deps \\\n      make\n');
    assert.equal(applyFix(ID, 'FROM alpine:3.21\nRUN ["apk", "add", "f"]\n'), 'FROM alpine:3.21\nRUN ["apk", "add", "--no-cache", "f"]\n');
  });
});
