import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'no-env-same-statement-reference';

describe(ID, () => {
  it('flags references to a name set earlier in the same ENV', () => {
    expectFindings(ID, `FROM debian:12
ENV APP=/srv/app BIN=$APP/bin LIB="\${APP}/lib"
                     ^^^^ no-env-same-statement-reference "'$APP' is set earlier in this same ENV, but the reference sees its value from before the instruction; set it in an ENV of its own first"
                                   ^^^^^^ no-env-same-statement-reference
ONBUILD ENV A=1 B=$A
                  ^^ no-env-same-statement-reference`);
  });

  it('accepts references to earlier instructions, to the own name, and look-alike names', () => {
    expectClean(ID, `FROM debian:12
ENV APP=/srv/app
ENV BIN=$APP/bin PATH=/opt/bin:$PATH
ENV BLA=blubb BLUBB="\${FOOBLA}/x" C=$BLAFOO D='$BLA'`);
  });
});
