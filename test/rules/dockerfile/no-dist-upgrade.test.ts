import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-dist-upgrade';

describe(ID, () => {
  before(() => initEngine());

  it('flags dist-upgrade and full-upgrade of apt-get, apt and aptitude in every stage', () => {
    expectFindings(ID, `FROM debian:12 AS build
RUN apt-get update && apt-get dist-upgrade -y
#                             ^^^^^^^^^^^^ no-dist-upgrade "apt-get dist-upgrade may install and remove packages to follow changed dependencies, so the image's contents depend on the day it was built; rebuild on a patched base image, or use upgrade for security updates"
FROM debian:12
RUN apt-get update \\
 && apt -y full-upgrade \\
#          ^^^^^^^^^^^^ no-dist-upgrade
 && sh -c 'aptitude -y full-upgrade'
#                      ^^^^^^^^^^^^ no-dist-upgrade "aptitude full-upgrade may install and remove packages to follow changed dependencies, so the image's contents depend on the day it was built; rebuild on a patched base image, or use safe-upgrade for security updates"`);
  });

  it('stays quiet on upgrade, apk upgrade and text', () => {
    expectClean(ID, `FROM debian:12
RUN apt-get update && apt-get upgrade -y && apt upgrade -y
RUN apk upgrade --no-cache
RUN echo "apt-get dist-upgrade" && apt-get install -y dist-upgrade`);
  });

  it('fix: Use upgrade (unsafe); none for aptitude', () => {
    const text = 'FROM debian:12\nRUN apt-get update && apt-get dist-upgrade -y && aptitude full-upgrade\n';
    assert.deepEqual(fixTitles(ID, text, {}, 0), ['Use upgrade']);
    assert.equal(findingsOf(ID, text)[0].fixes[0].safe, false);
    assert.deepEqual(fixTitles(ID, text, {}, 1), []);
    assert.equal(applyFix(ID, text), 'FROM debian:12\nRUN apt-get update && apt-get upgrade -y && aptitude full-upgrade\n');
  });
});
