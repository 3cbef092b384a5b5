import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'compose-read-only';
const opts = { path: '/work/app/compose.yaml' };

describe(ID, () => {
  it('flags services without read_only and with read_only: false', () => {
    expectFindings(ID, `services:
  web:
# ^^^ compose-read-only "Service 'web' runs with a writable root filesystem: an intruder can change binaries and drop tools"
    image: nginx:1.27
  app:
    image: x:1
    read_only: false
#              ^^^^^ compose-read-only "Service 'app' sets read_only: false: an intruder can change binaries and drop tools"
`, opts);
  });

  it('stays quiet for read_only true (also merged or inherited), interpolated, and partial services', () => {
    expectClean(ID, `x-ro: &ro
  read_only: true
services:
  a:
    image: x:1
    read_only: true
  b:
    <<: *ro
    image: x:1
  c:
    extends: a
  d:
    image: x:1
    read_only: \${READ_ONLY:-true}
  e:
    environment: [A=1]
`, opts);
  });

  it('adds read_only and a tmpfs for /tmp', () => {
    const before = `services:
  web:
    image: nginx:1.27
    ports:
      - "8080:80"
`;
    assert.deepEqual(fixTitles(ID, before, opts), ['Make the root filesystem read-only (read_only: true, tmpfs for /tmp)']);
    assert.equal(applyFix(ID, before, opts), `services:
  web:
    image: nginx:1.27
    ports:
      - "8080:80"
    read_only: true
    tmpfs:
      - /tmp
`);
  });

  it('keeps an existing tmpfs and turns false into true', () => {
    assert.equal(applyFix(ID, `services:
  app:
    image: x:1
    tmpfs: /run
    read_only: false # for now
`, opts), `services:
  app:
    image: x:1
    tmpfs: /run
    read_only: true # for now
`);
    assert.equal(applyFix(ID, `services:
  app: {image: x:1}
`, opts), `services:
  app: {image: x:1, read_only: true, tmpfs: [/tmp]}
`);
  });
});
