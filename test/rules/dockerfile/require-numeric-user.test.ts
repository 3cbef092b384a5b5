import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/engine/analyze.js';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'require-numeric-user';
const on = { settings: { rules: { [ID]: 'info' as const } } };

describe(ID, () => {
  it('is off by default', () => {
    assert.deepEqual(findingsOf(ID, 'FROM debian:13 AS build\nUSER builder\nFROM debian:13\nUSER 10001'), []);
  });

  it('flags named users in every stage but the line the final stage runs with', () => {
    expectFindings(ID, `FROM golang:1.26 AS build
RUN useradd --uid 10001 builder
USER builder
#    ^^^^^^^ require-numeric-user "USER builder names the user instead of its numeric UID (USER 10001): which user that is depends on the image's /etc/passwd, and a name cannot be checked for root without it"
USER root
#    ^^^^ require-numeric-user "USER root names root instead of its numeric UID (USER 0), which reads the same without the image's /etc/passwd"
FROM debian:13
USER app:app
#    ^^^^^^^ require-numeric-user "USER app:app names the user instead of its numeric UID: which user that is depends on the image's /etc/passwd, and a name cannot be checked for root without it"
RUN make
USER app`, on);
  });

  it('accepts numbers, a named group after a numeric user, variables, Windows and ONBUILD', () => {
    expectClean(ID, `FROM debian:13 AS build
USER 1000
USER 1000:1000
USER 1000:app
ARG UID
USER $UID
USER \${APP_UID}:\${GID}
ONBUILD USER app
FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
USER ContainerUser`, on);
  });

  it('leaves the final named USER to user-numeric-uid; reports a final USER root without the USER 0 fix', () => {
    const text = 'FROM node:24 AS build\nUSER node\nFROM debian:13\nRUN useradd -u 10001 app\nUSER app\n';
    const all = { settings: { rules: { [ID]: 'info' as const } } };
    const byLine = analyze({ path: '/p/Dockerfile', text }, undefined, all.settings).findings
      .filter((f) => f.ruleId === ID || f.ruleId === 'user-numeric-uid')
      .map((f) => `${f.range.start.line}:${f.ruleId}`);
    assert.deepEqual(byLine.sort(), ['1:require-numeric-user', '4:user-numeric-uid']);
    assert.deepEqual(analyze({ path: '/p/Dockerfile', text: 'FROM debian:13\nUSER root' }, undefined, all.settings).findings
      .filter((f) => f.ruleId === ID).map((f) => [f.range.start.line, f.message, f.fixes.length]),
    [[1, "USER root names root instead of its numeric UID (USER 0), which reads the same without the image's /etc/passwd", 0]]);
    expectClean(ID, 'FROM debian:13 AS base\nUSER app\nFROM base', on);
  });

  it('writes the known number (safe)', () => {
    assert.equal(applyFix(ID, 'FROM alpine:3.23 AS build\nRUN addgroup -g 1001 web && adduser -D -u 1001 -G web web\nUSER web:web\nFROM scratch\n', on),
      'FROM alpine:3.23 AS build\nRUN addgroup -g 1001 web && adduser -D -u 1001 -G web web\nUSER 1001:1001\nFROM scratch\n');
    assert.equal(applyFix(ID, 'FROM node:24 AS build\nUSER node\nRUN npm ci\nUSER root\nFROM scratch\n', on),
      'FROM node:24 AS build\nUSER 1000\nRUN npm ci\nUSER root\nFROM scratch\n');
    assert.deepEqual(fixTitles(ID, 'FROM debian:13 AS build\nRUN useradd app\nUSER app\nFROM scratch\n', on), []);
    assert.deepEqual(fixTitles(ID, 'FROM debian:13 AS build\nRUN useradd -u 10001 app\nUSER app:staff\nFROM scratch\n', on), []);
  });
});
