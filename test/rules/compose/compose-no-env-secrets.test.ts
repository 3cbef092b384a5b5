import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';
import { assertSameExcept, valueAt } from '../../helpers/yaml-compare.js';

const ID = 'compose-no-env-secrets';
const opts = { path: '/work/app/docker-compose.yml' };

describe(ID, () => {
  it('stays quiet on placeholders and names about a secret, flags the real value beside them', () => {
    expectClean(ID, `services:
  proxy:
    image: traefik:v3.4
    environment:
      - "OVH_APPLICATION_KEY=xxx"
      - "OVH_CONSUMER_KEY=<your key>"
      - AWS_ACCESS_KEY=AKIDEXAMPLE
      - GF_AUTH_ANONYMOUS_ORG_ROLE=Admin
      - GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D`, opts);
    expectFindings(ID, `services:
  proxy:
    image: traefik:v3.4
    environment:
      - OVH_APPLICATION_SECRET=9f3b1c7a2d
#                              ^^^^^^^^^^ compose-no-env-secrets`, opts);
  });

  it('flags literal secrets in map and list form, pointing at the value', () => {
    expectFindings(ID, `services:
  db:
    image: postgres:17
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: "s3cr3t"
#                        ^^^^^^^^ compose-no-env-secrets "POSTGRES_PASSWORD of service 'db' is a secret written in the file; pass it with secrets: or from the environment (\${POSTGRES_PASSWORD})"
  api:
    build: .
    environment:
      - API_TOKEN=abc123
#                 ^^^^^^ compose-no-env-secrets
      - "STRIPE_SECRET_KEY=example"
#       ^^^^^^^^^^^^^^^^^^^^^^^^^^^ compose-no-env-secrets
      - DATABASE_URL=postgres://app:hunter22@db:5432/app
#                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ compose-no-env-secrets "DATABASE_URL of service 'api' is a URL with a password written in the file; pass it with secrets: or from the environment (\${DATABASE_URL})"
      - DB_PASSWORD=\${DB_PASSWORD:-changeme}
#                   ^^^^^^^^^^^^^^^^^^^^^^^^ compose-no-env-secrets "DB_PASSWORD of service 'api' falls back to a literal secret written in the file; drop the default or use secrets:"
`, opts);
  });

  it('stays quiet for interpolation, references to secret files and non-secret settings', () => {
    expectClean(ID, `services:
  db:
    image: mysql:8.4
    environment:
      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/db_root
      MYSQL_PASSWORD: \${MYSQL_PASSWORD}
      MYSQL_USER: app
      TOKEN_TTL: 3600
      AUTH_ENABLED: "true"
      PUBLIC_KEY: ssh-ed25519 AAAA
      SECRET_KEY:
      APP_SECRET: $APP_SECRET
      API_KEY_HEADER: X-Api-Key
  app:
    image: x:1
    environment:
      - DATABASE_PASSWORD=/run/secrets/db-password
      - DATABASE_URL=postgres://app:\${PG_PASSWORD}@db/app
      - PASSWORD
      - KEYBOARD_LAYOUT=us
`, opts);
  });

  it('reports a shared environment anchor once, without a fix', () => {
    const fixture = `x-env: &env
  POSTGRES_PASSWORD: example
#                    ^^^^^^^ compose-no-env-secrets "POSTGRES_PASSWORD of services 'a', 'b' is a secret written in the file; pass it with secrets: or from the environment (\${POSTGRES_PASSWORD})"
services:
  a:
    image: postgres:17
    environment: *env
  b:
    image: postgres:17
    environment: *env
`;
    expectFindings(ID, fixture, opts);
    assert.deepEqual(fixTitles(ID, fixture.replace(/^#.*\n/m, ''), opts), []);
  });

  it('moves a map entry to a Compose secret for an image that reads _FILE', () => {
    const before = `services:
  db:
    image: postgres:17
    environment:
      POSTGRES_DB: app
      POSTGRES_PASSWORD: "s3cr3t" # change me
    volumes:
      - data:/var/lib/postgresql/data

volumes:
  data:
`;
    assert.deepEqual(fixTitles(ID, before, opts), ['Move POSTGRES_PASSWORD to a Compose secret (POSTGRES_PASSWORD_FILE, value from the host\'s POSTGRES_PASSWORD)']);
    const after = applyFix(ID, before, opts);
    assert.equal(after, `services:
  db:
    image: postgres:17
    environment:
      POSTGRES_DB: app
      POSTGRES_PASSWORD_FILE: "/run/secrets/postgres_password" # change me
    volumes:
      - data:/var/lib/postgresql/data
    secrets:
      - postgres_password

volumes:
  data:
secrets:
  postgres_password:
    environment: POSTGRES_PASSWORD
`);
    assertSameExcept(before, after, [
      [0, 'services', 'db', 'environment'],
      [0, 'services', 'db', 'secrets'],
      [0, 'secrets'],
    ]);
    assert.deepEqual(valueAt(after, [0, 'services', 'db', 'environment']), { POSTGRES_DB: 'app', POSTGRES_PASSWORD_FILE: '/run/secrets/postgres_password' });
  });

  it('moves a list entry, appending to existing service and top-level secrets', () => {
    const before = `services:
  db:
    image: mariadb:11
    secrets:
      - other
    environment:
      - MARIADB_ROOT_PASSWORD=example
secrets:
  other:
    file: ./other.txt
`;
    assert.equal(applyFix(ID, before, opts), `services:
  db:
    image: mariadb:11
    secrets:
      - other
      - mariadb_root_password
    environment:
      - MARIADB_ROOT_PASSWORD_FILE=/run/secrets/mariadb_root_password
secrets:
  other:
    file: ./other.txt
  mariadb_root_password:
    environment: MARIADB_ROOT_PASSWORD
`);
  });

  it('offers no fix when the image does not read _FILE or the secret name is taken', () => {
    assert.deepEqual(fixTitles(ID, `services:
  app:
    image: example/app:1
    environment:
      DB_PASSWORD: example
`, opts), []);
    assert.deepEqual(fixTitles(ID, `services:
  db:
    image: postgres:17
    environment:
      POSTGRES_PASSWORD: example
secrets:
  postgres_password:
    file: ./pw.txt
`, opts), []);
  });

  it('keeps CRLF line breaks in every edit of the move', () => {
    const before = 'services:\r\n  db:\r\n    image: postgres:17\r\n    environment:\r\n      - POSTGRES_PASSWORD=example\r\n';
    assert.equal(applyFix(ID, before, opts),
      'services:\r\n  db:\r\n    image: postgres:17\r\n    environment:\r\n      - POSTGRES_PASSWORD_FILE=/run/secrets/postgres_password\r\n'
      + '    secrets:\r\n      - postgres_password\r\nsecrets:\r\n  postgres_password:\r\n    environment: POSTGRES_PASSWORD\r\n');
  });
});
