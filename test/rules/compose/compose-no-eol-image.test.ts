import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'compose-no-eol-image';
const opts = { path: '/work/app/compose.yaml', settings: { ruleOptions: { [ID]: { today: '2026-11-28' } } } };

describe(ID, () => {
  it('flags database, runtime and distribution releases past end of life', () => {
    expectFindings(ID, `services:
  db:
    image: mysql:5.7
#          ^^^^^^^^^ compose-no-eol-image "Service 'db' runs 'mysql:5.7': MySQL 5.7 reached end of life on 2023-10-31; use mysql:8.4"
  cache:
    image: "redis:6.0-alpine"
#          ^^^^^^^^^^^^^^^^^^ compose-no-eol-image "Service 'cache' runs 'redis:6.0-alpine': Redis 6.0 reached end of life on 2023-08-15; use redis:8.2"
  docs:
    image: mongo:4.4
#          ^^^^^^^^^ compose-no-eol-image "Service 'docs' runs 'mongo:4.4': MongoDB 4.4 reached end of life on 2024-02-29; use mongo:8.0"
  api:
    image: eclipse-temurin:24-jre
#          ^^^^^^^^^^^^^^^^^^^^^^ compose-no-eol-image "Service 'api' runs 'eclipse-temurin:24-jre': Java (Eclipse Temurin) 24 reached end of life on 2025-09-16; use eclipse-temurin:25"
  worker:
    image: python:3.12-slim-buster
#          ^^^^^^^^^^^^^^^^^^^^^^^ compose-no-eol-image "Service 'worker' runs 'python:3.12-slim-buster': Debian 10 (buster) reached end of life on 2024-06-30; use a -trixie or -bookworm variant of the tag"
  pg:
    image: postgres:12
#          ^^^^^^^^^^^ compose-no-eol-image
`, opts);
  });

  it('stays quiet for supported releases, latest, built images and variables', () => {
    expectClean(ID, `services:
  a:
    image: mysql:8.4
  b:
    image: redis:7.4-alpine
  c:
    image: postgres
  d:
    build: .
    image: python:3.8
  e:
    image: mongo:\${MONGO_TAG}
  f:
    image: eclipse-temurin:21-jre
  g:
    image: myorg/app:3.8
`, opts);
  });

  it('judges a variable\'s default when nothing sets the variable, and offers no edit through it', () => {
    const found = findingsOf(ID, 'services:\n  e:\n    image: mongo:${MONGO_TAG:-4.4}\n', opts);
    assert.deepEqual(found.map((f) => [f.range.start.line, f.message, f.fixes.length]), [
      [2, "Service 'e' runs 'mongo:4.4': MongoDB 4.4 reached end of life on 2024-02-29; use mongo:8.0; `${MONGO_TAG:-4.4}` is 4.4 (its default)", 0],
    ]);
  });

  it('says once for services sharing an anchor, and lowers a test service to a hint with the reason', () => {
    const shared = findingsOf(ID, 'x-db: &db\n  image: mysql:5.6\nservices:\n  a:\n    <<: *db\n  b:\n    <<: *db\n', opts);
    assert.deepEqual(shared.map((f) => f.message), ["Services 'a', 'b' run 'mysql:5.6': MySQL 5.6 reached end of life on 2021-02-28; use mysql:8.4"]);
    const test = findingsOf(ID, 'services:\n  db:\n    image: mysql:5.7\n', { ...opts, path: '/work/app/docker-compose.test.yml' });
    assert.deepEqual(test.map((f) => [f.severity, f.message]), [['hint', "Service 'db' runs 'mysql:5.7': MySQL 5.7 reached end of life on 2023-10-31; use mysql:8.4 (a lesser risk: it is defined in the test Compose file docker-compose.test.yml, so it does not ship)"]]);
  });

  it('compares against the given date', () => {
    expectClean(ID, 'services:\n  db:\n    image: mysql:8.0\n', { ...opts, settings: { ruleOptions: { [ID]: { today: '2026-04-29' } } } });
    assert.equal(findingsOf(ID, 'services:\n  db:\n    image: mysql:8.0\n', opts).length, 1);
  });
});

describe(`${ID} fix`, () => {
  it('moves to the supported release, keeping the variant', () => {
    assert.deepEqual(fixTitles(ID, 'services:\n  c:\n    image: redis:6.0.20-alpine\n', opts), ['Move to redis:8.2-alpine (a supported release: check the application still works on it)']);
    assert.equal(applyFix(ID, 'services:\n  c:\n    image: "redis:6.0.20-alpine" # cache\n', opts), 'services:\n  c:\n    image: "redis:8.2-alpine" # cache\n');
    assert.equal(applyFix(ID, 'services:\n  c:\n    image: node:16-alpine3.17\n', opts), 'services:\n  c:\n    image: "node:24-alpine3.23"\n');
  });

  it('drops a digest and says so; no fix for a deprecated image', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    assert.deepEqual(fixTitles(ID, `services:\n  c:\n    image: mongo:5.0@${digest}\n`, opts), ['Move to mongo:8.0 (a supported release; the digest was dropped: pin it again)']);
    assert.deepEqual(fixTitles(ID, 'services:\n  c:\n    image: openjdk:11\n', opts), []);
  });
});
