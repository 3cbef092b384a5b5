import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'apt-get-yes';

describe(ID, () => {
  before(() => initEngine());

  it('flags apt-get install without -y in every stage, across continuations, sh -c, heredocs, if and exec form', () => {
    expectFindings(ID, `FROM debian:12 AS build
RUN apt-get update && apt-get install curl
#                     ^^^^^^^^^^^^^^^ apt-get-yes "apt-get install without -y: nobody can answer its confirmation prompt during a build, so the step aborts whenever apt wants to install more than the packages named; add -y"
RUN apt-get update \\
 && apt-get -q install \\
#   ^^^^^^^^^^^^^^^^^^ apt-get-yes
      git make
RUN sh -c 'apt-get install gcc'
#          ^^^^^^^^^^^^^^^ apt-get-yes
RUN <<EOF
apt-get update
sudo apt-get install --no-install-recommends jq
#    ^^^^^^^^^^^^^^^ apt-get-yes
EOF
RUN if [ -n "$X" ]; then apt-get install $X; fi
#                        ^^^^^^^^^^^^^^^ apt-get-yes
FROM debian:12
COPY --from=build /out /out
RUN ["apt-get", "install", "k"]
#    ^^^^^^^^^^^^^^^^^^^^ apt-get-yes`);
  });

  it('accepts -y, --yes, --assume-yes, quiet level 2, Assume-Yes=true and yes |', () => {
    expectClean(ID, `FROM debian:12
RUN apt-get install -y a && apt-get install --yes b && apt-get --assume-yes install c
RUN apt-get -qy install a && apt-get -qq install b && apt-get -q -q install c && apt-get install -q=2 d && apt-get --quiet=2 install e
RUN yes | apt-get install f
RUN apt-get -o APT::Get::Assume-Yes=true install g`);
  });

  it('stays quiet on simulations, other subcommands, other tools and text that only looks like a command', () => {
    expectClean(ID, `FROM debian:12
RUN apt-get install -s h && apt-get --dry-run install i
RUN apt-get update && apt-get remove j && apt install k
RUN echo "apt-get install curl" # apt-get install curl
RUN apt-get -o Debug::pkgProblemResolver=yes -y install l`);
  });

  it('fix: Add -y after install (safe)', () => {
    const before = `FROM debian:12
RUN apt-get update \\
 && apt-get -q install \\
      git make # keep
`;
    assert.deepEqual(fixTitles(ID, before), ['Add -y']);
    assert.equal(applyFix(ID, before), `FROM debian:12
RUN apt-get update \\
 && apt-get -q install -y \\
      git make # keep
`);
  });

  it('fix: in an exec-form array the option becomes its own string', () => {
    assert.equal(applyFix(ID, 'FROM debian:12\r\nRUN ["apt-get", "install", "curl"]\r\n'), 'FROM debian:12\r\nRUN ["apt-get", "install", "-y", "curl"]\r\n');
  });

  it('fix: inside sh -c and heredoc scripts', () => {
    assert.equal(applyFix(ID, `FROM debian:12\nRUN sh -c 'apt-get install gcc'\n`), `FROM debian:12\nRUN sh -c 'apt-get install -y gcc'\n`);
    assert.equal(applyFix(ID, `FROM debian:12\nRUN <<EOF\napt-get update\napt-get install jq\nEOF\n`), `FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y jq\nEOF\n`);
  });
});
