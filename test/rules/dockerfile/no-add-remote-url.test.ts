import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-add-remote-url';

describe(ID, () => {
  it('flags http(s) downloads without --checksum', () => {
    expectFindings(ID, `FROM debian:13
ADD https://example.com/tini /tini
#   ^^^^^^^^^^^^^^^^^^^^^^^^ no-add-remote-url "ADD 'https://example.com/tini' downloads without an integrity check; add --checksum=sha256:<digest>, or RUN curl -fsSLo file 'https://example.com/tini' && echo '<sha256>  file' | sha256sum -c -"
ADD --chown=1:1 http://example.com/a.tar.gz /opt/
#               ^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-add-remote-url`);
  });

  it('flags git sources not pinned to a commit', () => {
    expectFindings(ID, `FROM debian:13
ADD https://github.com/moby/buildkit.git#v0.10.1 /src
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-add-remote-url "ADD 'https://github.com/moby/buildkit.git#v0.10.1' fetches a git ref that can move; pin it to a full commit (…#<40-hex sha>) or use --checksum"`);
    expectClean(ID, 'FROM debian:13\nADD https://github.com/moby/buildkit.git#0123456789abcdef0123456789abcdef01234567 /src');
    expectFindings(ID, `ARG RUNC_VERSION=v1.2.4
FROM debian:13
ARG RUNC_VERSION
ADD https://github.com/opencontainers/runc.git#\$RUNC_VERSION /src
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-add-remote-url "ADD 'https://github.com/opencontainers/runc.git#v1.2.4' fetches a git ref that can move; pin it to a full commit (…#<40-hex sha>) or use --checksum"`);
    expectClean(ID, 'FROM debian:13\nARG REF\nADD https://github.com/opencontainers/runc.git#$REF /src');
  });

  it('stays quiet with a checksum and for local sources', () => {
    expectClean(ID, `FROM debian:13
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tini /tini
ADD app.tar.gz /opt/
COPY https.txt /x`);
  });
});

describe(`${ID} fix`, () => {
  it('adds a --checksum placeholder that must be filled in', () => {
    const before = 'FROM alpine:3.23\nADD --chmod=644 https://example.com/tool.tar.gz /opt/\n';
    assert.deepEqual(fixTitles(ID, before), ['Add --checksum=sha256:… (fill in the SHA-256 the publisher gives; the build fails until then)']);
    assert.equal(applyFix(ID, before), 'FROM alpine:3.23\nADD --chmod=644 --checksum=sha256:FILL-IN-THE-SHA256-OF-THE-FILE https://example.com/tool.tar.gz /opt/\n');
  });

  it('offers no fix for several sources or a git URL', () => {
    assert.deepEqual(fixTitles(ID, 'FROM alpine:3.23\nADD https://example.com/a https://example.com/b /opt/\n'), []);
    assert.deepEqual(fixTitles(ID, 'FROM alpine:3.23\nADD https://github.com/o/r.git#main /src\n'), []);
  });
});

describe(`${ID} and build arguments`, () => {
  it('flags an https:// URL built from an ARG without a value, and one an ARG resolves to', () => {
    expectFindings(ID, `FROM debian:13
ARG TINI_VERSION
ADD https://github.com/krallin/tini/releases/download/\${TINI_VERSION}/tini /tini
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-add-remote-url "ADD 'https://github.com/krallin/tini/releases/download/\${TINI_VERSION}/tini' downloads without an integrity check; add --checksum=sha256:<digest>, or RUN curl -fsSLo file 'https://github.com/krallin/tini/releases/download/\${TINI_VERSION}/tini' && echo '<sha256>  file' | sha256sum -c -"
ARG MIRROR=https://mirror.example.com
ADD \${MIRROR}/tool.tgz /opt/
#   ^^^^^^^^^^^^^^^^^^ no-add-remote-url "ADD 'https://mirror.example.com/tool.tgz' downloads without an integrity check; add --checksum=sha256:<digest>, or RUN curl -fsSLo file 'https://mirror.example.com/tool.tgz' && echo '<sha256>  file' | sha256sum -c -"`);
    expectClean(ID, 'FROM debian:13\nARG SRC\nADD ${SRC} /opt/\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/${V}/x /x\n');
  });
});
