import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'no-expose-ssh';

describe(ID, () => {
  it('flags port 22 in the final stage, in any format', () => {
    expectFindings(ID, `FROM ubuntu:24.04
EXPOSE 8080 22
#           ^^ no-expose-ssh "EXPOSE 22 opens SSH: a container should not run an SSH server; use docker exec or kubectl exec to get a shell"
EXPOSE 22/tcp 20-25
#      ^^^^^^ no-expose-ssh
#             ^^^^^ no-expose-ssh`);
  });

  it('follows FROM <stage> and resolves variables', () => {
    expectFindings(ID, `FROM ubuntu:24.04 AS base
ENV SSH_PORT=22
EXPOSE \${SSH_PORT}
#      ^^^^^^^^^^^ no-expose-ssh
FROM base
CMD ["app"]`);
  });

  it('ignores builder stages, udp, other ports, unknown variables and Windows', () => {
    expectClean(ID, `FROM ubuntu:24.04 AS build
EXPOSE 22
FROM ubuntu:24.04
ARG P
EXPOSE 22/udp 2222 \${P}`);
    expectClean(ID, 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nEXPOSE 22');
  });
});
