import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/engine/index.js';
import { interpolate, parseEnvFile } from '../../../server/src/parse/compose-env.js';
import { memProject } from '../../config/mem-project.js';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const path = '/work/app/docker-compose.yml';
const withEnv = (env: string) => ({ path, project: memProject({ '/work/app/.env': env }, '/work') });

describe('Compose interpolation', () => {
  describe('interpolate', () => {
    const env = parseEnvFile('SOCK=/var/run/docker.sock\nEMPTY=\nexport PORT=8080 # the web port\nQUOTED="a b"\nRAW=\'${SOCK}\'\nDERIVED=${PORT}0\n', '.env');

    it('reads an env file: export, comments, quotes, references to earlier lines', () => {
      assert.deepEqual([...env].map(([k, v]) => `${k}=${v.value}`), ['SOCK=/var/run/docker.sock', 'EMPTY=', 'PORT=8080', 'QUOTED=a b', 'RAW=${SOCK}', 'DERIVED=80800']);
    });

    it('resolves every form Compose knows', () => {
      const cases: [string, string | undefined][] = [
        ['${SOCK}:/var/run/docker.sock', '/var/run/docker.sock:/var/run/docker.sock'],
        ['$PORT:80', '8080:80'],
        ['${MISSING:-/}', '/'],
        ['${EMPTY:-fallback}', 'fallback'],
        ['${EMPTY-fallback}', ''],
        ['${MISSING-fallback}', 'fallback'],
        ['${PORT:?set PORT}', '8080'],
        ['${MISSING:?set it}', undefined],
        ['${EMPTY:?set it}', undefined],
        ['${EMPTY?set it}', ''],
        ['${PORT:+on}', 'on'],
        ['${MISSING:+on}', ''],
        ['${MISSING:-${PORT}}', '8080'],
        ['$$HOME/x', '$HOME/x'],
        ['$${SOCK}', '${SOCK}'],
        ['${MISSING}', undefined],
        ['$MISSING/data', undefined],
        ['${unclosed', undefined],
        ['${BAD NAME}', undefined],
        ['cost: 5$', 'cost: 5$'],
      ];
      for (const [raw, want] of cases) assert.equal(interpolate(raw, env).value, want, raw);
    });
  });

  it('judges a Docker socket mount through a .env variable and names where the value came from', () => {
    expectFindings('compose-no-docker-socket', `services:
  agent:
    image: portainer/agent:2.21
    volumes:
      - \${SOCK}:/var/run/docker.sock
#       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ compose-no-docker-socket "Service 'agent' mounts the Docker socket /var/run/docker.sock: whoever controls the container controls the host; \`\${SOCK}\` is /var/run/docker.sock (from .env)"
`, withEnv('SOCK=/var/run/docker.sock\n'));
  });

  it('judges the host root through a variable, and a default when .env does not set it', () => {
    expectFindings('compose-no-sensitive-host-mount', `services:
  node-exporter:
    image: prom/node-exporter:v1.8.2
    volumes:
      - \${HOSTFS}:/host:ro
#       ^^^^^^^^^^^^^^^^^^ compose-no-sensitive-host-mount "Service 'node-exporter' mounts the host's / (read-only): the whole host filesystem; \`\${HOSTFS}\` is / (from .env)"
      - \${PROC_DIR:-/proc}:/host/proc:ro
#       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ compose-no-sensitive-host-mount "Service 'node-exporter' mounts the host's /proc (read-only): every host process, its memory maps and environment; \`\${PROC_DIR:-/proc}\` is /proc (its default)"
`, withEnv('HOSTFS=/\n'));
  });

  it('judges privileged, network_mode, cap_add and security_opt through variables', () => {
    const env = withEnv('PRIV=true\nNET=host\nCAP=SYS_ADMIN\nSECCOMP=seccomp:unconfined\n');
    const text = `services:
  app:
    image: app:1.2
    privileged: \${PRIV}
    network_mode: \${NET}
    cap_add: ["\${CAP}"]
    security_opt: ["\${SECCOMP}"]
`;
    const ids = (id: string) => analyze({ path, text }, env.project, {}, { only: [id] }).findings.map((f) => f.message);
    assert.deepEqual(ids('compose-no-privileged'), ["Service 'app' runs privileged: every capability, every host device, no seccomp or AppArmor confinement; `${PRIV}` is true (from .env)"]);
    assert.equal(ids('compose-no-host-network').length, 1);
    assert.match(ids('compose-no-host-network')[0], /`\$\{NET\}` is host \(from \.env\)$/);
    assert.equal(ids('compose-no-dangerous-capabilities').length, 1);
    assert.match(ids('compose-no-dangerous-capabilities')[0], /SYS_ADMIN.*`\$\{CAP\}` is SYS_ADMIN \(from \.env\)$/);
    assert.equal(ids('compose-no-seccomp-unconfined').length, 1);
  });

  it('keeps unresolvable variables unknown: no finding', () => {
    const text = `services:
  app:
    image: app:1.2
    privileged: \${PRIV}
    network_mode: \${NET}
    volumes:
      - \${SOCK}:/var/run/docker.sock
      - \${ROOT:?set ROOT}:/host
`;
    for (const id of ['compose-no-privileged', 'compose-no-host-network', 'compose-no-docker-socket', 'compose-no-sensitive-host-mount']) {
      expectClean(id, text, withEnv('OTHER=1\n'));
      expectClean(id, text, { path });
    }
  });

  it('reads `$$` as a literal dollar, never as a variable', () => {
    expectClean('compose-no-sensitive-host-mount', `services:
  app:
    image: app:1.2
    volumes:
      - $$HOSTFS:/host
`, withEnv('HOSTFS=/\n'));
  });

  it('reads --env-file instead of the .env beside the file, later files winning', () => {
    const project = { ...memProject({ '/work/app/.env': 'PRIV=false\n', '/work/prod.env': 'PRIV=false\n', '/work/prod.local.env': 'PRIV=true\n' }, '/work'), composeEnvFiles: ['/work/prod.env', '/work/prod.local.env'] };
    const text = 'services:\n  app:\n    image: app:1.2\n    privileged: ${PRIV}\n';
    const found = analyze({ path, text }, project, {}, { only: ['compose-no-privileged'] }).findings;
    assert.deepEqual(found.map((f) => f.message.split('; ')[1]), ['`${PRIV}` is true (from prod.local.env)']);
    expectClean('compose-no-privileged', text, withEnv('PRIV=false\n'));
  });

  it('binds a published database port through a variable by editing only the literal part', () => {
    const text = `services:
  db:
    image: postgres:17
    ports:
      - "\${DB_PORT}:5432"
`;
    expectFindings('compose-no-public-backend-ports', `${text}#       ^^^^^^^^^^^^^^^^^ compose-no-public-backend-ports "Service 'db' (PostgreSQL) publishes port 5432 on host port 15432 of every host interface; bind it to 127.0.0.1 or drop the mapping; \`\${DB_PORT}\` is 15432 (from .env)"
`, withEnv('DB_PORT=15432\n'));
    assert.equal(applyFix('compose-no-public-backend-ports', text, withEnv('DB_PORT=15432\n')), text.replace('"${DB_PORT}:5432"', '"127.0.0.1:${DB_PORT}:5432"'));
  });

  it('offers no fix that would write a resolved value over a variable', () => {
    const text = `services:
  db:
    image: postgres:17
    ports:
      - "\${DB_BIND}:5432"
`;
    // DB_BIND holds an address and a port: prefixing 127.0.0.1 would make three parts of two.
    assert.deepEqual(fixTitles('compose-no-public-backend-ports', text, withEnv('DB_BIND=0.0.0.0:15432\n')), []);
  });

  it('still removes a whole Docker socket mount written through a variable', () => {
    const text = `services:
  agent:
    image: portainer/agent:2.21
    volumes:
      - \${SOCK}:/var/run/docker.sock
      - data:/data
`;
    assert.equal(applyFix('compose-no-docker-socket', text, withEnv('SOCK=/var/run/docker.sock\n')), text.replace('      - ${SOCK}:/var/run/docker.sock\n', ''));
  });

  it('reads .env through the project view only', () => {
    const project = memProject({ '/work/app/.env': 'SOCK=/var/run/docker.sock\n' }, '/work');
    analyze({ path, text: 'services:\n  a:\n    image: a:1\n    volumes: ["${SOCK}:/s"]\n' }, project);
    assert.ok(project.reads.includes('/work/app/.env'));
  });

  it('judges image tags, user and popular-image settings through variables', () => {
    const env = withEnv('PG_TAG=latest\nAUTH=trust\nAPP_USER=root\n');
    const text = `services:
  db:
    image: postgres:\${PG_TAG}
    environment:
      POSTGRES_HOST_AUTH_METHOD: \${AUTH}
  web:
    image: nginx:\${NGINX_TAG:-1.27}
    user: \${APP_USER}
`;
    const found = analyze({ path, text }, env.project, {}, { only: ['compose-no-latest-image', 'compose-no-insecure-image-settings', 'compose-no-root-user'] }).findings;
    assert.deepEqual(found.map((f) => `${f.range.start.line}:${f.ruleId}: ${f.message} [${f.fixes.map((x) => x.title).join()}]`), [
      "2:compose-no-latest-image: Service 'db' uses image postgres:latest; pin a version (or a digest); `${PG_TAG}` is latest (from .env) []",
      "4:compose-no-insecure-image-settings: Service 'db': POSTGRES_HOST_AUTH_METHOD=trust: anyone who reaches the service logs in as any user, superuser included, without a password [Remove POSTGRES_HOST_AUTH_METHOD from the service's environment (the image then turns its protection back on; give it credentials from a secret)]",
      "7:compose-no-root-user: Service 'web' runs as root (user: root); `${APP_USER}` is root (from .env) []",
    ]);
  });

  it('offers no fix that replaces a variable with a value', () => {
    const text = 'services:\n  app:\n    image: app:1.2\n    privileged: ${PRIV}\n    network_mode: ${NET}\n';
    const env = withEnv('PRIV=true\nNET=host\n');
    assert.deepEqual(fixTitles('compose-no-privileged', text, env), []);
    // Removing the whole setting does not write through the variable.
    assert.equal(applyFix('compose-no-host-network', text, env), 'services:\n  app:\n    image: app:1.2\n    privileged: ${PRIV}\n');
  });
});
