/**
 * BuildKit's style and syntax checks (frontend/dockerfile/linter/ruleset.go and
 * the examples of docs.docker.com/reference/build-checks), against the
 * Shipshape rules that list them.
 */
import { describeEquivalents } from './cases.js';

describeEquivalents('buildkit', {
  MaintainerDeprecated: {
    rules: ['no-maintainer'],
    cases: [
      { name: 'MAINTAINER', fires: true, text: 'FROM alpine\nMAINTAINER moby@example.com' },
      { name: 'lower-case maintainer in a builder stage', fires: true, text: 'FROM alpine AS b\nmaintainer me\nFROM scratch' },
      { name: 'the authors label', fires: false, text: 'FROM alpine\nLABEL org.opencontainers.image.authors="moby@example.com"' },
    ],
  },
  ReservedStageName: {
    rules: ['no-reserved-stage-name'],
    cases: [
      { name: 'stage named scratch', fires: true, text: 'FROM busybox AS scratch\nRUN echo hello' },
      { name: 'stage named context', fires: true, text: 'FROM busybox AS context\nRUN echo hello' },
      { name: 'stage named foo', fires: false, text: 'FROM busybox AS foo\nRUN echo hello' },
      { name: 'FROM scratch', fires: false, text: 'FROM scratch\nCOPY app /app' },
    ],
  },
  StageNameCasing: {
    rules: ['stage-name-casing'],
    cases: [
      { name: 'camel-case stage name', fires: true, text: 'FROM alpine AS BuilderBase\nRUN echo' },
      { name: 'upper-case stage name', fires: true, text: 'FROM alpine AS BASE\nFROM base' },
      { name: 'lower-case stage name', fires: false, text: 'FROM alpine AS builder-base' },
      { name: 'stage referenced in upper case', fires: false, text: 'FROM alpine AS base\nFROM BASE' },
    ],
  },
  FromAsCasing: {
    rules: ['from-as-casing'],
    cases: [
      { name: 'FROM with lower-case as', fires: true, text: 'FROM debian:latest as builder' },
      { name: 'from with upper-case AS', fires: true, text: 'from debian:latest AS deb-builder' },
      { name: 'FROM … AS', fires: false, text: 'FROM debian:latest AS builder' },
      { name: 'from … as', fires: false, text: 'from debian:latest as builder' },
      { name: 'no stage name', fires: false, text: 'from debian:latest' },
    ],
  },
  ConsistentInstructionCasing: {
    rules: ['consistent-instruction-casing'],
    cases: [
      { name: 'one lower-case command among upper-case ones', fires: true, text: 'FROM alpine\nrun echo hello > /greeting.txt\nENTRYPOINT ["cat", "/greeting.txt"]' },
      { name: 'mixed-case command', fires: true, text: 'FROM alpine\nRun echo hello\nCMD ["x"]' },
      { name: 'one upper-case command among lower-case ones', fires: true, text: 'from alpine\nrun echo hello\nCMD ["x"]\nentrypoint ["cat"]' },
      { name: 'all upper case', fires: false, text: 'FROM alpine\nRUN echo hello > /greeting.txt\nENTRYPOINT ["cat", "/greeting.txt"]' },
      { name: 'all lower case', fires: false, text: 'from alpine\nrun echo hello > /greeting.txt\nentrypoint ["cat", "/greeting.txt"]' },
    ],
  },
  LegacyKeyValueFormat: {
    rules: ['legacy-key-value-format'],
    cases: [
      { name: 'ENV key value', fires: true, text: 'FROM alpine\nENV DEPS curl git make' },
      { name: 'LABEL key value', fires: true, text: 'FROM alpine\nLABEL org.opencontainers.image.title My image' },
      { name: 'ENV key=value', fires: false, text: 'FROM alpine\nENV DEPS="curl git make"' },
      { name: 'several key=value pairs', fires: false, text: 'FROM alpine\nENV A=1 B=2\nLABEL a=b c=d' },
    ],
  },
  NoEmptyContinuation: {
    rules: ['no-empty-continuation'],
    cases: [
      { name: 'empty line in a continued RUN', fires: true, text: 'FROM alpine\nEXPOSE \\\n\n80' },
      { name: 'blank line in the middle of apk add', fires: true, text: 'FROM alpine\nRUN apk add \\\n\n    gnupg \\\n    curl' },
      { name: 'comment line in a continuation', fires: false, text: 'FROM alpine\nRUN apk add \\\n# comment\n    gnupg \\\n    curl' },
      { name: 'no continuation', fires: false, text: 'FROM alpine\nRUN apk add gnupg curl\n\nRUN true' },
    ],
  },
  RedundantTargetPlatform: {
    rules: ['redundant-target-platform'],
    cases: [
      { name: '--platform=$TARGETPLATFORM', fires: true, text: 'FROM --platform=$TARGETPLATFORM alpine AS builder\nRUN apk add --no-cache git' },
      { name: '--platform=${TARGETPLATFORM}', fires: true, text: 'FROM --platform=${TARGETPLATFORM} alpine' },
      { name: 'no --platform', fires: false, text: 'FROM alpine AS builder\nRUN apk add --no-cache git' },
      { name: '--platform=$BUILDPLATFORM', fires: false, text: 'FROM --platform=$BUILDPLATFORM golang AS build' },
    ],
  },
  FromPlatformFlagConstDisallowed: {
    rules: ['from-platform-constant'],
    cases: [
      { name: 'constant platform', fires: true, text: 'FROM --platform=linux/amd64 alpine AS base\nRUN apk add --no-cache git' },
      { name: 'constant platform without a stage name', fires: true, text: 'FROM --platform=linux/arm64 alpine' },
      { name: 'default platform', fires: false, text: 'FROM alpine AS base\nRUN apk add --no-cache git' },
      { name: 'meta ARG', fires: false, text: 'FROM --platform=${BUILDPLATFORM} alpine AS base' },
      { name: 'stages per target architecture', fires: false, text: 'FROM --platform=linux/amd64 alpine AS build_amd64\nFROM --platform=linux/arm64 alpine AS build_arm64\nFROM build_${TARGETARCH} AS build' },
    ],
  },
  ExposeProtoCasing: {
    rules: ['expose-proto-casing'],
    cases: [
      { name: 'upper-case protocol', fires: true, text: 'FROM alpine\nEXPOSE 80/TcP' },
      { name: 'mixed protocols', fires: true, text: 'FROM alpine\nEXPOSE 80/tcp 53/UDP' },
      { name: 'lower-case protocol', fires: false, text: 'FROM alpine\nEXPOSE 80/tcp' },
      { name: 'no protocol', fires: false, text: 'FROM alpine\nEXPOSE 80' },
    ],
  },
  ExposeInvalidFormat: {
    rules: ['expose-host-port'],
    cases: [
      { name: 'IP address and host port', fires: true, text: 'FROM alpine\nEXPOSE 127.0.0.1:80:80' },
      { name: 'host port mapping', fires: true, text: 'FROM alpine\nEXPOSE 80:80' },
      { name: 'IPv6 with ports', fires: true, text: 'FROM alpine\nEXPOSE [::1]:8080:80/tcp' },
      { name: 'container port', fires: false, text: 'FROM alpine\nEXPOSE 80' },
      { name: 'port range with protocol', fires: false, text: 'FROM alpine\nEXPOSE 8000-8010/udp' },
    ],
  },
  UndefinedArgInFrom: {
    rules: ['undefined-arg-in-from'],
    cases: [
      { name: 'undeclared ARG in the image', fires: true, text: 'FROM node:22${VARIANT} AS jsbuilder' },
      { name: 'misspelt platform argument', fires: true, text: 'FROM --platform=$BULIDPLATFORM busybox' },
      { name: 'ARG declared after FROM', fires: true, text: 'FROM alpine:${TAG}\nARG TAG=3.20' },
      { name: 'declared ARG', fires: false, text: 'ARG VARIANT="-alpine3.20"\nFROM node:22${VARIANT} AS jsbuilder' },
      { name: 'platform argument', fires: false, text: 'FROM --platform=$BUILDPLATFORM busybox' },
    ],
  },
  InvalidDefaultArgInFrom: {
    rules: ['invalid-default-arg-in-from'],
    cases: [
      { name: 'ARG without a default as the tag', fires: true, text: 'ARG TAG\nFROM busybox:${TAG}' },
      { name: 'ARG without a default as the image', fires: true, text: 'ARG IMAGE\nFROM ${IMAGE}' },
      { name: 'ARG with a default', fires: false, text: 'ARG TAG=latest\nFROM busybox:${TAG}' },
      { name: 'inline default', fires: false, text: 'ARG VERSION\nFROM busybox:${VERSION:-latest}' },
      { name: 'default naming an image', fires: false, text: 'ARG IMAGE=busybox:latest\nFROM ${IMAGE}' },
    ],
  },
  UndefinedVar: {
    rules: ['undefined-var'],
    cases: [
      { name: 'misspelt PATH', fires: true, text: 'FROM alpine\nENV PATH=$PAHT:/app/bin' },
      { name: 'COPY of an undefined variable', fires: true, text: 'FROM alpine AS base\nCOPY $foo .' },
      { name: 'global ARG not declared in the stage', fires: true, text: 'ARG foo=bar\nFROM alpine\nCOPY $foo .' },
      { name: 'ARG declared in the stage', fires: false, text: 'FROM alpine\nARG foo\nCOPY $foo .' },
      { name: 'PATH from the image', fires: false, text: 'FROM alpine\nENV PATH=$PATH:/app/bin' },
      { name: 'variable in RUN', fires: false, text: 'FROM alpine\nRUN echo $foo' },
    ],
  },
  WorkdirRelativePath: {
    rules: ['absolute-workdir'],
    cases: [
      { name: 'relative WORKDIR', fires: true, text: 'FROM alpine\nWORKDIR app/' },
      { name: 'relative WORKDIR in a stage built on another', fires: true, text: 'FROM scratch AS a\nWORKDIR app/\nFROM a AS b\nWORKDIR subdir/' },
      { name: 'absolute WORKDIR', fires: false, text: 'FROM alpine\nWORKDIR /app' },
      { name: 'WORKDIR from a variable', fires: false, text: 'FROM alpine\nARG DIR=/app\nWORKDIR $DIR' },
    ],
  },
  InvalidDefinitionDescription: {
    rules: ['definition-description-format'],
    cases: [
      { name: 'non-descriptive comment above a stage', fires: true, text: '# a non-descriptive comment\nFROM scratch AS base' },
      { name: 'non-descriptive comment above an ARG', fires: true, text: 'FROM scratch\n# another non-descriptive comment\nARG VERSION=1' },
      { name: 'descriptions', fires: false, text: '# base is a stage for compiling source\nFROM scratch AS base\n# VERSION This is the version number.\nARG VERSION=1' },
      { name: 'comment separated by an empty comment line', fires: false, text: '# some comment\n#\nFROM scratch AS base' },
      { name: 'comment separated by a blank line', fires: false, text: '# some comment\n\nARG VERSION=1\nFROM scratch' },
    ],
  },
});
