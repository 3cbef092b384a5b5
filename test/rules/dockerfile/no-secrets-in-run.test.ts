import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

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

describe(`${ID} fix`, () => {
  before(() => initEngine());

  it('replaces the literal with a variable read from a build secret mounted on the RUN', () => {
    const before = 'FROM debian:12\nRUN curl -H "Authorization: Bearer abcdef123456" https://api.example.com/x \\\n && echo done\n';
    assert.deepEqual(fixTitles(ID, before), ['Read it from build secret curl_token as $CURL_TOKEN (docker build --secret id=curl_token,env=CURL_TOKEN), and revoke the leaked credential']);
    assert.equal(applyFix(ID, before), 'FROM debian:12\nRUN --mount=type=secret,id=curl_token,env=CURL_TOKEN curl -H "Authorization: Bearer $CURL_TOKEN" https://api.example.com/x \\\n && echo done\n');
  });

  it('names the variable after the option, the assignment or the registry, and replaces only the password of a URL', () => {
    assert.equal(applyFix(ID, 'FROM debian:12\nRUN helm repo add x https://x --password hunter22\n'), 'FROM debian:12\nRUN --mount=type=secret,id=helm_password,env=HELM_PASSWORD helm repo add x https://x --password $HELM_PASSWORD\n');
    assert.equal(applyFix(ID, 'FROM debian:12\nRUN AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE aws s3 ls\n'), 'FROM debian:12\nRUN --mount=type=secret,id=aws_access_key_id,env=AWS_ACCESS_KEY_ID AWS_ACCESS_KEY_ID=$AWS_ACCESS_KEY_ID aws s3 ls\n');
    assert.equal(applyFix(ID, 'FROM debian:12\nRUN git clone https://deploy:s3cr3tpass@git.example.com/app.git\n'), 'FROM debian:12\nRUN --mount=type=secret,id=git_password,env=GIT_PASSWORD git clone https://deploy:$GIT_PASSWORD@git.example.com/app.git\n');
    assert.equal(applyFix(ID, 'FROM debian:12\nRUN npm config set //registry.npmjs.org/:_authToken abcdef0123456789\n'), 'FROM debian:12\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm config set //registry.npmjs.org/:_authToken $NPM_TOKEN\n');
  });

  it('braces the variable before a name character and picks a free name', () => {
    assert.equal(applyFix(ID, 'FROM debian:12\nRUN curl "https://api.example.com/d?token=0123456789abcdef"\n'), 'FROM debian:12\nRUN --mount=type=secret,id=curl_token,env=CURL_TOKEN curl "https://api.example.com/d?token=$CURL_TOKEN"\n');
    assert.equal(applyFix(ID, 'FROM debian:12\nRUN mysql -uroot -prootpass_x -e "select 1"\n').split('\n')[1], 'RUN --mount=type=secret,id=mysql_password,env=MYSQL_PASSWORD mysql -uroot -p$MYSQL_PASSWORD -e "select 1"');
    const two = 'FROM debian:12\nARG CURL_TOKEN=x\nRUN curl -H "X-API-Key: abcdef123456" https://a.example\n';
    assert.equal(applyFix(ID, two).split('\n')[2], 'RUN --mount=type=secret,id=curl_token_2,env=CURL_TOKEN_2 curl -H "X-API-Key: $CURL_TOKEN_2" https://a.example');
  });

  it('offers no fix in sh -c scripts, heredocs, single quotes, exec form or ONBUILD', () => {
    assert.deepEqual(fixTitles(ID, "FROM debian:12\nRUN sh -c 'curl -u admin:hunter22 https://example.com'\n"), []);
    assert.deepEqual(fixTitles(ID, "FROM debian:12\nRUN curl -H 'Authorization: Bearer abcdef123456' https://example.com\n"), []);
    assert.deepEqual(fixTitles(ID, 'FROM debian:12\nRUN <<EOF\ncurl -u admin:hunter22 https://example.com\nEOF\n'), []);
    assert.deepEqual(fixTitles(ID, 'FROM debian:12\nONBUILD RUN curl -u admin:hunter22 https://example.com\n'), []);
  });
});
