import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import assert from 'node:assert/strict';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

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

  it('fixes by downloading to a file, checking a SHA-256 placeholder, then running the file with the same shell', () => {
    const text = `FROM debian:12
RUN apt-get update && curl -fsSL https://get.example.com | sh && rm -rf /var/lib/apt/lists/*
`;
    assert.deepEqual(fixTitles(ID, text), ['Download to /tmp/install.sh, check it against a SHA-256 placeholder you must fill in, then run it']);
    assert.equal(applyFix(ID, text), `FROM debian:12
RUN apt-get update && curl -fsSL https://get.example.com -o /tmp/install.sh && echo "<sha256>  /tmp/install.sh" | sha256sum -c - && sh /tmp/install.sh && rm -rf /var/lib/apt/lists/*
`);
  });

  it('keeps the shell, its wrapper, options and script arguments, and rewrites wget -O-', () => {
    assert.equal(applyFix(ID, `FROM debian:12
RUN wget -qO- https://example.com/i.sh | sudo -E bash -e -s -- --yes --prefix /opt
`), `FROM debian:12
RUN wget -qO /tmp/install.sh https://example.com/i.sh && echo "<sha256>  /tmp/install.sh" | sha256sum -c - && sudo -E bash -e /tmp/install.sh --yes --prefix /opt
`);
    assert.equal(applyFix(ID, `FROM debian:12
RUN wget --output-document=- https://example.com/i.sh|bash -
`), `FROM debian:12
RUN wget --output-document=/tmp/install.sh https://example.com/i.sh && echo "<sha256>  /tmp/install.sh" | sha256sum -c - && bash /tmp/install.sh
`);
  });

  it('keeps line continuations where they were', () => {
    assert.equal(applyFix(ID, `FROM golang:1.23 AS build
RUN curl -fsSL -o - https://example.com/i.sh \\
    | bash -s v1.2 \\
 && make
`), `FROM golang:1.23 AS build
RUN curl -fsSL -o /tmp/install.sh https://example.com/i.sh \\
    && echo "<sha256>  /tmp/install.sh" | sha256sum -c - && bash /tmp/install.sh v1.2 \\
 && make
`);
  });

  it('offers no fix when the pipeline is not a plain fetch | shell', () => {
    const noFix = [
      'RUN curl -sL https://example.com/i.py | tee /tmp/i.py | sh',
      'RUN curl -sL https://example.com/i.py | python3',
      'RUN bash <(curl -s https://example.com/i.sh)',
      'RUN curl -s https://example.com/i.sh 2>/dev/null | sh',
      'RUN curl -s https://example.com/i.sh | sh -es',
      'RUN curl -s https://example.com/i.sh | X=1 sh',
      'RUN ["/bin/sh", "-c", "curl -s https://example.com/i.sh | sh"]',
    ];
    for (const line of noFix) assert.deepEqual(findingsOf(ID, `FROM debian:12\n${line}\n`).map((f) => f.fixes.length), [0], line);
  });
});
