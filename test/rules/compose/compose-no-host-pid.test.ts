import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const opts = { path: '/work/app/docker-compose.yml' };

describe('compose-no-host-pid', () => {
  const ID = 'compose-no-host-pid';
  it('flags pid: host, also through a merge key', () => {
    expectFindings(ID, `x-debug: &debug
  pid: host
#      ^^^^ compose-no-host-pid "Service 'app' shares the host's process namespace (pid: host)"
services:
  app:
    <<: *debug
    image: app:1
  other:
    image: x:1
    pid: "service:app"
`, opts);
  });

  it('stays quiet for private and shared-with-service namespaces', () => {
    expectClean(ID, `services:
  a: {image: x:1, pid: "service:b"}
  b: {image: x:1, pid: private}
  c: {image: x:1, pid: container:abc}
`, opts);
  });
});
