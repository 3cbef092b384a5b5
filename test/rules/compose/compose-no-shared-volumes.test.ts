import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'compose-no-shared-volumes';
const opts = { path: '/work/app/compose.yaml', settings: { rules: { [ID]: 'warning' as const } } };

describe(ID, () => {
  it('flags each mount of a named volume used by two services', () => {
    expectFindings(ID, `services:
  app:
    image: x:1
    volumes: ["static:/app/static"]
#             ^^^^^^^^^^^^^^^^^^^^ compose-no-shared-volumes "Service 'app' shares volume 'static' with 'web', writable: a compromise of one can plant files the other reads or runs"
  web:
    image: nginx:1.27
    volumes:
    - type: volume
      source: static
#             ^^^^^^ compose-no-shared-volumes "Service 'web' shares volume 'static' with 'app': a compromise of one can plant files the other reads or runs"
      target: /usr/share/nginx/html
      read_only: true
volumes:
  static: {}
`, opts);
  });

  it('stays quiet for volumes of one service and bind mounts', () => {
    expectClean(ID, 'services:\n  a: {image: "x:1", volumes: ["data:/data", "./conf:/conf"]}\n  b: {image: "x:1", volumes: ["./conf:/conf", "/tmp"]}\nvolumes:\n  data: {}\n', opts);
  });
});
