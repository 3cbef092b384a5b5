import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'apt-clean-lists';

describe(ID, () => {
  before(() => initEngine());

  it('flags apt-get update without list clean-up in the stages that ship, not in builders', () => {
    expectFindings(ID, `FROM debian:12 AS build
RUN apt-get update && apt-get install -y curl
FROM debian:12 AS base
RUN apt-get update && apt-get install -y curl
#   ^^^^^^^^^^^^^^ apt-clean-lists "apt-get update leaves its package lists (often 20 MB or more) in this layer of the shipped image; delete them at the end of the same RUN with rm -rf /var/lib/apt/lists/*"
RUN apt-get update \\
#   ^^^^^^^^^^^^^^ apt-clean-lists
 && apt-get install -y --no-install-recommends \\
      git \\
 && apt-get clean
RUN <<EOF
apt-get update
^^^^^^^^^^^^^^ apt-clean-lists
apt-get install -y f
EOF
RUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y c
#                                  ^^^^^^^^^^^^^^ apt-clean-lists
FROM base
COPY --from=build /usr/bin/curl /usr/bin/curl
RUN sh -c "apt-get update && apt-get install -y i"
#          ^^^^^^^^^^^^^^ apt-clean-lists`);
  });

  it('accepts rm of the lists or a parent after the update, dist-clean, find -delete and cache mounts', () => {
    expectClean(ID, `FROM debian:12
RUN apt-get update && apt-get install -y b && rm -rf /var/lib/apt/lists/*
RUN set -eux; apt-get update; apt-get install -y d; apt-get dist-clean
RUN apt-get update && apt-get install -y e; rm -rf /var/lib/apt
RUN apt-get update && apt-get install -y f && find /var/lib/apt/lists -type f -delete
RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y a
RUN --mount=type=tmpfs,target=/var/lib/apt apt-get update && apt-get install -y a
RUN apt update && apt install -y h
RUN echo "apt-get update"`);
  });

  it('honours hadolint DL3009 suppressions', () => {
    expectClean(ID, `FROM debian:12
# hadolint ignore=DL3009
RUN apt-get update && apt-get install -y curl`);
  });

  it('fix: one-line RUN gets && rm -rf /var/lib/apt/lists/* (safe)', () => {
    const before = 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nUSER app\n';
    assert.deepEqual(fixTitles(ID, before), ['Add rm -rf /var/lib/apt/lists/* at the end of the RUN']);
    assert.equal(applyFix(ID, before), 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nUSER app\n');
  });

  it('fix: a new continuation line in the leading-&& style', () => {
    assert.equal(applyFix(ID, `FROM debian:12
RUN apt-get update \\
 && apt-get install -y --no-install-recommends \\
      git \\
 && apt-get clean
`), `FROM debian:12
RUN apt-get update \\
 && apt-get install -y --no-install-recommends \\
      git \\
 && apt-get clean \\
 && rm -rf /var/lib/apt/lists/*
`);
  });

  it('fix: a new continuation line in the trailing-&& style, CRLF kept', () => {
    assert.equal(applyFix(ID, 'FROM debian:12\r\nRUN apt-get update && \\\r\n    apt-get install -y jq\r\n'),
      'FROM debian:12\r\nRUN apt-get update && \\\r\n    apt-get install -y jq && \\\r\n    rm -rf /var/lib/apt/lists/*\r\n');
  });

  it('fix: tab-indented set -eux; style and package lists on their own lines', () => {
    assert.equal(applyFix(ID, `FROM debian:12
RUN set -eux; \\
\tapt-get update; \\
\tapt-get install -y --no-install-recommends \\
\t\tca-certificates \\
\t\ttzdata \\
\t; \\
\techo done
`), `FROM debian:12
RUN set -eux; \\
\tapt-get update; \\
\tapt-get install -y --no-install-recommends \\
\t\tca-certificates \\
\t\ttzdata \\
\t; \\
\techo done && \\
\trm -rf /var/lib/apt/lists/*
`);
  });

  it('fix: heredoc scripts and sh -c', () => {
    assert.equal(applyFix(ID, 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y f\nEOF\n'),
      'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y f && rm -rf /var/lib/apt/lists/*\nEOF\n');
    assert.equal(applyFix(ID, 'FROM debian:12\nRUN sh -c "apt-get update && apt-get install -y i"\n'),
      'FROM debian:12\nRUN sh -c "apt-get update && apt-get install -y i" && rm -rf /var/lib/apt/lists/*\n');
  });

  it('offers no fix where appending could change what runs', () => {
    for (const run of [
      'RUN if true; then apt-get update; fi',
      'RUN apt-get update && apt-get install -y g # note',
      'RUN (apt-get update && apt-get install -y g)',
      'RUN apt-get update && apt-get install -y g > /dev/null',
      'RUN ["apt-get", "update"]',
    ]) assert.deepEqual(fixTitles(ID, `FROM debian:12\n${run}\n`), [], run);
  });
});
