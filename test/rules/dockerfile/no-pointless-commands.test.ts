import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-pointless-commands';

describe(ID, () => {
  before(() => initEngine());

  it('flags the commands as commands', () => {
    expectFindings(ID, `FROM debian:12
RUN service mysql start && mysql < /schema.sql
    ^^^^^^^ no-pointless-commands "'service' in RUN makes no sense in a container build: services started during a build are gone when the step ends"
RUN sudo shutdown -h now; vim /etc/hosts
         ^^^^^^^^ no-pointless-commands
                          ^^^ no-pointless-commands`);
  });

  it('accepts the names as arguments', () => {
    expectClean(ID, 'FROM debian:12\nRUN apt-get install -y vim openssh-client procps\nRUN echo top\nCMD ["top"]');
  });
});

describe(`${ID} fix`, () => {
  before(() => initEngine());

  it('removes the command and its joiner, or the whole RUN when it is alone', () => {
    const before = 'FROM debian:12\nRUN apt-get update && \\\n    service nginx start && \\\n    echo ok\n';
    assert.deepEqual(fixTitles(ID, before), ['Remove the service command from this RUN']);
    assert.equal(applyFix(ID, before), 'FROM debian:12\nRUN apt-get update && \\\n    echo ok\n');
    assert.equal(applyFix(ID, 'FROM debian:12\nRUN ps aux\nCMD ["nginx"]\n'), 'FROM debian:12\nCMD ["nginx"]\n');
  });

  it('offers no fix for a command inside $(…)', () => {
    assert.deepEqual(fixTitles(ID, 'FROM debian:12\nRUN echo "$(ps aux)"\n'), []);
  });
});
