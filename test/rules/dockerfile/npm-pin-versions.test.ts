import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

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
  it('agrees with hadolint DL3016 on its labelled cases (RUN fragments without FROM)', () => {
    const cases: [string, boolean][] = [
      ['RUN npm install express', true],
      ['RUN npm install express@4.1.1', false],
      ['RUN npm install @myorg/privatepackage', true],
      ['RUN npm install @myorg/privatepackage@">=0.1.0"', false],
      ['RUN npm install', false],
      ['RUN npm install --production', false],
      ['RUN npm ci', false],
      ['RUN npm install git+https://github.com/npm/npm.git#v1.0.27', false],
      ['RUN npm install git+https://github.com/npm/npm.git', true],
      ['RUN npm install https://github.com/indexzero/forever/tarball/v0.5.6.tar.gz', false],
      ['RUN npm install ./path/to/folder', false],
      ['RUN npm install -g express@4.1.1 sax', true],
    ];
    for (const [text, fires] of cases) assert.equal(findingsOf(ID, `${text}\n`).length > 0, fires, text);
  });
});
