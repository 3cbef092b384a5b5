import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'compose-no-public-backend-ports';
const opts = { path: '/work/app/docker-compose.yml' };

describe(ID, () => {
  it('flags databases and caches published on every interface, by image', () => {
    expectFindings(ID, `services:
  db:
    image: postgres:17
    ports:
      - "5432:5432"
#       ^^^^^^^^^^^ compose-no-public-backend-ports "Service 'db' (PostgreSQL) publishes port 5432 on host port 5432 of every host interface; bind it to 127.0.0.1 or drop the mapping"
      - 127.0.0.1:5433:5432
  cache:
    image: bitnami/redis:7.4
    ports: [6379]
#           ^^^^ compose-no-public-backend-ports "Service 'cache' (Redis) publishes port 6379 on a random host port of every host interface; bind it to 127.0.0.1 or drop the mapping"
  mq:
    image: rabbitmq:3-management
    ports:
      - target: 15672
        published: 15672
#                  ^^^^^ compose-no-public-backend-ports
`, opts);
  });

  it('flags a built service by its well-known port', () => {
    expectFindings(ID, `services:
  search:
    build: ./search
    ports:
      - "19200:9200"
#       ^^^^^^^^^^^^ compose-no-public-backend-ports "Service 'search' (Elasticsearch) publishes port 9200 on host port 19200 of every host interface; bind it to 127.0.0.1 or drop the mapping"
      - "8080:8080"
`, opts);
  });

  it('stays quiet for web services, bound addresses and explicit 0.0.0.0', () => {
    expectClean(ID, `services:
  web:
    image: nginx:1.27
    ports: ["80:80", "8443:443"]
  db:
    image: mysql:8.4
    ports:
      - "127.0.0.1:3306:3306"
      - "[::1]:33060:33060"
      - "0.0.0.0:3307:3306"
      - target: 3306
        published: 3308
        host_ip: 127.0.0.1
    expose: ["3306"]
  admin:
    image: dpage/pgadmin4:8
    ports: ["5050:80"]
`, opts);
  });

  it('binds short syntax to 127.0.0.1, keeping quotes and comments', () => {
    const before = `services:
  db:
    image: postgres:17
    ports:
      - "5432:5432" # for psql
`;
    assert.deepEqual(fixTitles(ID, before, opts), ['Publish on 127.0.0.1 only']);
    assert.equal(applyFix(ID, before, opts), `services:
  db:
    image: postgres:17
    ports:
      - "127.0.0.1:5432:5432" # for psql
`);
    assert.equal(applyFix(ID, `services:
  db:
    image: redis:7
    ports:
      - 6379:6379/tcp
      - 6380
`, opts, 1), `services:
  db:
    image: redis:7
    ports:
      - 6379:6379/tcp
      - "127.0.0.1::6380"
`);
  });

  it('adds host_ip to long syntax', () => {
    assert.equal(applyFix(ID, `services:
  db:
    image: mongo:8
    ports:
      - target: 27017
        published: 27017
        protocol: tcp
`, opts), `services:
  db:
    image: mongo:8
    ports:
      - target: 27017
        published: 27017
        protocol: tcp
        host_ip: "127.0.0.1"
`);
  });
});
