import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'no-onbuild-forbidden-trigger';

describe(ID, () => {
  it('flags ONBUILD FROM, MAINTAINER and ONBUILD', () => {
    expectFindings(ID, `FROM debian:12
ONBUILD FROM alpine:3.20
        ^^^^ no-onbuild-forbidden-trigger "ONBUILD FROM is not allowed: Docker refuses FROM as an ONBUILD trigger"
ONBUILD MAINTAINER me
        ^^^^^^^^^^ no-onbuild-forbidden-trigger "ONBUILD MAINTAINER is not allowed: Docker refuses MAINTAINER as an ONBUILD trigger"
ONBUILD ONBUILD RUN make
        ^^^^^^^ no-onbuild-forbidden-trigger`);
  });

  it('accepts other triggers', () => {
    expectClean(ID, 'FROM debian:12\nONBUILD RUN make\nONBUILD COPY . /app/\nONBUILD ENV A=1');
  });
});
