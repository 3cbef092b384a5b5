import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'require-pipefail';

describe(ID, () => {
  before(() => initEngine());

  it('flags the command whose failure a pipe hides, once per RUN, in every stage', () => {
    expectFindings(ID, `FROM debian:12 AS build
RUN curl -fsSL https://example.com/x.tgz | tar -xz && curl y | sh
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ require-pipefail "curl pipes into tar, and without pipefail the RUN only sees the last command's exit status: if curl fails the build carries on with its partial output; start the RUN with set -o pipefail && (or use SHELL ["/bin/bash", "-o", "pipefail", "-c"])"
RUN curl x | tar -x; set -o pipefail
#   ^^^^^^ require-pipefail
RUN arch="$(dpkg --print-architecture | awk -F- '{ print $NF }')"
#           ^^^^^^^^^^^^^^^^^^^^^^^^^ require-pipefail
FROM alpine:3.21
RUN --mount=type=cache,target=/root/.cache wget -O- https://x \\
#                                          ^^^^^^^^^^^^^^^^^^ require-pipefail
    | tar -xz
RUN <<EOF
echo start | tee /log
curl x | tar -x
^^^^^^ require-pipefail
EOF`);
  });

  it('accepts set -o pipefail before the pipe, a pipefail SHELL (also inherited), and a pipefail shebang', () => {
    expectClean(ID, `FROM ubuntu:24.04 AS u
RUN set -o pipefail && wget -qO- https://x | sh
RUN set -euxo pipefail; curl x | tar -x
SHELL ["/bin/bash", "-eo", "pipefail", "-c"]
RUN curl x | tar -x
FROM u
RUN curl x | tar -x
FROM debian:12
RUN <<EOF
#!/bin/bash -eo pipefail
curl x | tar -x
EOF`);
  });

  it("stays quiet where a pipe hides nothing or is another shell's business", () => {
    expectClean(ID, `FROM debian:12
RUN echo "$SHA *x.tgz" | sha256sum -c - && yes | apt-get install -y curl && printf 'a\\n' | tee /x
RUN sh -c 'curl x | sh'
RUN ["sh", "-c", "curl x | sh"]
RUN echo "curl x | sh" # curl x | sh
RUN curl x || true
RUN if head -n 1 .git | grep -q "^gitdir:"; then echo sub; fi && while ps | grep -q x; do sleep 1; done`);
  });

  it('fix: set -o pipefail at the start of the RUN where the shell has it (bash SHELL, busybox sh on Alpine)', () => {
    const bash = 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN --network=none curl x \\\n    | tar -x\n';
    assert.deepEqual(fixTitles(ID, bash), ['Add set -o pipefail at the start of the RUN']);
    assert.equal(findingsOf(ID, bash)[0].fixes[0].safe, false);
    assert.equal(applyFix(ID, bash), 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN --network=none set -o pipefail && curl x \\\n    | tar -x\n');
    assert.equal(applyFix(ID, 'FROM alpine:3.21\nRUN wget -O- x | tar -x\n'), 'FROM alpine:3.21\nRUN set -o pipefail && wget -O- x | tar -x\n');
  });

  it('fix: a bash pipefail SHELL before the RUN on Debian-based images, whose /bin/sh is dash', () => {
    const text = 'FROM python:3.13-slim\r\n  RUN curl x | tar -x\r\n';
    assert.deepEqual(fixTitles(ID, text), ['Run this and later RUNs with bash -o pipefail']);
    assert.equal(applyFix(ID, text), 'FROM python:3.13-slim\r\n  SHELL ["/bin/bash", "-o", "pipefail", "-c"]\r\n  RUN curl x | tar -x\r\n');
  });

  it('fix: a set -o pipefail line at the top of a heredoc script run by a shell that has it', () => {
    assert.deepEqual(fixTitles(ID, 'FROM alpine:3.21\nRUN <<EOF\n  curl x | tar -x\nEOF\n'), ['Add set -o pipefail at the start of the script']);
    assert.equal(applyFix(ID, 'FROM alpine:3.21\nRUN <<EOF\n  curl x | tar -x\nEOF\n'), 'FROM alpine:3.21\nRUN <<EOF\n  set -o pipefail\n  curl x | tar -x\nEOF\n');
    assert.equal(applyFix(ID, 'FROM debian:12\r\nRUN bash <<EOF\r\ncurl x | tar -x\r\nEOF\r\n'), 'FROM debian:12\r\nRUN bash <<EOF\r\nset -o pipefail\r\ncurl x | tar -x\r\nEOF\r\n');
    assert.equal(applyFix(ID, 'FROM debian:12\nRUN <<EOF\ncurl x | tar -x\nEOF\n'), 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN <<EOF\ncurl x | tar -x\nEOF\n');
  });

  it('offers no fix on unknown base images, shebang scripts or when the RUN starts on a later line', () => {
    assert.deepEqual(fixTitles(ID, 'FROM example.com/custom:1\nRUN curl x | tar -x\n'), []);
    assert.deepEqual(fixTitles(ID, 'FROM debian:12\nRUN <<EOF\n#!/bin/sh\ncurl x | tar -x\nEOF\n'), []);
    assert.deepEqual(fixTitles(ID, 'FROM alpine:3.21\nRUN \\\n  curl x | tar -x\n'), []);
  });
});
