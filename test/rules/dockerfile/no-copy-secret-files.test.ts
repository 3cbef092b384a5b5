import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

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
#    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-copy-secret-files`);
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
