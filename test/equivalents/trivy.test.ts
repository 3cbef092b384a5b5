/**
 * Trivy's Dockerfile checks (checks/docker/*.rego, with the cases of their
 * _test.rego files), against the Shipshape rules that list them.
 */
import { describeEquivalents } from './cases.js';

const SHA = 'sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb';

describeEquivalents('trivy', {
  'DS-0001': {
    rules: ['no-latest-tag', 'require-base-image-tag'],
    cases: [
      { name: 'no tag', fires: true, text: 'FROM openjdk\nRUN javac Main.java' },
      { name: 'latest tag', fires: true, text: 'FROM openjdk:latest\nRUN javac Main.java' },
      { name: 'latest tag in a builder stage', fires: true, text: 'FROM golang:latest AS build\nRUN go build\nFROM alpine:3.20\nCOPY --from=build /go/bin/app /app' },
      { name: 'version tag', fires: false, text: 'FROM openjdk:8u292-oracle\nRUN javac Main.java' },
      { name: 'scratch', fires: false, text: 'FROM scratch\nCOPY app /app' },
      { name: 'stage alias', fires: false, text: 'FROM golang:1.7.3 AS dep\nRUN go build\nFROM dep\nRUN go test' },
      { name: 'digest', fires: false, text: `FROM openjdk@${SHA}` },
      { name: 'build argument with a tagged default', fires: false, text: 'ARG IMAGE=alpine:3.20\nFROM ${IMAGE}\nRUN apk add curl' },
    ],
  },
  'DS-0002': {
    rules: ['no-root-user', 'require-user'],
    cases: [
      { name: 'no USER', fires: true, text: 'FROM alpine:3.13\nRUN apk add --no-cache bash' },
      { name: 'no USER on scratch', fires: true, text: 'FROM scratch\nCOPY app /app\nENTRYPOINT ["/app"]' },
      { name: 'last USER is root', fires: true, text: 'FROM alpine:3.13\nUSER root\nRUN apk add --no-cache bash' },
      { name: 'root after a non-root user', fires: true, text: 'FROM alpine:3.13\nUSER user1\nRUN apk add --no-cache bash\nUSER root' },
      { name: 'non-root USER', fires: false, text: 'FROM alpine:3.13\nUSER user1' },
      { name: 'root, then a non-root user', fires: false, text: 'FROM alpine:3.13\nUSER root\nRUN apk add --no-cache bash\nUSER user1' },
    ],
  },
  'DS-0004': {
    rules: ['no-expose-ssh'],
    cases: [
      { name: 'port 22', fires: true, text: 'FROM alpine:3.13\nEXPOSE 22' },
      { name: 'port 22 among others', fires: true, text: 'FROM alpine:3.13\nEXPOSE 80 22 443' },
      { name: 'other ports', fires: false, text: 'FROM alpine:3.13\nEXPOSE 8080' },
      { name: 'a port containing 22', fires: false, text: 'FROM alpine:3.13\nEXPOSE 2222 220' },
    ],
  },
  'DS-0006': {
    rules: ['copy-from-self'],
    cases: [
      { name: 'COPY --from the current stage', fires: true, text: 'FROM golang:1.7.3 AS dep\nCOPY --from=dep /binary /' },
      { name: 'COPY --from an earlier stage', fires: false, text: 'FROM golang:1.7.3 AS builder\nRUN go build -o /binary\nFROM alpine:3.20 AS dep\nCOPY --from=builder /binary /' },
      { name: 'COPY --from an image', fires: false, text: 'FROM golang:1.7.3 AS dep\nCOPY --from=alpine:3.20 /etc/ssl/certs /etc/ssl/certs' },
    ],
  },
  'DS-0007': {
    rules: ['single-entrypoint'],
    cases: [
      { name: 'two ENTRYPOINTs in a stage', fires: true, text: 'FROM golang:1.7.3\nENTRYPOINT ["/opt/app/run.sh", "--port", "8080"]\nENTRYPOINT ["/opt/app/run.sh", "--port", "8000"]' },
      { name: 'one ENTRYPOINT', fires: false, text: 'FROM golang:1.7.3\nENTRYPOINT ["/opt/app/run.sh", "--port", "8080"]' },
      { name: 'one ENTRYPOINT per stage', fires: false, text: 'FROM golang:1.7.3 AS build\nENTRYPOINT ["/opt/app/build.sh"]\nFROM alpine:3.20\nENTRYPOINT ["/opt/app/run.sh"]' },
    ],
  },
  'DS-0008': {
    rules: ['valid-expose-port'],
    cases: [
      { name: 'port above 65535', fires: true, text: 'FROM alpine:3.13\nEXPOSE 65536/tcp' },
      { name: 'valid port', fires: false, text: 'FROM alpine:3.13\nEXPOSE 8080' },
      { name: 'highest port', fires: false, text: 'FROM alpine:3.13\nEXPOSE 65535/udp' },
    ],
  },
  'DS-0009': {
    rules: ['absolute-workdir'],
    cases: [
      { name: 'relative path', fires: true, text: 'FROM alpine:3.13\nWORKDIR path/to/workdir' },
      { name: 'absolute path', fires: false, text: 'FROM alpine:3.13\nWORKDIR /path/to/workdir' },
      { name: 'variable', fires: false, text: 'FROM alpine:3.13\nWORKDIR ${workdir}' },
      { name: 'Windows path', fires: false, text: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR c:\\\\windows' },
    ],
  },
  'DS-0010': {
    rules: ['no-sudo'],
    cases: [
      { name: 'sudo', fires: true, text: 'FROM alpine:3.13\nRUN sudo pip install --upgrade pip' },
      { name: 'sudo in a chained command', fires: true, text: 'FROM alpine:3.13\nRUN apk add --no-cache bash && sudo pip install --upgrade pip' },
      { name: 'no sudo', fires: false, text: 'FROM alpine:3.13\nRUN pip install --upgrade pip' },
    ],
  },
  'DS-0012': {
    rules: ['duplicate-stage-name'],
    cases: [
      { name: 'duplicate alias', fires: true, text: 'FROM baseImage:1.1 AS bin\nRUN make\nFROM baseImage:1.1 AS bin\nRUN make install' },
      { name: 'distinct aliases', fires: false, text: 'FROM baseImage:1.1 AS build\nRUN make\nFROM baseImage:1.1 AS bin\nRUN make install' },
      { name: 'no aliases', fires: false, text: 'FROM baseImage:1.1\nRUN make\nFROM baseImage:1.1\nRUN make install' },
    ],
  },
  'DS-0016': {
    rules: ['single-cmd'],
    cases: [
      { name: 'two CMDs in a stage', fires: true, text: 'FROM golang:1.7.3\nCMD ./apps\nCMD ./apps2' },
      { name: 'one CMD', fires: false, text: 'FROM golang:1.7.3\nCMD ./apps' },
      { name: 'one CMD per stage', fires: false, text: 'FROM golang:1.7.3 AS build\nCMD ./build\nFROM alpine:3.20\nCMD ./apps' },
    ],
  },
  'DS-0023': {
    rules: ['single-healthcheck'],
    cases: [
      { name: 'two HEALTHCHECKs in a stage', fires: true, text: 'FROM busybox:1.36\nHEALTHCHECK CMD /bin/healthcheck\nHEALTHCHECK CMD /bin/healthcheck2' },
      { name: 'one HEALTHCHECK', fires: false, text: 'FROM busybox:1.36\nHEALTHCHECK CMD /bin/healthcheck' },
      { name: 'one HEALTHCHECK per stage', fires: false, text: 'FROM busybox:1.36 AS base\nHEALTHCHECK CMD /bin/healthcheck\nFROM busybox:1.36\nHEALTHCHECK CMD /bin/healthcheck2' },
    ],
  },
  'DS-0026': {
    rules: ['require-healthcheck'],
    cases: [
      { name: 'no HEALTHCHECK', fires: true, text: 'FROM alpine:3.13\nRUN apk add --no-cache curl\nCMD ["/app"]' },
      { name: 'no HEALTHCHECK on a distroless image', fires: true, text: 'FROM gcr.io/distroless/static-debian12\nCOPY app /app\nENTRYPOINT ["/app"]' },
      { name: 'HEALTHCHECK', fires: false, text: 'FROM alpine:3.13\nHEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1' },
      { name: 'HEALTHCHECK NONE', fires: false, text: 'FROM alpine:3.13\nHEALTHCHECK NONE' },
      { name: 'no HEALTHCHECK in any stage of a multi-stage build', fires: true, text: 'FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM alpine:3.13\nCOPY --from=build /app /app\nCMD ["/app"]' },
      { name: 'only ONBUILD HEALTHCHECK', fires: true, text: 'FROM alpine:3.13\nONBUILD HEALTHCHECK CMD /bin/probe\nCMD ["/app"]' },
      { name: 'HEALTHCHECK only in a builder stage', fires: false, text: 'FROM golang:1.23 AS build\nHEALTHCHECK CMD /bin/probe\nRUN go build -o /app .\nFROM alpine:3.13\nCOPY --from=build /app /app\nCMD ["/app"]' },
      { name: 'HEALTHCHECK only in the final stage', fires: false, text: 'FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM alpine:3.13\nCOPY --from=build /app /app\nHEALTHCHECK CMD ["/app", "health"]' },
      { name: 'HEALTHCHECK inherited from an earlier stage', fires: false, text: 'FROM alpine:3.13 AS base\nHEALTHCHECK CMD /bin/probe\nFROM base\nCMD ["/app"]' },
    ],
  },
  'DS-0031': {
    rules: ['no-copy-secret-files', 'no-secrets-in-env'],
    cases: [
      { name: 'secret in ENV', fires: true, text: 'FROM alpine:3.20\nENV GITHUB_TOKEN=ghp_example' },
      { name: 'secret in ARG', fires: true, text: 'FROM alpine:3.20\nARG AWS_SECRET_ACCESS_KEY\nRUN ./deploy.sh' },
      { name: 'ordinary variables', fires: false, text: 'FROM alpine:3.20\nENV PATH=/app/bin:$PATH\nARG VERSION=1.0' },
    ],
  },
});
