/**
 * hadolint's checks (src/Hadolint/Rule/DLxxxx.hs, with the cases of their
 * specs), against the Shipshape rules that list them.
 */
import { describeEquivalents } from './cases.js';

const SHA = 'sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb';

describeEquivalents('hadolint', {
  DL3000: {
    rules: ['absolute-workdir'],
    cases: [
      { name: 'relative WORKDIR', fires: true, text: 'FROM debian:12\nWORKDIR relative/dir' },
      { name: 'relative WORKDIR in a fragment without FROM', fires: true, text: 'WORKDIR relative/dir' },
      { name: 'absolute WORKDIR in a fragment without FROM', fires: false, text: 'WORKDIR /usr/local' },
      { name: 'quoted relative WORKDIR', fires: true, text: 'FROM debian:12\nWORKDIR "relative/dir"' },
      { name: 'relative WORKDIR in a builder stage', fires: true, text: 'FROM golang:1.23 AS build\nWORKDIR src\nRUN go build -o /app .\nFROM debian:12\nCOPY --from=build /app /app' },
      { name: 'absolute WORKDIR', fires: false, text: 'FROM debian:12\nWORKDIR /usr/local' },
      { name: 'quoted absolute WORKDIR', fires: false, text: 'FROM debian:12\nWORKDIR "/usr/local"\nWORKDIR \'/opt\'' },
      { name: 'WORKDIR from a variable', fires: false, text: 'FROM debian:12\nWORKDIR $variable\nWORKDIR "${HOME}/app"' },
      { name: 'Windows absolute WORKDIR', fires: false, text: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\\\Windows\nWORKDIR C:/app' },
    ],
  },
  DL3002: {
    rules: ['no-root-user'],
    cases: [
      { name: 'last USER is root', fires: true, text: 'FROM debian:12\nUSER root' },
      { name: 'last USER is UID 0', fires: true, text: 'FROM debian:12\nUSER 0' },
      { name: 'last USER is root:root', fires: true, text: 'FROM debian:12\nUSER root:root' },
      { name: 'last USER is 0:0', fires: true, text: 'FROM debian:12\nUSER 0:0' },
      { name: 'non-root USER', fires: false, text: 'FROM debian:12\nUSER foo' },
      { name: 'switches back to a non-root user', fires: false, text: 'FROM debian:12\nUSER root\nRUN apt-get update\nUSER foo' },
      { name: 'root user inherited from an earlier stage', fires: true, text: 'FROM debian:12 AS base\nUSER root\nRUN something\nFROM base\nRUN something else' },
      { name: 'switches back in an earlier stage', fires: false, text: 'FROM debian:12 AS base\nUSER root\nRUN something\nUSER foo\nFROM scratch\nCOPY --from=base /bin/app /app' },
      { name: 'no USER at all', fires: false, text: 'FROM debian:12\nRUN apt-get update' },
    ],
  },
  DL3004: {
    rules: ['no-sudo'],
    cases: [
      { name: 'sudo in RUN', fires: true, text: 'FROM debian:12\nRUN sudo apt-get update' },
      { name: 'sudo in a fragment without FROM', fires: true, text: 'RUN sudo apt-get update' },
      { name: 'sudo later in a command list', fires: true, text: 'FROM debian:12\nRUN apt-get update && sudo apt-get install -y curl' },
      { name: 'sudo in a builder stage', fires: true, text: 'FROM debian:12 AS build\nRUN sudo make install\nFROM debian:12\nCOPY --from=build /usr/local/bin/app /app' },
      { name: 'no sudo', fires: false, text: 'FROM debian:12\nRUN apt-get update' },
      { name: 'sudo with another user', fires: true, text: 'FROM debian:12\nRUN sudo -u app make' },
      { name: 'sudo only installed as a package', fires: false, text: 'FROM debian:12\nRUN apt-get install -y sudo' },
    ],
  },
  DL3006: {
    rules: ['require-base-image-tag'],
    cases: [
      { name: 'untagged image', fires: true, text: 'FROM debian' },
      { name: 'untagged image with a stage name', fires: true, text: 'FROM debian AS builder' },
      { name: 'untagged image in a builder stage', fires: true, text: 'FROM golang AS build\nFROM debian:12\nCOPY --from=build /go/bin/app /app' },
      { name: 'explicit latest (DL3007\'s concern)', fires: false, text: 'FROM debian:latest' },
      { name: 'explicit tag', fires: false, text: 'FROM debian:jessie' },
      { name: 'explicit tag with a stage name', fires: false, text: 'FROM debian:jessie AS builder' },
      { name: 'explicit tag after --platform', fires: false, text: 'FROM --platform=linux/amd64 debian:jessie' },
      { name: 'digest without a tag', fires: false, text: `FROM hub.docker.io/debian@${SHA}` },
      { name: 'scratch', fires: false, text: 'FROM scratch' },
      { name: 'earlier stage names are not images', fires: false, text: 'FROM golang:1.9.3-alpine3.7 AS build\nRUN go build\nFROM build AS unit-test\nRUN go test\nFROM alpine:3.7\nCOPY --from=build /go/bin/app /app' },
    ],
  },
  DL3007: {
    rules: ['no-latest-tag'],
    cases: [
      { name: 'explicit latest', fires: true, text: 'FROM debian:latest' },
      { name: 'explicit latest with a stage name', fires: true, text: 'FROM debian:latest AS builder' },
      { name: 'latest in a builder stage', fires: true, text: 'FROM golang:latest AS build\nFROM debian:12\nCOPY --from=build /go/bin/app /app' },
      { name: 'explicit tag', fires: false, text: 'FROM debian:jessie' },
      { name: 'untagged image (DL3006\'s concern)', fires: false, text: 'FROM debian' },
      { name: 'digest', fires: false, text: `FROM debian@${SHA}` },
      { name: 'a tag that only contains latest', fires: false, text: 'FROM node:latest-alpine\nFROM debian:latest-slim' },
      { name: 'LATEST is another tag', fires: false, text: 'FROM debian:LATEST' },
    ],
  },
  DL3011: {
    rules: ['valid-expose-port'],
    cases: [
      { name: 'port above 65535', fires: true, text: 'FROM alpine:3.20\nEXPOSE 80000' },
      { name: 'port above 65535 in a fragment without FROM', fires: true, text: 'EXPOSE 80000' },
      { name: 'valid range in a fragment without FROM', fires: false, text: 'EXPOSE 40000-60000' },
      { name: 'range ending above 65535', fires: true, text: 'FROM alpine:3.20\nEXPOSE 40000-80000' },
      { name: 'valid port', fires: false, text: 'FROM alpine:3.20\nEXPOSE 60000' },
      { name: 'valid ports with protocols', fires: false, text: 'FROM alpine:3.20\nEXPOSE 80/tcp 443/udp 65535' },
      { name: 'valid range', fires: false, text: 'FROM alpine:3.20\nEXPOSE 40000-60000' },
      { name: 'port from a variable', fires: false, text: 'FROM alpine:3.20\nEXPOSE ${FOOBAR}' },
      { name: 'range ending in a variable', fires: false, text: 'FROM alpine:3.20\nEXPOSE 40000-${FOOBAR}' },
    ],
  },
  DL3012: {
    rules: ['single-healthcheck'],
    cases: [
      { name: 'two HEALTHCHECKs in a stage', fires: true, text: 'FROM debian:12\nHEALTHCHECK CMD /checkhealth.sh\nHEALTHCHECK CMD /checkhealth.sh' },
      { name: 'HEALTHCHECK NONE and a HEALTHCHECK', fires: true, text: 'FROM debian:12\nHEALTHCHECK NONE\nRUN make\nHEALTHCHECK CMD /checkhealth.sh' },
      { name: 'no HEALTHCHECK', fires: false, text: 'FROM debian:12\nRUN make' },
      { name: 'two HEALTHCHECKs in a fragment without FROM', fires: true, text: 'HEALTHCHECK CMD /checkhealth.sh\nHEALTHCHECK CMD /checkhealth.sh' },
      { name: 'one HEALTHCHECK', fires: false, text: 'FROM debian:12\nHEALTHCHECK CMD /checkhealth.sh' },
      { name: 'one HEALTHCHECK per stage', fires: false, text: 'FROM debian:12 AS base\nHEALTHCHECK CMD /checkhealth.sh\nFROM debian:12\nHEALTHCHECK CMD /checkhealth.sh' },
      { name: 'a stage overriding the HEALTHCHECK of the stage it builds on', fires: false, text: 'FROM debian:12 AS base\nHEALTHCHECK CMD /checkhealth.sh\nFROM base\nHEALTHCHECK CMD /checkhealth2.sh' },
    ],
  },
  DL3020: {
    rules: ['prefer-copy-over-add'],
    cases: [
      { name: 'ADD of a local file', fires: true, text: 'FROM debian:12\nADD file /usr/src/app/' },
      { name: 'ADD of a local file in a fragment without FROM', fires: true, text: 'ADD file /usr/src/app/' },
      { name: 'ADD of an archive in a fragment without FROM', fires: false, text: 'ADD file.tar.gz /usr/src/app/' },
      { name: 'ADD of a zip file (not extracted)', fires: true, text: 'FROM debian:12\nADD file.zip /usr/src/app/' },
      { name: 'ADD with --chown', fires: true, text: 'FROM debian:12\nADD --chown=app:app requirements.txt /app/' },
      { name: 'ADD of an archive and a plain file', fires: true, text: 'FROM debian:12\nADD file.tar other.txt /usr/src/app/' },
      { name: 'COPY', fires: false, text: 'FROM debian:12\nCOPY file /usr/src/app/' },
      { name: 'ADD of tar archives', fires: false, text: 'FROM debian:12\nADD file.tar /usr/src/app/\nADD file.tar.gz /usr/src/app/\nADD file.tgz /usr/src/app/\nADD file.tar.xz /usr/src/app/\nADD file.tar.bz2 /usr/src/app/' },
      { name: 'ADD of URLs', fires: false, text: 'FROM debian:12\nADD http://file.com /usr/src/app/\nADD https://example.com/file.txt /usr/src/app/' },
    ],
  },
  DL3022: {
    rules: ['copy-from-unknown-stage'],
    cases: [
      { name: 'COPY --from a name no stage has', fires: true, text: 'FROM debian:12\nCOPY --from=foo bar .' },
      { name: 'COPY --from in a fragment without FROM', fires: true, text: 'COPY --from=foo bar .' },
      { name: 'COPY --from an image in a fragment without FROM', fires: false, text: 'COPY --from=haskell:latest bar .' },
      { name: 'COPY --from a stage defined later', fires: true, text: 'FROM scratch\nCOPY --from=build foo .\nFROM node:20 AS build' },
      { name: 'COPY --from an earlier stage', fires: false, text: 'FROM scratch AS build\nRUN foo\nFROM node:20\nCOPY --from=build foo .' },
      { name: 'COPY --from an image with a tag', fires: false, text: 'FROM debian:12\nCOPY --from=haskell:latest bar .' },
      { name: 'COPY --from an image with a registry and tag', fires: false, text: 'FROM debian:12\nCOPY --from=gcr.io/distroless/static-debian12:nonroot /etc/passwd /etc/passwd' },
    ],
  },
  DL3023: {
    rules: ['copy-from-self'],
    cases: [
      { name: 'COPY --from its own stage', fires: true, text: 'FROM debian:12 AS foo\nCOPY --from=foo bar .' },
      { name: 'COPY --from its own stage, in the second stage', fires: true, text: 'FROM debian:12 AS build\nRUN make\nFROM node:20 AS run\nCOPY --from=run foo .' },
      { name: 'COPY --from an earlier stage', fires: false, text: 'FROM scratch AS build\nRUN foo\nFROM node:20 AS run\nCOPY --from=build foo .' },
      { name: 'COPY --from another name', fires: false, text: 'FROM debian:12 AS foo\nCOPY --from=bar baz .' },
    ],
  },
  DL3024: {
    rules: ['duplicate-stage-name'],
    cases: [
      { name: 'two stages with the same name', fires: true, text: 'FROM node:20 AS foo\nRUN something\nFROM scratch AS foo\nRUN something' },
      { name: 'distinct stage names', fires: false, text: 'FROM scratch AS build\nRUN foo\nFROM node:20 AS run\nRUN bar' },
      { name: 'no stage names', fires: false, text: 'FROM scratch\nRUN foo\nFROM node:20\nRUN bar' },
    ],
  },
  DL3025: {
    rules: ['prefer-exec-form'],
    cases: [
      { name: 'shell-form ENTRYPOINT', fires: true, text: 'FROM mysql:8.4\nENTRYPOINT mysql' },
      { name: 'shell-form CMD', fires: true, text: 'FROM debian:12\nCMD ./somefile' },
      { name: 'shell-form ENTRYPOINT in a fragment without FROM', fires: true, text: 'ENTRYPOINT mysql' },
      { name: 'exec-form CMD in a fragment without FROM', fires: false, text: 'CMD ["./somefile"]' },
      { name: 'shell-form CMD in a builder stage', fires: true, text: 'FROM debian:12 AS base\nCMD my-program start\nFROM base\nRUN make' },
      { name: 'exec-form ENTRYPOINT', fires: false, text: 'FROM mysql:8.4\nENTRYPOINT ["mysql"]' },
      { name: 'exec-form CMD', fires: false, text: 'FROM debian:12\nCMD ["./somefile"]' },
    ],
  },
  DL3026: {
    rules: ['trusted-registry'],
    cases: [
      { name: 'registry not in the list', fires: true, text: 'FROM random.com/debian:12', settings: { trustedRegistries: ['docker.io'] } },
      { name: 'Docker Hub image when Docker Hub is not trusted', fires: true, text: 'FROM debian:12', settings: { trustedRegistries: ['x.com'] } },
      { name: 'registry in the list', fires: false, text: 'FROM random.com/debian:12', settings: { trustedRegistries: ['x.com', 'random.com'] } },
      { name: 'Docker Hub image when docker.io is trusted', fires: false, text: 'FROM debian:12', settings: { trustedRegistries: ['docker.io'] } },
      { name: 'Docker Hub image when hub.docker.com is trusted', fires: false, text: 'FROM debian:12', settings: { trustedRegistries: ['hub.docker.com'] } },
      { name: 'scratch', fires: false, text: 'FROM scratch', settings: { trustedRegistries: ['x.com'] } },
      { name: 'earlier stage', fires: false, text: 'FROM random.com/foo:1 AS build\nRUN make\nFROM build\nRUN test', settings: { trustedRegistries: ['random.com'] } },
      { name: 'registry matched by a wildcard', fires: false, text: 'FROM foo.random.com/debian:12', settings: { trustedRegistries: ['*.random.com'] } },
      { name: 'registry not matched by a wildcard', fires: true, text: 'FROM random.com/debian:12', settings: { trustedRegistries: ['*.random.com'] } },
      { name: 'no trusted registries configured', fires: false, text: 'FROM random.com/debian:12' },
    ],
  },
  DL3057: {
    rules: ['require-healthcheck'],
    cases: [
      { name: 'no HEALTHCHECK', fires: true, text: 'FROM debian:12\nRUN make\nCMD ["/app"]' },
      { name: 'no HEALTHCHECK on scratch', fires: true, text: 'FROM scratch\nCOPY app /app\nENTRYPOINT ["/app"]' },
      { name: 'one HEALTHCHECK', fires: false, text: 'FROM scratch\nCOPY app /app\nHEALTHCHECK CMD ["/app", "health"]' },
      { name: 'HEALTHCHECK NONE', fires: false, text: 'FROM debian:12\nHEALTHCHECK NONE' },
      { name: 'HEALTHCHECK inherited from an earlier stage', fires: false, text: 'FROM debian:12 AS base\nHEALTHCHECK CMD /bin/bla\nFROM base\nRUN make' },
      { name: 'HEALTHCHECK only in a stage not built on', fires: true, text: 'FROM debian:12 AS base\nHEALTHCHECK CMD /bin/bla\nFROM debian:12\nRUN make' },
    ],
  },
  DL4003: {
    rules: ['single-cmd'],
    cases: [
      { name: 'two CMDs in a stage', fires: true, text: 'FROM debian:12\nCMD bash\nRUN foo\nCMD another' },
      { name: 'two CMDs in a fragment without FROM', fires: true, text: 'CMD bash\nRUN foo\nCMD another' },
      { name: 'one CMD', fires: false, text: 'FROM debian:12\nCMD bash' },
      { name: 'no CMD', fires: false, text: 'FROM debian:12\nRUN foo' },
      { name: 'one CMD per stage', fires: false, text: 'FROM debian:12\nCMD bash\nRUN foo\nFROM debian:12\nCMD another' },
    ],
  },
  DL4004: {
    rules: ['single-entrypoint'],
    cases: [
      { name: 'two ENTRYPOINTs in a stage', fires: true, text: 'FROM debian:12\nENTRYPOINT bash\nRUN foo\nENTRYPOINT another' },
      { name: 'two ENTRYPOINTs in a fragment without FROM', fires: true, text: 'ENTRYPOINT bash\nRUN foo\nENTRYPOINT another' },
      { name: 'one ENTRYPOINT', fires: false, text: 'FROM debian:12\nENTRYPOINT bash' },
      { name: 'no ENTRYPOINT', fires: false, text: 'FROM debian:12\nRUN foo' },
      { name: 'one ENTRYPOINT per stage', fires: false, text: 'FROM debian:12\nENTRYPOINT bash\nRUN foo\nFROM debian:12\nENTRYPOINT another' },
    ],
  },
});
