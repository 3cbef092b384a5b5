import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-secret-values';

describe(ID, () => {
  it('flags credentials in ENV, ARG and LABEL values whatever the name', () => {
    expectFindings(ID, `FROM alpine:3.23
ENV S3_ID=AKIAIOSFODNN7EXAMPLE
#         ^^^^^^^^^^^^^^^^^^^^ no-secret-values "ENV S3_ID contains an AWS access key id; anyone with the Dockerfile or the image can read it. Revoke it, and pass secrets with RUN --mount=type=secret or at run time"
ARG GH=ghp_abcdefghijklmnopqrstuvwxyz0123456789
#      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-secret-values "ARG GH contains a GitHub token; anyone with the Dockerfile or the image can read it. Revoke it, and pass secrets with RUN --mount=type=secret or at run time"
LABEL repo="https://deploy:s3cr3tpass@git.example.com/app.git"
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-secret-values
ENV HOOK https://hooks.slack.com/services/T0000AAAA/B0000BBBB/abcdefghijklmnopqrstuvwx
#        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-secret-values`);
  });

  it('stays quiet on variables, placeholders and ordinary values', () => {
    expectClean(ID, `FROM alpine:3.23
ENV DATABASE_URL=postgres://app:\${DB_PASSWORD}@db:5432/app
ENV GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305
ARG AWS_ACCESS_KEY_ID
LABEL org.opencontainers.image.source="https://github.com/acme/app"
ENV PROXY=http://proxy.example.com:3128`);
  });
});

describe(`${ID} fix`, () => {
  it('turns an ENV credential into a build secret and says to revoke it', () => {
    const before = 'FROM alpine:3.23\nENV GH=ghp_abcdefghijklmnopqrstuvwxyz0123456789\nRUN git clone https://x:${GH}@github.com/o/r\n';
    assert.deepEqual(fixTitles(ID, before), ['Read GH from a build secret on the RUN that uses it (docker build --secret id=gh,env=GH); pass it with docker run -e GH if the application reads it; revoke the credential']);
    assert.equal(applyFix(ID, before), 'FROM alpine:3.23\nRUN --mount=type=secret,id=gh,env=GH git clone https://x:${GH}@github.com/o/r\n');
  });

  it('removes a LABEL property that holds a credential', () => {
    const before = 'FROM alpine:3.23\nLABEL a=b repo="https://deploy:s3cr3tpass@git.example.com/app.git"\n';
    assert.deepEqual(fixTitles(ID, before), ['Remove the label repo (revoke the credential: it stays in the history)']);
    assert.equal(applyFix(ID, before), 'FROM alpine:3.23\nLABEL a=b\n');
  });
});
