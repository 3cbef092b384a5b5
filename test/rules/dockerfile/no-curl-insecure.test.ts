import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-curl-insecure';

describe(ID, () => {
  before(() => initEngine());

  it('flags -k and --insecure, also inside an option cluster', () => {
    expectFindings(ID, `FROM debian:12
RUN curl -k https://example.com/a && curl -fsSLk https://example.com/b
#        ^^ no-curl-insecure "curl -k turns off TLS certificate verification: anyone on the network path can hand the build a different file. Install the CA certificate (or fix the clock or proxy) instead"
#                                              ^ no-curl-insecure
RUN curl --insecure -o /tmp/x https://example.com/c
#        ^^^^^^^^^^ no-curl-insecure`);
  });

  it('sees curl behind sudo, in sh -c scripts, in exec form and across continuations', () => {
    expectFindings(ID, `FROM debian:12
RUN sudo curl --insecure https://example.com
#             ^^^^^^^^^^ no-curl-insecure
RUN sh -c "curl -k https://example.com"
#               ^^ no-curl-insecure
RUN ["curl", "-k", "https://example.com"]
#            ^^^^ no-curl-insecure
RUN curl -fsSL \\
    -k https://example.com
#   ^^ no-curl-insecure`);
  });

  it('flags every stage: a builder that downloads insecurely poisons what it builds', () => {
    expectFindings(ID, `FROM golang:1.23 AS build
RUN curl -k -o /src.tgz https://example.com/src.tgz
#        ^^ no-curl-insecure
FROM scratch
COPY --from=build /out /out`);
  });

  it('stays quiet on look-alikes: strings, comments, other tools', () => {
    expectClean(ID, `FROM debian:12
RUN echo "curl -k https://example.com" # curl -k
RUN wget -k https://example.com/page
RUN curl -o -k https://example.com
RUN curl --cacert /etc/ca.pem https://example.com`);
  });

  it('fix: Remove -k', () => {
    const before = `FROM debian:12
RUN curl -fsSLk https://example.com/i.sh -o /tmp/i.sh \\
 && curl --insecure -O https://example.com/b
`;
    assert.equal(fixTitles(ID, before, {}, 0)[0], 'Remove -k');
    assert.equal(applyFix(ID, before, {}, 0), `FROM debian:12
RUN curl -fsSL https://example.com/i.sh -o /tmp/i.sh \\
 && curl --insecure -O https://example.com/b
`);
  });

  it('fix: Remove --insecure (1)', () => {
    const before = `FROM debian:12
RUN curl -fsSLk https://example.com/i.sh -o /tmp/i.sh \\
 && curl --insecure -O https://example.com/b
`;
    assert.equal(fixTitles(ID, before, {}, 1)[0], 'Remove --insecure');
    assert.equal(applyFix(ID, before, {}, 1), `FROM debian:12
RUN curl -fsSLk https://example.com/i.sh -o /tmp/i.sh \\
 && curl -O https://example.com/b
`);
  });
});
