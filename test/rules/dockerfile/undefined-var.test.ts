import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'undefined-var';

describe(ID, () => {
  it('flags names no ARG, ENV or base image defines, with a close name when there is one', () => {
    expectFindings(ID, `FROM alpine:3.20
ENV PATH=$PAHT:/opt/bin
#        ^^^^^ undefined-var "Usage of undefined variable '$PAHT' (did you mean $PATH?): it expands to an empty string"
COPY $SRC /app/
#    ^^^^ undefined-var "Usage of undefined variable '$SRC': it expands to an empty string"
ENV A=1 B=\${A}
#         ^^^^ undefined-var "Usage of undefined variable '$A': it expands to an empty string"`);
  });

  it('flags a global ARG that the stage does not declare again', () => {
    expectFindings(ID, `ARG VERSION=1.2
FROM alpine:3.20
ADD app-$VERSION.tar.gz /opt/
#       ^^^^^^^^ undefined-var`);
  });

  it('accepts ARG and ENV of the stage and its parents, the base image environment, defaults and quoted text', () => {
    expectClean(ID, `ARG VERSION=1.2
FROM golang:1.23 AS build
ARG VERSION
ENV APP=/srv/app
WORKDIR $GOPATH/src/app
COPY app-$VERSION.tar.gz \${APP}/
LABEL x='$NOT_EXPANDED' y=\\$ESCAPED z=\${UNSET:-default}
ENV LD_LIBRARY_PATH=\${LD_LIBRARY_PATH:+$LD_LIBRARY_PATH:}/opt/lib
FROM build
ENV PATH=$PATH:$APP/bin
RUN echo $ANYTHING
CMD echo $ANYTHING`);
  });

  it('says nothing on images whose environment is not known offline', () => {
    expectClean(ID, 'FROM registry.example.com/base:1\nWORKDIR $APP_HOME\nARG BASE\nFROM $BASE\nCOPY . $DIR/');
  });
});

describe(`${ID} fix`, () => {
  it('renames a misspelt variable to the defined one it is closest to', () => {
    const before = 'FROM alpine:3.23\nARG APP_HOME=/app\nWORKDIR ${APP_HOEM}\n';
    assert.deepEqual(fixTitles(ID, before), ['Use $APP_HOME instead of $APP_HOEM']);
    assert.equal(applyFix(ID, before), 'FROM alpine:3.23\nARG APP_HOME=/app\nWORKDIR ${APP_HOME}\n');
  });

  it('offers no fix when no defined name is close', () => {
    assert.deepEqual(fixTitles(ID, 'FROM alpine:3.23\nWORKDIR $SOMEWHERE_ELSE\n'), []);
  });
});
