import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'npm-pin-versions';

describe(ID, () => {
  before(() => initEngine());

  it('flags each package without a version, and @latest, in every stage', () => {
    expectFindings(ID, `FROM node:20 AS build
RUN npm install -g typescript@5.6.3 pm2
#                                   ^^^ npm-pin-versions "npm installs pm2 in whatever version is tagged latest today: pin it (pm2@<version>)"
FROM node:20-slim
RUN npm i -g npm@latest \\
#            ^^^^^^^^^^ npm-pin-versions "npm installs npm in whatever version is tagged latest today: pin it (npm@<version>)"
 && npm add --prefix /opt/tools @angular/cli
#                               ^^^^^^^^^^^^ npm-pin-versions`);
  });

  it('sees npm inside sh -c and heredocs', () => {
    expectFindings(ID, `FROM node:20
RUN sh -c "npm install -g nodemon"
#                         ^^^^^^^ npm-pin-versions
RUN <<EOF
npm install --global serve
#                    ^^^^^ npm-pin-versions
EOF`);
  });

  it('leaves npm ci, plain installs, versions, ranges, git refs, tarballs, folders and variables alone', () => {
    expectClean(ID, `FROM node:20
RUN npm ci && npm install && npm install --omit=dev && npm install --production
RUN npm install -g @angular/cli@17.3.0 pnpm@^9 yarn@1
RUN npm install git+https://github.com/user/repo.git#v1.0.0 user/repo#abc123 ./local /opt/pkg ~/pkg file:../x
RUN npm install https://example.com/pkg-1.0.0.tgz pkg.tar.gz "$PKG" \${TOOL}
RUN echo "npm install -g pm2" && npm run build && npx pm2 start`);
  });

  it('offers no fix', () => {
    assert.deepEqual(fixTitles(ID, 'FROM node:20\nRUN npm install -g pm2\n'), []);
  });
});
