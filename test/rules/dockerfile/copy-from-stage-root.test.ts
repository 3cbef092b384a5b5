import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'copy-from-stage-root';

describe(ID, () => {
  it('flags copying / from a stage, by name or index', () => {
    expectFindings(ID, `FROM golang:1.23 AS build
RUN go build -o /out/app .
FROM gcr.io/distroless/static-debian12
COPY --from=build / /
                  ^ copy-from-stage-root "COPY --from=build / copies the whole filesystem of 'build', with its OS, package manager and build tools; copy only the paths the image needs"
COPY --from=0 /. /rootfs/
              ^^ copy-from-stage-root
FROM build AS test
FROM scratch
COPY --from=test /* /
                 ^^ copy-from-stage-root`);
  });

  it('accepts copies of paths, and of whole images', () => {
    expectClean(ID, 'FROM golang:1.23 AS build\nRUN make\nFROM scratch\nCOPY --from=build /out/app /app\nCOPY / /ctx/\nCOPY --from=build /etc/ssl/ /etc/ssl/\nCOPY --from=docker/cli-bundle:1 / /');
  });

  it('accepts copies of scratch stages, bare image aliases and stages of unknown base', () => {
    expectClean(ID, `ARG OS=linux
FROM tonistiigi/xx:1.6 AS xx
FROM scratch AS bin-linux
COPY app /app
FROM bin-\${OS} AS bin
FROM golang:1.23
COPY --from=xx / /
COPY --from=bin-linux / /usr/bin/
COPY --from=bin / /usr/bin/`);
  });
});
