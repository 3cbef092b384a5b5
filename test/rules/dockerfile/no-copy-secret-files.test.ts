import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-copy-secret-files';

describe(ID, () => {
  it('flags credential files copied from the context', () => {
    expectFindings(ID, `FROM node:24
COPY .npmrc package.json ./
#    ^^^^^^ no-copy-secret-files "COPY '.npmrc' puts an npm credentials file into an image layer, readable by anyone with the image (deleting it later does not remove it); use RUN --mount=type=secret,id=npmrc during the build or pass it at run time"
COPY config/.env.production /app/.env
#    ^^^^^^^^^^^^^^^^^^^^^^ no-copy-secret-files
ADD --chown=1000 keys/id_rsa /root/.ssh/id_rsa
#                ^^^^^^^^^^^ no-copy-secret-files
COPY *.pem /certs/
#    ^^^^^ no-copy-secret-files
COPY .aws/credentials /root/.aws/credentials
#    ^^^^^^^^^^^^^^^^ no-copy-secret-files
COPY ["gcp/credentials.json", "/app/"]
#     ^^^^^^^^^^^^^^^^^^^^^^ no-copy-secret-files`);
  });

  it('resolves variables and stays quiet when unknown', () => {
    expectFindings(ID, `FROM alpine:3.23
ARG KEYFILE=server.key
COPY \${KEYFILE} /etc/ssl/private/
#    ^^^^^^^^^^ no-copy-secret-files`);
    expectClean(ID, 'FROM alpine:3.23\nARG KEYFILE\nCOPY ${KEYFILE} /etc/ssl/private/');
  });

  it('ignores certificates, examples, other stages and heredocs', () => {
    expectClean(ID, `FROM alpine:3.23 AS build
COPY ca.pem cert.pem fullchain.pem server.crt /certs/
COPY .env.example .env.sample /app/
COPY public.key /keys/
COPY jenkins.io-2026.key /war/jenkins-key.pub
COPY repo-signing.key /usr/share/keyrings/repo.gpg
FROM alpine:3.23
COPY --from=build /root/.npmrc /tmp/x
COPY <<EOF /app/.env
A=1
EOF
COPY . .`);
  });
});

describe(`${ID} fix`, () => {
  it('removes the COPY of the secret file, or the source when others go to a directory', () => {
    const before = 'FROM node:22\nCOPY .env /app/\nCOPY package.json .npmrc /app/\nCOPY id_rsa key\n';
    assert.deepEqual(fixTitles(ID, before), ['Stop copying .env into the image (mount it with RUN --mount=type=secret,id=env where the build needs it)']);
    assert.equal(applyFix(ID, before), 'FROM node:22\nCOPY package.json .npmrc /app/\nCOPY id_rsa key\n');
    assert.equal(applyFix(ID, before, {}, 1), 'FROM node:22\nCOPY .env /app/\nCOPY package.json /app/\nCOPY id_rsa key\n');
    assert.equal(applyFix(ID, before, {}, 2), 'FROM node:22\nCOPY .env /app/\nCOPY package.json .npmrc /app/\n');
  });

  it('offers no fix when removing a source would turn a directory destination into a file', () => {
    assert.deepEqual(findingsOf(ID, 'FROM node:22\nCOPY .npmrc package.json app\n').map((f) => f.fixes.length), [0]);
  });
});
