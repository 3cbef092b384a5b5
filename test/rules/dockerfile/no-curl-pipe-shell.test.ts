import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'no-curl-pipe-shell';

describe(ID, () => {
  before(() => initEngine());

  it('flags a download piped into a shell', () => {
    expectFindings(ID, `FROM debian:12
RUN curl -fsSL https://get.example.com | sh
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-curl-pipe-shell "RUN runs what curl downloads with sh, unverified: whatever the server (or anyone on the way) sends is executed in the build. Download to a file, check its checksum or signature, then run it"
RUN wget -qO- https://example.com/i.sh | sudo -E bash -s -- --yes
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-curl-pipe-shell
RUN curl -sL https://example.com/i.py | tee /tmp/i.py | python3
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-curl-pipe-shell`);
  });

  it('flags process and command substitution run as scripts', () => {
    expectFindings(ID, `FROM debian:12
RUN bash <(curl -s https://example.com/i.sh) && sh -c "$(curl -fsSL https://example.com/i.sh)"
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-curl-pipe-shell
#                                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-curl-pipe-shell
RUN eval "$(curl -s https://example.com/env)"
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-curl-pipe-shell`);
  });

  it('flags every stage and sees through continuations', () => {
    expectFindings(ID, `FROM golang:1.23 AS build
# [2:5-3:11] no-curl-pipe-shell
RUN curl -fsSL https://example.com/i.sh \\
    | bash
FROM scratch
COPY --from=build /out /out`);
  });

  it('stays quiet on downloads to files, archives, data read by -c scripts, and strings', () => {
    expectClean(ID, `FROM debian:12
RUN curl -fsSLo /tmp/i.sh https://example.com/i.sh && sha256sum -c sums && sh /tmp/i.sh
RUN curl -fsSL https://example.com/a.tgz | tar -xz && wget -q https://example.com/x | sh
RUN curl -s https://api.example.com | python3 -c 'import json,sys; print(json.load(sys.stdin)["v"])'
RUN echo "curl https://x | sh" # curl https://x | sh
RUN VERSION="$(curl -s https://example.com/latest)" && curl -s https://example.com | bash script.sh`);
  });
});
