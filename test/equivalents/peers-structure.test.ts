/**
 * Trivy and Checkov checks on Dockerfile structure (MAINTAINER, COPY with
 * several sources), written from their documentation, against the Shipshape
 * rules that list them.
 */
import { describeEquivalents } from './cases.js';

describeEquivalents('trivy', {
  'DS-0011': {
    rules: ['copy-multiple-sources-to-dir'],
    cases: [
      { name: 'COPY of two sources to a path without /', fires: true, text: 'FROM alpine:3.13\nCOPY ["package.json", "yarn.lock", "myapp"]' },
      { name: 'shell form', fires: true, text: 'FROM alpine:3.13\nCOPY package.json yarn.lock myapp' },
      { name: 'destination ending in /', fires: false, text: 'FROM alpine:3.13\nCOPY ["package.json", "yarn.lock", "myapp/"]' },
      { name: 'one source', fires: false, text: 'FROM alpine:3.13\nCOPY package.json myapp' },
    ],
  },
  'DS-0022': {
    rules: ['no-maintainer'],
    cases: [
      { name: 'MAINTAINER', fires: true, text: 'FROM busybox:1.33.1\nMAINTAINER Lukas Martinelli <me@lukasmartinelli.ch>' },
      { name: 'maintainer in lower case', fires: true, text: 'FROM busybox:1.33.1\nmaintainer me' },
      { name: 'no MAINTAINER', fires: false, text: 'FROM busybox:1.33.1\nRUN echo hi' },
    ],
  },
});

describeEquivalents('checkov', {
  CKV_DOCKER_6: {
    rules: ['no-maintainer'],
    cases: [
      { name: 'MAINTAINER', fires: true, text: 'FROM base\nMAINTAINER checkov@bridgecrew.io\nRUN echo' },
      { name: 'MAINTAINER in an earlier stage', fires: true, text: 'FROM base AS a\nMAINTAINER x\nFROM base' },
      { name: 'LABEL maintainer', fires: false, text: 'FROM base\nLABEL maintainer="checkov@bridgecrew.io"' },
    ],
  },
});
