import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'copy-relative-dest-without-workdir';

describe(ID, () => {
  it('flags relative destinations before any WORKDIR of the stage', () => {
    expectFindings(ID, `FROM python:3.12-slim AS build
COPY . .
       ^ copy-relative-dest-without-workdir "COPY to the relative path '.' with no WORKDIR set in the stage: it lands in the base image's working directory (often /); set WORKDIR or use an absolute path"
WORKDIR /app
COPY . .
FROM python:3.12-slim
COPY --from=build /app app/
                       ^^^^ copy-relative-dest-without-workdir`);
  });

  it('reads a quoted destination with spaces as one path, in shell and JSON form', () => {
    expectFindings(ID, `FROM alpine:3.23
COPY a "b c"
       ^^^^^ copy-relative-dest-without-workdir "COPY to the relative path 'b c' with no WORKDIR set in the stage: it lands in the base image's working directory (often /); set WORKDIR or use an absolute path"
COPY "x y" 'my  dir/'
           ^^^^^^^^^^ copy-relative-dest-without-workdir "COPY to the relative path 'my  dir/' with no WORKDIR set in the stage: it lands in the base image's working directory (often /); set WORKDIR or use an absolute path"
COPY ["a", "b c"]
           ^^^^^ copy-relative-dest-without-workdir "COPY to the relative path 'b c' with no WORKDIR set in the stage: it lands in the base image's working directory (often /); set WORKDIR or use an absolute path"
COPY --chown=1000 ["a", "b c"]
                        ^^^^^ copy-relative-dest-without-workdir "COPY to the relative path 'b c' with no WORKDIR set in the stage: it lands in the base image's working directory (often /); set WORKDIR or use an absolute path"`);
    expectClean(ID, 'FROM alpine:3.23\nCOPY a "/b c"\nCOPY ["a b", "/c d/"]');
  });

  it('accepts absolute, variable and Windows destinations, and a WORKDIR inherited from the parent stage', () => {
    expectClean(ID, `FROM python:3.12-slim AS base
COPY req.txt /app/
COPY req.txt $APP/
COPY ["a", "/app/"]
WORKDIR /app
FROM base
COPY . .
FROM mcr.microsoft.com/windows/servercore:ltsc2022
COPY app C:/app/`);
  });
});

describe(`${ID} fix`, () => {
  it('makes the destination absolute from /', () => {
    const before = 'FROM alpine:3.23\nCOPY app.py ./\nCOPY cfg .\nCOPY lib lib/\n';
    assert.deepEqual(fixTitles(ID, before), ["Copy to / (where it lands when the base image's working directory is /)"]);
    assert.equal(applyFix(ID, before), 'FROM alpine:3.23\nCOPY app.py /\nCOPY cfg .\nCOPY lib lib/\n');
    assert.equal(applyFix(ID, before, {}, 1), 'FROM alpine:3.23\nCOPY app.py ./\nCOPY cfg /\nCOPY lib lib/\n');
    assert.equal(applyFix(ID, before, {}, 2), 'FROM alpine:3.23\nCOPY app.py ./\nCOPY cfg .\nCOPY lib /lib/\n');
  });

  it('offers no fix for the JSON form or a quoted destination', () => {
    assert.deepEqual(fixTitles(ID, 'FROM alpine:3.23\nCOPY ["a", "b"]\n'), []);
    assert.deepEqual(fixTitles(ID, 'FROM alpine:3.23\nCOPY a "b c"\n'), []);
  });
});
