import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

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

describe(`${ID} fix`, () => {
  it('moves the property with the reference into an ENV of its own on the next line', () => {
    const before = 'FROM alpine:3.23\n  env APP=/opt/app PATH=$APP/bin:$PATH\n';
    assert.deepEqual(fixTitles(ID, before), ['Set PATH in an ENV of its own, after this one (then $APP is the value set here)']);
    assert.equal(applyFix(ID, before), 'FROM alpine:3.23\n  env APP=/opt/app\n  env PATH=$APP/bin:$PATH\n');
  });

  it('offers no fix across a line continuation or in an ONBUILD trigger', () => {
    assert.deepEqual(fixTitles(ID, 'FROM alpine:3.23\nENV A=1 \\\n    B=$A\n'), []);
    assert.deepEqual(fixTitles(ID, 'FROM alpine:3.23\nONBUILD ENV A=1 B=$A\n'), []);
  });
});
