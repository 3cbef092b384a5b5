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
});
