import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'no-privileged-port';

describe(ID, () => {
  it('flags ports below 1024 in the final stage', () => {
    expectFindings(ID, `FROM nginx:1.27
EXPOSE 80 443/tcp 8080
#      ^^ no-privileged-port "EXPOSE 80 is a privileged port (below 1024): binding it needs root or CAP_NET_BIND_SERVICE; let the application listen on an unprivileged port such as 8080 and expose that"
#         ^^^^^^^ no-privileged-port "EXPOSE 443/tcp is a privileged port (below 1024): binding it needs root or CAP_NET_BIND_SERVICE; let the application listen on an unprivileged port such as 8443 and expose that"
ARG PORT=25
EXPOSE \${PORT} 1000-1100
#      ^^^^^^^ no-privileged-port
#              ^^^^^^^^^ no-privileged-port`);
  });

  it('leaves 22 to no-expose-ssh and ignores builders, high ports and unknowns', () => {
    expectClean(ID, `FROM nginx:1.27 AS build
EXPOSE 80
FROM nginx:1.27
ARG PORT
EXPOSE 22 8080 \${PORT} 1024`);
  });
});
