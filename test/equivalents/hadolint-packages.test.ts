/**
 * hadolint's shell and package-manager checks (their specs' ruleCatches /
 * ruleCatchesNot / onbuildRuleCatches cases), against the Shipshape rules that
 * list them. `ONBUILD RUN` triggers are judged like RUN, as hadolint does.
 */
import { describeEquivalents } from './cases.js';

describeEquivalents('hadolint', {
  DL3003: {
    rules: ['no-cd-in-run'],
    cases: [
      { name: 'cd in a chain', fires: true, text: 'FROM debian:12\nRUN cd /usr/src/app && git pull' },
      { name: 'cd in an ONBUILD RUN', fires: true, text: 'FROM debian:12\nONBUILD RUN cd /usr/src/app && git pull' },
      { name: 'no cd', fires: false, text: 'FROM debian:12\nRUN git pull' },
      { name: 'cd only inside an echoed string', fires: false, text: 'FROM debian:12\nRUN echo "cd /tmp"' },
    ],
  },
  DL3008: {
    rules: ['apt-pin-versions'],
    cases: [
      { name: 'unpinned apt-get install', fires: true, text: 'FROM debian:12\nRUN apt-get install -y python' },
      { name: 'unpinned in an ONBUILD RUN', fires: true, text: 'FROM debian:12\nONBUILD RUN apt-get install -y python' },
      { name: 'pinned version', fires: false, text: 'FROM debian:12\nRUN apt-get install -y python=2.7' },
      { name: 'a local .deb file', fires: false, text: 'FROM debian:12\nRUN apt-get install -y ./pkg.deb' },
    ],
  },
  DL3009: {
    rules: ['apt-clean-lists'],
    cases: [
      { name: 'update and install, lists left', fires: true, text: 'FROM debian:12\nRUN apt-get update && apt-get install -y python' },
      { name: 'lists left by an ONBUILD RUN', fires: true, text: 'FROM debian:12\nONBUILD RUN apt-get update && apt-get install -y python' },
      { name: 'lists removed in the same RUN', fires: false, text: 'FROM debian:12\nRUN apt-get update && apt-get install -y python && rm -rf /var/lib/apt/lists/*' },
      { name: 'lists on a cache mount', fires: false, text: 'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y python' },
    ],
  },
  DL3014: {
    rules: ['apt-get-yes'],
    cases: [
      { name: 'install without -y', fires: true, text: 'FROM debian:12\nRUN apt-get install python' },
      { name: 'install without -y in an ONBUILD RUN', fires: true, text: 'FROM debian:12\nONBUILD RUN apt-get install python' },
      { name: '-y', fires: false, text: 'FROM debian:12\nRUN apt-get install -y python' },
      { name: '--yes', fires: false, text: 'FROM debian:12\nRUN apt-get install --yes python' },
      { name: '-qq implies yes', fires: false, text: 'FROM debian:12\nRUN apt-get install -qq python' },
      { name: 'combined -qy', fires: false, text: 'FROM debian:12\nRUN apt-get -qy install python' },
    ],
  },
  DL3015: {
    rules: ['apt-no-install-recommends'],
    cases: [
      { name: 'no --no-install-recommends', fires: true, text: 'FROM debian:12\nRUN apt-get install -y python' },
      { name: 'in an ONBUILD RUN', fires: true, text: 'FROM debian:12\nONBUILD RUN apt-get install -y python' },
      { name: '--no-install-recommends', fires: false, text: 'FROM debian:12\nRUN apt-get install -y --no-install-recommends python' },
      { name: 'APT::Install-Recommends=false', fires: false, text: 'FROM debian:12\nRUN apt-get -o APT::Install-Recommends=false install -y python' },
    ],
  },
  DL3019: {
    rules: ['apk-no-cache'],
    cases: [
      { name: 'apk add without --no-cache', fires: true, text: 'FROM alpine:3.22\nRUN apk add curl' },
      { name: 'in an ONBUILD RUN', fires: true, text: 'FROM alpine:3.22\nONBUILD RUN apk add curl' },
      { name: '--no-cache', fires: false, text: 'FROM alpine:3.22\nRUN apk add --no-cache curl' },
    ],
  },
});
