import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-sudo';

describe(ID, () => {
  before(() => initEngine());

  it('flags sudo in front of a command, in every stage', () => {
    expectFindings(ID, `FROM debian:12 AS build
RUN sudo apt-get update && sudo -E apt-get install -y make
#   ^^^^ no-sudo "sudo in RUN: this step already runs as root, and sudo only adds its own TTY and environment handling; drop it"
#                          ^^^^ no-sudo
FROM debian:12
RUN sudo chown app /srv
#   ^^^^ no-sudo`);
  });

  it('says to use USER when the step runs as another user', () => {
    expectFindings(ID, `FROM debian:12
USER app
RUN sudo apt-get install -y curl
#   ^^^^ no-sudo "sudo in RUN: switch to USER root for the steps that need it and back afterwards, so the image ships neither sudo nor a sudoers rule"`);
  });

  it('sees sudo inside sh -c, in pipelines and after env', () => {
    expectFindings(ID, `FROM debian:12
RUN sh -c "sudo make install" && echo y | sudo tee /etc/x && env A=1 sudo true
#          ^^^^ no-sudo
#                                         ^^^^ no-sudo
#                                                                    ^^^^ no-sudo`);
  });

  it('stays quiet when sudo is only installed, named in a string or a comment', () => {
    expectClean(ID, `FROM debian:12
RUN apt-get install -y sudo && echo "sudo make me a sandwich" # sudo rm -rf /
RUN gosu app true`);
  });

  it('removes sudo and -E when the step runs as root (safe)', () => {
    const before = 'FROM debian:12\nRUN sudo -E apt-get update && sudo apt-get install -y curl\n';
    assert.deepEqual(fixTitles(ID, before), ['Remove sudo']);
    assert.equal(applyFix(ID, before), 'FROM debian:12\nRUN apt-get update && sudo apt-get install -y curl\n');
    assert.equal(applyFix(ID, before, {}, 1), 'FROM debian:12\nRUN sudo -E apt-get update && apt-get install -y curl\n');
  });

  it('offers no fix for sudo -u, or when the step does not run as root', () => {
    assert.deepEqual(fixTitles(ID, 'FROM debian:12\nRUN sudo -u app make\n'), []);
    assert.deepEqual(fixTitles(ID, 'FROM debian:12\nUSER app\nRUN sudo make\n'), []);
    assert.deepEqual(fixTitles(ID, 'FROM gcr.io/distroless/base-debian12:nonroot\nRUN sudo make\n'), []);
  });

  it('judges the user from USER root after another user', () => {
    const before = 'FROM debian:12\nUSER app\nUSER root\nRUN sudo make\n';
    assert.equal(applyFix(ID, before), 'FROM debian:12\nUSER app\nUSER root\nRUN make\n');
  });

  it('judges ONBUILD RUN, without a fix (the downstream user is not known)', () => {
    expectFindings(ID, `FROM debian:12
ONBUILD RUN apt-get update && sudo apt-get install -y curl
#                             ^^^^ no-sudo "sudo in RUN: switch to USER root for the steps that need it and back afterwards, so the image ships neither sudo nor a sudoers rule"`);
    assert.deepEqual(fixTitles(ID, 'FROM debian:12\nONBUILD RUN sudo make'), []);
    expectClean(ID, 'FROM debian:12\nONBUILD RUN apt-get install -y sudo');
  });
});
