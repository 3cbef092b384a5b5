import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'apt-update-with-install';

describe(ID, () => {
  before(() => initEngine());

  it('flags apt-get update with nothing installed after it in the same RUN, in every stage', () => {
    expectFindings(ID, `FROM debian:12 AS build
RUN apt-get update
#   ^^^^^^^^^^^^^^ apt-update-with-install "apt-get update runs in a RUN that installs nothing after it: the build cache keeps this layer, so a later install uses whatever lists were fetched the first time and fails once the mirror has moved on; run apt-get update && apt-get install … in one RUN"
RUN apt-get install -y curl
RUN apt-get update -qq && echo done \\
#   ^^^^^^^^^^^^^^ apt-update-with-install
 && rm -rf /var/lib/apt/lists/*
RUN ["apt-get", "update"]
#    ^^^^^^^^^^^^^^^^^^^ apt-update-with-install
FROM debian:12
RUN sh -c "apt-get update"
#          ^^^^^^^^^^^^^^ apt-update-with-install
RUN apt-get install -y x && apt-get update
#                           ^^^^^^^^^^^^^^ apt-update-with-install
RUN <<EOF
apt-get update
^^^^^^^^^^^^^^ apt-update-with-install
EOF`);
  });

  it('accepts an install, upgrade or query after the update, and scripts that may install', () => {
    expectClean(ID, `FROM debian:12
RUN apt-get update && apt-get install -y a
RUN apt update && apt upgrade -y
RUN apt-get update && ./install-deps.sh
RUN apt-get update && apt-cache policy curl
RUN apt-get update \\
 && apt-get dist-upgrade -y
RUN <<EOF
apt-get update
apt-get install -y b
EOF
RUN echo "apt-get update"`);
  });

  it('is a warning by default and offers no fix', () => {
    const [f] = findingsOf(ID, 'FROM debian:12\nRUN apt-get update');
    assert.equal(f.severity, 'warning');
    assert.deepEqual(f.fixes, []);
  });
});

describe(`${ID} fix`, () => {
  before(() => initEngine());

  it('joins an update alone in its RUN with the install that starts the next RUN', () => {
    const before = 'FROM debian:12\nRUN apt-get update -qq\nRUN apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\nUSER app\n';
    assert.deepEqual(fixTitles(ID, before), ['Join apt-get update with the apt-get install in the next RUN']);
    assert.equal(applyFix(ID, before), 'FROM debian:12\nRUN apt-get update -qq && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\nUSER app\n');
  });

  it('offers no fix when the next instruction is not an install, or the update shares its RUN', () => {
    assert.deepEqual(fixTitles(ID, 'FROM debian:12\nRUN apt-get update\nCOPY . .\nRUN apt-get install -y curl\n'), []);
    assert.deepEqual(fixTitles(ID, 'FROM debian:12\nRUN apt-get update && echo done\nRUN apt-get install -y curl\n'), []);
    assert.deepEqual(fixTitles(ID, 'FROM debian:12\nRUN apt-get update\nRUN echo x && apt-get install -y curl\n'), []);
  });
});
