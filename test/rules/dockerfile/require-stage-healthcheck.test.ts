import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/engine/analyze.js';
import { expectClean, expectFindings, findingsOf } from '../../helpers/annotated.js';

const ID = 'require-stage-healthcheck';
const on = { settings: { rules: { [ID]: 'info' as const } } };

describe(ID, () => {
  it('is off by default', () => {
    assert.deepEqual(findingsOf(ID, 'FROM golang:1.26 AS build\nFROM nginx:1.27\nHEALTHCHECK NONE'), []);
  });

  it('flags each stage without a HEALTHCHECK of its own or inherited, at its FROM', () => {
    expectFindings(ID, `FROM golang:1.26 AS build
^^^^^^^^^^^^^^^^^^^^^^^^^ require-stage-healthcheck "Stage 'build' has no HEALTHCHECK, neither its own nor from a stage it is built FROM: add HEALTHCHECK CMD <probe>, or HEALTHCHECK NONE to say none is wanted"
RUN go build -o /app .
FROM debian:12
HEALTHCHECK CMD ["/app", "health"]
FROM debian:12 AS other
^^^^^^^^^^^^^^^^^^^^^^^ require-stage-healthcheck
FROM build
^^^^^^^^^^ require-stage-healthcheck "This stage has no HEALTHCHECK, neither its own nor from a stage it is built FROM: add HEALTHCHECK CMD <probe>, or HEALTHCHECK NONE to say none is wanted"`, on);
  });

  it('accepts HEALTHCHECK NONE, one anywhere in the stage, and one inherited through FROM <stage>', () => {
    expectClean(ID, `FROM debian:12 AS base
RUN make
HEALTHCHECK NONE
FROM base AS mid
FROM mid
CMD ["/app"]`, on);
  });

  it('does not count ONBUILD HEALTHCHECK, nor an unnamed stage of the same image', () => {
    expectFindings(ID, `FROM debian:12
HEALTHCHECK CMD /probe
FROM debian:12
^^^^^^^^^^^^^^ require-stage-healthcheck
ONBUILD HEALTHCHECK CMD /probe`, on);
  });

  it('leaves the final stage of a file without any HEALTHCHECK to require-healthcheck: one finding per line', () => {
    const text = 'FROM golang:1.26 AS build\nRUN go build -o /app .\nFROM debian:12\nCOPY --from=build /app /app\nCMD ["/app"]\n';
    const settings = { rules: { [ID]: 'info' as const, 'require-healthcheck': 'info' as const } };
    const byLine = analyze({ path: '/p/Dockerfile', text }, undefined, settings).findings
      .filter((f) => f.ruleId === ID || f.ruleId === 'require-healthcheck')
      .map((f) => `${f.range.start.line}:${f.ruleId}`);
    assert.deepEqual(byLine.sort(), ['0:require-stage-healthcheck', '2:require-healthcheck']);
    // An image that never ships is not require-healthcheck's: every stage is reported here.
    expectFindings(ID, `FROM golang:1.26 AS build
^^^^^^^^^^^^^^^^^^^^^^^^^ require-stage-healthcheck
FROM scratch
^^^^^^^^^^^^ require-stage-healthcheck
COPY --from=build /app /app`, on);
  });
});
