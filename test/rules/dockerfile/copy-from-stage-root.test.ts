import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'copy-from-stage-root';

describe(ID, () => {
  it('flags copying / from a stage, by name or index', () => {
    expectFindings(ID, `FROM golang:1.23 AS build
FROM gcr.io/distroless/static-debian12
COPY --from=build / /
                  ^ copy-from-stage-root "COPY --from=build / copies the whole filesystem of 'build', with its OS, package manager and build tools; copy only the paths the image needs"
COPY --from=0 /. /rootfs/
              ^^ copy-from-stage-root`);
  });

  it('accepts copies of paths, and of whole images (a CLI bundle)', () => {
    expectClean(ID, 'FROM golang:1.23 AS build\nFROM scratch\nCOPY --from=build /out/app /app\nCOPY / /ctx/\nCOPY --from=build /etc/ssl/ /etc/ssl/\nCOPY --from=docker/cli-bundle:1 / /');
  });
});
