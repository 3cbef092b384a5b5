import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';
import { assertSameExcept } from '../../helpers/yaml-compare.js';

const ID = 'compose-no-new-privileges';
const opts = { path: '/work/app/docker-compose.yml' };

describe(ID, () => {
  it('flags the service name when there is no security_opt, the key when the option is missing, the entry when false', () => {
    expectFindings(ID, `services:
  app:
# ^^^ compose-no-new-privileges "Service 'app' does not set no-new-privileges:true in security_opt: setuid binaries in the container can gain root"
    image: example/app:2.1
  b:
    image: x:1
    security_opt:
#   ^^^^^^^^^^^^ compose-no-new-privileges
      - apparmor:docker-default
  c:
    image: x:1
    security_opt: ["no-new-privileges:false"]
#                  ^^^^^^^^^^^^^^^^^^^^^^^^^ compose-no-new-privileges "Service 'c' turns no-new-privileges off: setuid binaries in the container can gain root"
`, opts);
  });

  it('accepts every spelling, anchors and extends; skips override files and partial services', () => {
    expectClean(ID, `x-hardened: &hardened
  security_opt: [no-new-privileges]
services:
  a:
    image: x:1
    security_opt: ["no-new-privileges=true"]
  b:
    <<: *hardened
    image: x:1
  c:
    extends: {service: a}
  d:
    ports: ["8080:80"]
`, opts);
    expectClean(ID, `services:
  a:
    image: x:1
`, { path: '/work/app/docker-compose.override.yml' });
  });

  it('follows extends into another file through the project', () => {
    const project = {
      readFile: (p: string) => (p === '/work/app/common.yml' ? 'services:\n  base:\n    image: x:1\n    security_opt:\n      - no-new-privileges:true\n' : undefined),
      exists: (p: string) => p === '/work/app/common.yml',
      listDir: () => undefined,
    };
    expectClean(ID, `services:
  web:
    extends:
      file: common.yml
      service: base
`, { ...opts, project });
  });

  it('adds a security_opt list at the end of the service, keeping comments', () => {
    const before = `services:
  app:
    image: example/app:2.1 # pinned
    # restart policy
    restart: always

  db:
    image: postgres:17
`;
    assert.deepEqual(fixTitles(ID, before, opts), ['Set no-new-privileges:true']);
    const after = applyFix(ID, before, opts);
    assert.equal(after, `services:
  app:
    image: example/app:2.1 # pinned
    # restart policy
    restart: always
    security_opt:
      - "no-new-privileges:true"

  db:
    image: postgres:17
`);
    assertSameExcept(before, after, [[0, 'services', 'app', 'security_opt']]);
  });

  it('appends to a block or flow list and turns false into true', () => {
    assert.equal(applyFix(ID, `services:
  b:
    image: x:1
    security_opt:
      - apparmor:docker-default # profile
    ports: ["80:80"]
`, opts), `services:
  b:
    image: x:1
    security_opt:
      - apparmor:docker-default # profile
      - "no-new-privileges:true"
    ports: ["80:80"]
`);
    assert.equal(applyFix(ID, `services:
  b: {image: x:1, security_opt: [seccomp:default.json]}
`, opts), `services:
  b: {image: x:1, security_opt: [seccomp:default.json, "no-new-privileges:true"]}
`);
    assert.equal(applyFix(ID, `services:
  c:
    image: x:1
    security_opt: ["no-new-privileges:false"]
`, opts), `services:
  c:
    image: x:1
    security_opt: ["no-new-privileges:true"]
`);
  });

  it('keeps 4-space indentation and CRLF', () => {
    const before = 'services:\r\n    app:\r\n        image: x:1\r\n';
    assert.equal(applyFix(ID, before, opts), 'services:\r\n    app:\r\n        image: x:1\r\n        security_opt:\r\n            - "no-new-privileges:true"\r\n');
  });
});
