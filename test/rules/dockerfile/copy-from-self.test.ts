import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'copy-from-self';

describe(ID, () => {
  it('flags a stage copying from itself by name or index', () => {
    expectFindings(ID, `FROM node:24 AS build
COPY --from=build /app/dist /dist
#           ^^^^^ copy-from-self "COPY --from=build copies from the stage it is in; a stage can only copy from earlier stages or images"
FROM node:24-slim AS Final
COPY --from=final /a /a
#           ^^^^^ copy-from-self
COPY --from=1 /a /a
#           ^ copy-from-self`);
  });

  it('accepts other stages', () => {
    expectClean(ID, `FROM node:24 AS deps
FROM node:24 AS build
COPY --from=deps /a /a
COPY --from=0 /a /a`);
  });
});
