import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';
import { assertSameExcept } from '../../helpers/yaml-compare.js';

const ID = 'compose-internal-backend-network';
const opts = { path: '/work/app/compose.yaml' };

describe(ID, () => {
  it('flags a back-end on the default network at its name, and on a named open network at networks:', () => {
    expectFindings(ID, `services:
  web:
    build: .
    depends_on: [db]
  db:
# ^^ compose-internal-backend-network "Service 'db' (PostgreSQL) is on network 'default', which is not internal: it can reach the internet and be published; put it on an internal: true network"
    image: postgres:17
  cache:
    image: redis:7
    networks: [back, front]
#   ^^^^^^^^ compose-internal-backend-network "Service 'cache' (Redis) is on networks 'back', 'front', which are not internal: it can reach the internet and be published; put it on an internal: true network"
networks:
  back:
  front:
`, opts);
  });

  it('stays quiet for internal and external networks, network_mode and other services', () => {
    expectClean(ID, `services:
  db:
    image: postgres:17
    networks: [data]
  cache:
    image: redis:7
    networks:
      shared: {}
  sidecar:
    image: redis:7
    network_mode: "service:db"
  web:
    image: nginx:1.27
networks:
  data:
    internal: true
  shared:
    external: true
`, opts);
  });

  it('moves a back-end on the default network to a new internal network, keeping its clients on default too', () => {
    const before = `services:
  web:
    build: .
    ports:
      - "8080:8080"
    depends_on:
      db:
        condition: service_healthy
  worker:
    build: ./worker
    depends_on: [db]
    networks: [default]
  db:
    image: postgres:17 # data
  proxy:
    image: nginx:1.27

volumes:
  data:
`;
    assert.deepEqual(fixTitles(ID, before, opts), ["Move it to a new internal network 'backend' shared with the services that depend on it"]);
    const after = applyFix(ID, before, opts);
    assert.equal(after, `services:
  web:
    build: .
    ports:
      - "8080:8080"
    depends_on:
      db:
        condition: service_healthy
    networks:
      - default
      - backend
  worker:
    build: ./worker
    depends_on: [db]
    networks: [default, backend]
  db:
    image: postgres:17 # data
    networks:
      - backend
  proxy:
    image: nginx:1.27

volumes:
  data:
networks:
  backend:
    internal: true
`);
    assertSameExcept(before, after, [
      [0, 'services', 'web', 'networks'],
      [0, 'services', 'worker', 'networks'],
      [0, 'services', 'db', 'networks'],
      [0, 'networks'],
    ]);
  });

  it('offers no move when the back-end publishes ports, another service names it, or backend exists', () => {
    assert.deepEqual(fixTitles(ID, `services:
  db:
    image: postgres:17
    ports: ["127.0.0.1:5432:5432"]
`, opts), []);
    assert.deepEqual(fixTitles(ID, `services:
  app:
    image: x:1
    environment:
      DATABASE_HOST: db
  db:
    image: postgres:17
`, opts), []);
    assert.deepEqual(fixTitles(ID, `services:
  db:
    image: postgres:17
networks:
  backend:
`, opts), []);
  });

  it('makes a named network internal when the other services on it keep an open network', () => {
    const before = `services:
  api:
    build: .
    ports: ["8000:8000"]
    networks:
      - backnet
      - frontnet
  db:
    image: mariadb:11
    networks:
      - backnet
networks:
  backnet:
  frontnet:
    driver: bridge
`;
    assert.deepEqual(fixTitles(ID, before, opts), ["Make network 'backnet' internal"]);
    assert.equal(applyFix(ID, before, opts), `services:
  api:
    build: .
    ports: ["8000:8000"]
    networks:
      - backnet
      - frontnet
  db:
    image: mariadb:11
    networks:
      - backnet
networks:
  backnet:
    internal: true
  frontnet:
    driver: bridge
`);
    assert.equal(applyFix(ID, before.replace('  backnet:\n  frontnet', '  backnet:\n    internal: false\n  frontnet'), opts), before.replace('  backnet:\n  frontnet', '  backnet:\n    internal: true\n  frontnet'));
  });

  it('does not make a network internal when a service would lose its only open network', () => {
    assert.deepEqual(fixTitles(ID, `services:
  worker:
    build: .
    networks: [back]
  db:
    image: postgres:17
    networks: [back]
networks:
  back: {driver: bridge}
`, opts), []);
  });

  it('writes the move in flow style into flow mappings and keeps CRLF', () => {
    const before = 'services:\r\n  web: {build: ., depends_on: [db]}\r\n  db: {image: "redis:7"}\r\nnetworks: {}\r\n';
    assert.equal(applyFix(ID, before, opts),
      'services:\r\n  web: {build: ., depends_on: [db], networks: [default, backend]}\r\n  db: {image: "redis:7", networks: [backend]}\r\nnetworks: {backend: {internal: true}}\r\n');
  });

  it('never offers two network fixes that together would cut a service off', () => {
    const before = `services:
  app:
    image: nextcloud:29
    ports: ["8080:80"]
    networks: [redisnet, dbnet]
  redis:
    image: redis:7
    networks: [redisnet]
  db:
    image: mariadb:11
    networks: [dbnet]
networks:
  dbnet:
  redisnet:
`;
    assert.deepEqual(fixTitles(ID, before, opts, 0), ["Make network 'redisnet' internal"]);
    assert.deepEqual(fixTitles(ID, before, opts, 1), []);
    const after = applyFix(ID, before, opts, 0);
    assert.deepEqual(fixTitles(ID, after, opts, 0), []);
  });

  it('moves a second back-end onto the internal network the first move created', () => {
    const before = `services:
  web:
    build: .
    depends_on: [db, cache]
  db:
    image: postgres:17
  cache:
    image: redis:7
`;
    const once = applyFix(ID, before, opts, 0);
    assert.equal(once, `services:
  web:
    build: .
    depends_on: [db, cache]
    networks:
      - default
      - backend
  db:
    image: postgres:17
    networks:
      - backend
  cache:
    image: redis:7
networks:
  backend:
    internal: true
`);
    assert.deepEqual(fixTitles(ID, once, opts, 0), ["Move it to the internal network 'backend' shared with the services that depend on it"]);
    assert.equal(applyFix(ID, once, opts, 0), `services:
  web:
    build: .
    depends_on: [db, cache]
    networks:
      - default
      - backend
  db:
    image: postgres:17
    networks:
      - backend
  cache:
    image: redis:7
    networks:
      - backend
networks:
  backend:
    internal: true
`);
  });
});

