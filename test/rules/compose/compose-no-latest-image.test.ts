import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'compose-no-latest-image';
const opts = { path: '/work/app/compose.yaml' };

describe(ID, () => {
  it('flags untagged images and :latest', () => {
    expectFindings(ID, `services:
  cache:
    image: redis
#          ^^^^^ compose-no-latest-image "Service 'cache' uses image redis with no tag, which means :latest; pin a version (or a digest)"
  web:
    image: "nginx:latest"
#          ^^^^^^^^^^^^^^ compose-no-latest-image "Service 'web' uses image nginx:latest; pin a version (or a digest)"
  reg:
    image: localhost:5000/team/app
#          ^^^^^^^^^^^^^^^^^^^^^^^ compose-no-latest-image
`, opts);
  });
  it('stays quiet for tags, digests, built images and variables', () => {
    expectClean(ID, `services:
  a:
    image: redis:7.4-alpine
  b:
    image: nginx@sha256:0000000000000000000000000000000000000000000000000000000000000000
  c:
    build: .
    image: myorg/app
  d:
    image: \${REGISTRY}/app:\${TAG:-latest}
  e:
    image: localhost:5000/app:1.2
`, opts);
  });
  it('reports an image merged from an anchor once', () => {
    expectFindings(ID, `x-app: &app
  image: myorg/app:latest
#        ^^^^^^^^^^^^^^^^ compose-no-latest-image "Services 'web', 'worker' use image myorg/app:latest; pin a version (or a digest)"
services:
  web:
    <<: *app
  worker:
    <<: *app
    command: worker
`, opts);
  });
});
