import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'user-numeric-uid';

describe(ID, () => {
  it('flags a named USER in the final stage', () => {
    expectFindings(ID, `FROM debian:13
RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app app
USER app:app
#    ^^^^^^^ user-numeric-uid "USER app:app names the user: Kubernetes cannot verify a name is not root, so pods with runAsNonRoot: true refuse to start; use the numeric UID (USER 10001:10001)"`);
    expectFindings(ID, `FROM debian:13
USER appuser
#    ^^^^^^^ user-numeric-uid "USER appuser names the user: Kubernetes cannot verify a name is not root, so pods with runAsNonRoot: true refuse to start; use the numeric UID"`);
  });

  it('follows the user inherited from an earlier stage', () => {
    expectFindings(ID, `FROM node:24 AS base
USER node
#    ^^^^ user-numeric-uid
FROM base
CMD ["node", "server.js"]`);
  });

  it('ignores numeric users, root, builders, unknown values and Windows', () => {
    expectClean(ID, `FROM debian:13 AS build
USER builder
FROM debian:13
USER 10001:10001`);
    expectClean(ID, 'FROM debian:13\nUSER root');
    expectClean(ID, 'FROM debian:13\nARG U\nUSER $U');
    expectClean(ID, 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerUser');
  });

  it('replaces the name with the known number (safe)', () => {
    assert.equal(applyFix(ID, 'FROM alpine:3.23\nRUN addgroup -S -g 1001 web && adduser -S -D -u 1001 -G web web\nUSER web\n'),
      'FROM alpine:3.23\nRUN addgroup -S -g 1001 web && adduser -S -D -u 1001 -G web web\nUSER 1001\n');
    assert.equal(applyFix(ID, 'FROM gcr.io/distroless/static-debian12:nonroot\nUSER nonroot:nonroot'), 'FROM gcr.io/distroless/static-debian12:nonroot\nUSER 65532:65532');
    assert.equal(applyFix(ID, 'FROM node:24-slim\nUSER node'), 'FROM node:24-slim\nUSER 1000');
    assert.equal(applyFix(ID, 'FROM debian:13\nRUN useradd -u 10001 app\nUSER app:0'), 'FROM debian:13\nRUN useradd -u 10001 app\nUSER 10001:0');
    assert.equal(applyFix(ID, 'FROM debian:13\nRUN useradd -u 10001 app\nUSER app:root'), 'FROM debian:13\nRUN useradd -u 10001 app\nUSER 10001:0');
    assert.deepEqual(fixTitles(ID, 'FROM debian:13\nRUN useradd -u 10001 app\nUSER app:staff'), []);
    assert.deepEqual(fixTitles(ID, 'FROM debian:13\nRUN useradd app\nUSER app'), []);
  });
});
