import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'no-secrets-in-run';

describe(ID, () => {
  before(() => initEngine());

  it('flags credentials in URLs and headers', () => {
    expectFindings(ID, `FROM debian:12
RUN git clone https://deploy:s3cr3tpass@git.example.com/app.git
#             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-secrets-in-run "git is given a URL with a password written into the Dockerfile: it ends up in version control and the image history. Pass it with RUN --mount=type=secret and read it from the mounted file"
RUN curl -H "Authorization: Bearer abcdef123456" https://api.example.com/x && curl "https://api.example.com/d?token=0123456789abcdef&x=1"
#                                  ^^^^^^^^^^^^ no-secrets-in-run
#                                                                                                                   ^^^^^^^^^^^^^^^^ no-secrets-in-run
RUN curl -u admin:hunter22 https://example.com && wget --header="PRIVATE-TOKEN: glpat-abcdefghijklmnopqrst" https://gitlab.example.com
#                 ^^^^^^^^ no-secrets-in-run
#                                                                               ^^^^^^^^^^^^^^^^^^^^^^^^^^ no-secrets-in-run`);
  });

  it('flags --password options, docker login -p, mysql -p and npm tokens', () => {
    expectFindings(ID, `FROM debian:12
RUN docker login -u bot -p Passw0rd! registry.example.com && helm repo add x https://x --password hunter22
#                          ^^^^^^^^^ no-secrets-in-run
#                                                                                                 ^^^^^^^^ no-secrets-in-run
RUN mysql -uroot -prootpass -e 'select 1'
#                  ^^^^^^^^ no-secrets-in-run
RUN npm config set //registry.npmjs.org/:_authToken abcdef0123456789 && echo "//r.example/:_authToken=abcdef0123456789" > .npmrc
#                                                   ^^^^^^^^^^^^^^^^ no-secrets-in-run
#                                                                                                     ^^^^^^^^^^^^^^^^ no-secrets-in-run`);
  });

  it('flags known token formats anywhere in a command', () => {
    expectFindings(ID, `FROM debian:12
RUN AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE aws s3 cp s3://bucket/x . && pip install --index-url https://u:pypipass1@pypi.example.com/simple app
#                     ^^^^^^^^^^^^^^^^^^^^ no-secrets-in-run
#                                                                                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-secrets-in-run`);
  });

  it('stays quiet on variables, secret mounts, stdin and empty values', () => {
    expectClean(ID, `FROM debian:12
RUN --mount=type=secret,id=token curl -H "Authorization: Bearer $(cat /run/secrets/token)" https://api.example.com
RUN curl -u "admin:$PASS" https://example.com && git clone "https://x:\${TOKEN}@git.example.com/a.git"
RUN echo "$PW" | docker login -u bot --password-stdin registry.example.com && mysql -p -e 'select 1'
RUN curl "https://example.com/?token=$TOKEN" && curl -H "Accept: application/json" https://example.com`);
  });
});
