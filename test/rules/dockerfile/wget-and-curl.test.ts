import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { expectClean, expectFindings, findingsOf } from '../../helpers/annotated.js';

const ID = 'wget-and-curl';

describe(ID, () => {
  before(() => initEngine());

  it('flags each RUN that uses either tool once the stage has used both', () => {
    expectFindings(ID, `FROM alpine:3.21 AS build
RUN wget https://f
RUN curl -fsSLO https://g
#   ^^^^ wget-and-curl "This stage downloads with both curl and wget (line 2): the image needs two download tools where one does; use one of them throughout"
RUN ["wget", "https://h"]
#    ^^^^^^ wget-and-curl
RUN echo done
RUN set -e; \\
    curl -o /i https://i \\
#   ^^^^ wget-and-curl
 && wget https://j
FROM debian:12
RUN sh -c 'curl -fsSL https://k' && wget https://l
#          ^^^^ wget-and-curl "This stage downloads with both curl and wget (line 10): the image needs two download tools where one does; use one of them throughout"`);
  });

  it('judges each stage on its own and counts only commands', () => {
    expectClean(ID, `FROM alpine:3.21 AS a
RUN wget https://f
FROM alpine:3.21
RUN apk add --no-cache curl wget && echo "wget" && curl https://g`);
  });

  it('is info by default and offers no fix', () => {
    const [f] = findingsOf(ID, 'FROM debian:12\nRUN curl x && wget y');
    assert.equal(f.severity, 'info');
    assert.deepEqual(f.fixes, []);
  });
});
