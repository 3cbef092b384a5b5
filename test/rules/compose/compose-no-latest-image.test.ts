import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

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

describe(`${ID} fix`, () => {
  it('pins an official image to the supported tag the knowledge names, quoted', () => {
    const before = 'services:\n  db:\n    image: "postgres:latest"\n  cache:\n    image: docker.io/library/python\n';
    assert.deepEqual(fixTitles(ID, before, opts), ['Pin to postgres:17']);
    assert.equal(applyFix(ID, before, opts), 'services:\n  db:\n    image: "postgres:17"\n  cache:\n    image: docker.io/library/python\n');
    assert.equal(applyFix(ID, before, opts, 1), 'services:\n  db:\n    image: "postgres:latest"\n  cache:\n    image: "docker.io/library/python:3.14"\n');
  });

  it('offers no fix for images the knowledge has no version of', () => {
    assert.deepEqual(fixTitles(ID, 'services:\n  web:\n    image: example/web:latest\n', opts), []);
  });
});
