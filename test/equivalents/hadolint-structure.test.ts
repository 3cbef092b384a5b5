/**
 * hadolint's checks on the structure of a Dockerfile (stages, platforms,
 * COPY arguments, MAINTAINER), written from the rules' documentation and
 * specs, against the Shipshape rules that list them.
 */
import { describeEquivalents } from './cases.js';

describeEquivalents('hadolint', {
  DL3021: {
    rules: ['copy-multiple-sources-to-dir'],
    cases: [
      { name: 'COPY of two files to a path without /', fires: true, text: 'FROM node:22\nCOPY package.json yarn.lock my_app' },
      { name: 'COPY with --from and three files', fires: true, text: 'FROM node:22\nCOPY --from=build a b c /app' },
      { name: 'COPY of two files to a directory', fires: false, text: 'FROM node:22\nCOPY package.json yarn.lock my_app/' },
      { name: 'COPY of one file', fires: false, text: 'FROM node:22\nCOPY package.json my_app' },
      { name: 'ADD of two files', fires: false, text: 'FROM node:22\nADD a b my_app' },
    ],
  },
  DL3029: {
    rules: ['from-platform-constant'],
    cases: [
      { name: 'explicit platform', fires: true, text: 'FROM --platform=linux debian:jessie' },
      { name: 'explicit platform and architecture', fires: true, text: 'FROM --platform=linux/amd64 debian:jessie AS base' },
      { name: 'no platform flag', fires: false, text: 'FROM debian:jessie' },
      { name: 'platform from BUILDPLATFORM', fires: false, text: 'FROM --platform=${BUILDPLATFORM:-linux} debian:jessie' },
      { name: 'platform from TARGETPLATFORM', fires: false, text: 'FROM --platform=$TARGETPLATFORM debian:jessie' },
    ],
  },
  DL3063: {
    rules: ['no-reserved-stage-name'],
    cases: [
      { name: 'stage named scratch', fires: true, text: 'FROM debian:12 AS scratch' },
      { name: 'stage named context', fires: true, text: 'FROM debian:12 AS context\nRUN true' },
      { name: 'ordinary stage name', fires: false, text: 'FROM debian:12 AS builder' },
    ],
  },
  DL3065: {
    rules: ['redundant-target-platform'],
    cases: [
      { name: '$TARGETPLATFORM', fires: true, text: 'FROM --platform=$TARGETPLATFORM debian:12' },
      { name: '${TARGETPLATFORM}', fires: true, text: 'FROM --platform=${TARGETPLATFORM} debian:12 AS run' },
      { name: '$BUILDPLATFORM', fires: false, text: 'FROM --platform=$BUILDPLATFORM debian:12' },
      { name: 'no platform', fires: false, text: 'FROM debian:12' },
    ],
  },
  DL4000: {
    rules: ['no-maintainer'],
    cases: [
      { name: 'MAINTAINER', fires: true, text: 'FROM busybox\nMAINTAINER hudu@mail.com' },
      { name: 'MAINTAINER in a builder stage', fires: true, text: 'FROM busybox AS b\nMAINTAINER Lukas\nFROM scratch' },
      { name: 'no MAINTAINER', fires: false, text: 'FROM busybox\nLABEL maintainer="hudu@mail.com"' },
    ],
  },
  DL3001: {
    rules: ['no-pointless-commands'],
    cases: [
      { name: 'RUN top', fires: true, text: 'FROM debian:12\nRUN top' },
      { name: 'RUN sudo top', fires: true, text: 'FROM debian:12\nRUN sudo top' },
      { name: 'service in a chain', fires: true, text: 'FROM debian:12\nRUN apt-get update && service ssh start' },
      { name: 'ssh', fires: true, text: 'FROM debian:12\nRUN ssh user@example.com' },
      { name: 'install vim', fires: false, text: 'FROM debian:12\nRUN apt-get install -y vim' },
      { name: 'ordinary commands', fires: false, text: 'FROM debian:12\nRUN ls -la && echo done' },
    ],
  },
  DL3010: {
    rules: ['prefer-add-for-archives'],
    cases: [
      { name: 'tar.gz copied then extracted', fires: true, text: 'FROM debian:12\nCOPY packaged-app.tar.gz /tmp/\nRUN tar -xf /tmp/packaged-app.tar.gz && rm /tmp/packaged-app.tar.gz' },
      { name: 'tgz copied then extracted with old-style flags', fires: true, text: 'FROM debian:12\nCOPY app.tgz /opt/\nRUN cd /opt && tar xzf app.tgz' },
      { name: 'archive copied, not extracted', fires: false, text: 'FROM debian:12\nCOPY packaged-app.tar.gz /opt/' },
      { name: 'ADD of the archive', fires: false, text: 'FROM debian:12\nADD packaged-app.tar.gz /opt/' },
      { name: 'plain file copied', fires: false, text: 'FROM debian:12\nCOPY app.py /app/\nRUN tar -xf /tmp/other.tar' },
    ],
  },
  DL3043: {
    rules: ['no-onbuild-forbidden-trigger'],
    cases: [
      { name: 'ONBUILD FROM', fires: true, text: 'FROM debian:buster\nONBUILD FROM debian:buster' },
      { name: 'ONBUILD MAINTAINER', fires: true, text: 'FROM debian:buster\nONBUILD MAINTAINER "BoJack Horseman"' },
      { name: 'ONBUILD ONBUILD', fires: true, text: 'FROM debian:buster\nONBUILD ONBUILD RUN anything' },
      { name: 'ONBUILD RUN', fires: false, text: 'FROM debian:buster\nONBUILD RUN anything' },
      { name: 'ONBUILD ADD and COPY', fires: false, text: 'FROM debian:buster\nONBUILD ADD . /app/src\nONBUILD COPY . /usr/src/app' },
    ],
  },
  DL3044: {
    rules: ['no-env-same-statement-reference'],
    cases: [
      { name: 'reference to a name of the same ENV', fires: true, text: 'FROM debian:12\nENV BLA="blubb" BLUBB="${BLA}/blubb"' },
      { name: 'dollar form', fires: true, text: 'FROM debian:12\nENV BLA="blubb" BLUBB="$BLA/blubb"' },
      { name: 'one of several references', fires: true, text: 'FROM debian:12\nENV BLA="blubb" BLUBB="$BLA/$BLAFOO/blubb"' },
      { name: 'defined in an earlier ENV', fires: false, text: 'FROM debian:12\nENV BLA="blubb"\nENV BLUBB="${BLA}/blubb"' },
      { name: 'defined in an earlier ARG', fires: false, text: 'FROM debian:12\nARG BLA\nENV BLA=${BLA}' },
      { name: 'partial name match', fires: false, text: 'FROM debian:12\nENV BLA="blubb" BLUBB="${FOOBLA}/blubb"' },
      { name: 'own name on its right-hand side', fires: false, text: 'FROM debian:12\nENV PATH=/bla:${PATH}' },
    ],
  },
  DL3045: {
    rules: ['copy-relative-dest-without-workdir'],
    cases: [
      { name: 'relative destination, no WORKDIR', fires: true, text: 'FROM scratch\nCOPY bla.sh blubb.sh' },
      { name: 'COPY . . without WORKDIR', fires: true, text: 'FROM node:22\nCOPY . .' },
      { name: 'WORKDIR set in another stage only', fires: true, text: 'FROM scratch AS a\nWORKDIR /usr\nFROM scratch AS b\nCOPY bla.sh blubb.sh' },
      { name: 'absolute destination', fires: false, text: 'FROM scratch\nCOPY bla.sh /usr/local/bin/blubb.sh' },
      { name: 'WORKDIR set before', fires: false, text: 'FROM scratch\nWORKDIR /usr\nCOPY bla.sh blubb.sh' },
      { name: 'WORKDIR set in the parent stage', fires: false, text: 'FROM scratch AS base\nWORKDIR /usr\nFROM base\nCOPY bla.sh blubb.sh' },
      { name: 'destination from a variable', fires: false, text: 'FROM scratch\nCOPY bla.sh $DIR' },
      { name: 'Windows destination', fires: false, text: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY bla.sh c:\\system32\\blubb.sh' },
    ],
  },
  DL3046: {
    rules: ['useradd-no-log-init'],
    cases: [
      { name: 'useradd with a long UID', fires: true, text: 'FROM debian:12\nRUN useradd -u 123456 luser' },
      { name: 'useradd with a long UID in a chain', fires: true, text: 'FROM debian:12\nRUN groupadd -g 123456 g && useradd -g g -u 123456 luser' },
      { name: 'useradd -l with a long UID', fires: false, text: 'FROM debian:12\nRUN useradd -l -u 123456 luser' },
      { name: 'useradd with a short UID', fires: false, text: 'FROM debian:12\nRUN useradd -u 12345 luser' },
      { name: 'useradd without a UID', fires: false, text: 'FROM debian:12\nRUN useradd luser' },
    ],
  },
  DL3061: {
    rules: ['from-first'],
    cases: [
      { name: 'RUN before FROM', fires: true, text: 'RUN apt-get update\nFROM debian:12' },
      { name: 'LABEL first', fires: true, text: 'LABEL a=b\nFROM debian:12' },
      { name: 'FROM first', fires: false, text: 'FROM debian:12\nRUN true' },
      { name: 'ARG first', fires: false, text: 'ARG A=12\nFROM debian:${A}' },
      { name: 'comments first', fires: false, text: '# syntax=docker/dockerfile:1\n# hello\nFROM debian:12' },
    ],
  },
  DL3067: {
    rules: ['copy-from-stage-root'],
    cases: [
      { name: 'copy of a stage root', fires: true, text: 'FROM debian:12 AS build\nRUN make\nFROM scratch\nCOPY --from=build / /' },
      { name: 'copy of a stage root with /.', fires: true, text: 'FROM debian:12 AS build\nRUN make\nFROM scratch\nCOPY --from=build /. /rootfs/' },
      { name: 'copy of one path', fires: false, text: 'FROM debian:12 AS build\nFROM scratch\nCOPY --from=build /usr/bin/app /app' },
      { name: 'copy of the context root', fires: false, text: 'FROM scratch\nCOPY / /src/' },
    ],
  },
  DL4005: {
    rules: ['prefer-shell-instruction'],
    cases: [
      { name: 'ln of /bin/sh', fires: true, text: 'FROM debian:12\nRUN ln -sfv /bin/bash /bin/sh' },
      { name: 'ln of /bin/sh in a chain', fires: true, text: 'FROM debian:12\nRUN apt-get install -y bash && ln -sf /bin/bash /bin/sh' },
      { name: 'other links', fires: false, text: 'FROM debian:12\nRUN ln -sf /bin/true /bin/false' },
      { name: 'SHELL', fires: false, text: 'FROM debian:12\nSHELL ["/bin/bash", "-c"]' },
    ],
  },
  DL3059: {
    rules: ['no-consecutive-run'],
    cases: [
      { name: 'two consecutive RUNs', fires: true, text: 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y foo' },
      { name: 'consecutive RUNs with a blank line between', fires: true, text: 'FROM debian:12\nRUN a\n\nRUN b' },
      { name: 'RUNs separated by another instruction', fires: false, text: 'FROM debian:12\nRUN a\nWORKDIR /app\nRUN b' },
      { name: 'RUNs with different flags', fires: false, text: 'FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt apt-get install -y foo\nRUN make' },
      { name: 'one RUN', fires: false, text: 'FROM debian:12\nRUN a && b' },
    ],
  },
  DL3048: {
    rules: ['label-key-format'],
    cases: [
      { name: 'reserved namespace', fires: true, text: 'FROM scratch\nLABEL com.docker.label="foo"' },
      { name: 'invalid character', fires: true, text: 'FROM scratch\nLABEL invalid_character="foo"' },
      { name: 'does not start with a letter', fires: true, text: 'FROM scratch\nLABEL -invalid="foo"' },
      { name: 'does not end with a letter', fires: true, text: 'FROM scratch\nLABEL invalid-="foo"' },
      { name: 'consecutive separators', fires: true, text: 'FROM scratch\nLABEL invalid..character="foo"' },
      { name: 'valid reverse-DNS key', fires: false, text: 'FROM scratch\nLABEL org.opencontainers.image.title="foo"' },
      { name: 'valid single word', fires: false, text: 'FROM scratch\nLABEL maintainer="foo"' },
    ],
  },
});
