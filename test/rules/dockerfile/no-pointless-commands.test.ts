import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

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
