import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'compose-no-insecure-image-settings';
const opts = { path: '/work/app/compose.yaml' };

describe(ID, () => {
  it('flags trust auth on a published PostgreSQL as an error, pointing at the setting', () => {
    const [f] = expectFindings(ID, `services:
  db:
    image: postgres:17
    environment:
      POSTGRES_HOST_AUTH_METHOD: trust
#                                ^^^^^ compose-no-insecure-image-settings "Service 'db': POSTGRES_HOST_AUTH_METHOD=trust: anyone who reaches the published port logs in as any user, superuser included, without a password"
    ports: ["5432:5432"]
`, opts);
    assert.equal(f.severity, 'error');
  });

  it('is a warning when nothing is published on every interface', () => {
    const [f] = expectFindings(ID, `services:
  db:
    image: docker.io/library/mysql:8.4
    environment:
      - MYSQL_ALLOW_EMPTY_PASSWORD=yes
#       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ compose-no-insecure-image-settings "Service 'db': MYSQL_ALLOW_EMPTY_PASSWORD: the database's root user has no password, so anyone who reaches the service is its administrator"
    ports: ["127.0.0.1:3306:3306"]
`, opts);
    assert.equal(f.severity, 'warning');
  });

  it('flags Grafana anonymous admins, Redis without protected mode, Elasticsearch security off, Prometheus admin API and Jupyter without token', () => {
    expectFindings(ID, `services:
  grafana:
    image: grafana/grafana:12.1.0
    environment:
      GF_AUTH_ANONYMOUS_ENABLED: "true"
      GF_AUTH_ANONYMOUS_ORG_ROLE: Admin
#                                 ^^^^^ compose-no-insecure-image-settings "Service 'grafana': anonymous access with the Admin role: anyone who reaches the published port can change dashboards and data sources without logging in"
    ports: ["3000:3000"]
  cache:
    image: redis:8
    command: ["redis-server", "--protected-mode", "no"]
#                             ^^^^^^^^^^^^^^^^^^ compose-no-insecure-image-settings "Service 'cache': --protected-mode no: anyone who reaches the service can read, change and delete every key, with no password asked"
  search:
    image: docker.elastic.co/elasticsearch/elasticsearch:9.1.0
    environment:
      - xpack.security.enabled=false
#       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ compose-no-insecure-image-settings
  prometheus:
    image: prom/prometheus:v3.5.0
    command: --config.file=/etc/prometheus/prometheus.yml --web.enable-admin-api
#            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ compose-no-insecure-image-settings "Service 'prometheus': --web.enable-admin-api on a published port: anyone who reaches it can delete series and snapshots, with no authentication"
    ports: ["9090:9090"]
  notebook:
    image: quay.io/jupyter/scipy-notebook:2025-06-01
    command: start-notebook.sh --ServerApp.token=''
#            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ compose-no-insecure-image-settings
`, opts);
  });

  it('stays quiet on safe settings, interpolated values, other images and unpublished Prometheus flags', () => {
    expectClean(ID, `services:
  grafana:
    image: grafana/grafana:12.1.0
    environment:
      GF_AUTH_ANONYMOUS_ENABLED: "true"
      GF_AUTH_ANONYMOUS_ORG_ROLE: Viewer
  db:
    image: postgres:17
    environment:
      POSTGRES_HOST_AUTH_METHOD: \${AUTH_METHOD}
      POSTGRES_PASSWORD_FILE: /run/secrets/db
  app:
    image: example/app:1.0
    environment:
      POSTGRES_HOST_AUTH_METHOD: trust
  cache:
    image: redis:8
    command: redis-server --protected-mode yes --requirepass s3cret
  prometheus:
    image: prom/prometheus:v3.5.0
    command: ["--web.enable-lifecycle"]
`, opts);
  });
});

describe(`${ID} fix`, () => {
  it('removes the environment entry, in list and mapping form, or environment when it was the only one', () => {
    const list = 'services:\n  db:\n    image: postgres:17\n    environment:\n      - POSTGRES_DB=app\n      - POSTGRES_HOST_AUTH_METHOD=trust\n';
    assert.deepEqual(fixTitles(ID, list, opts), ["Remove POSTGRES_HOST_AUTH_METHOD from the service's environment (the image then turns its protection back on; give it credentials from a secret)"]);
    assert.equal(applyFix(ID, list, opts), 'services:\n  db:\n    image: postgres:17\n    environment:\n      - POSTGRES_DB=app\n');
    const map = 'services:\n  cache:\n    image: bitnami/redis:7.4\n    environment:\n      ALLOW_EMPTY_PASSWORD: "yes"\n    ports: ["6379:6379"]\n';
    assert.equal(applyFix(ID, map, opts), 'services:\n  cache:\n    image: bitnami/redis:7.4\n    ports: ["6379:6379"]\n');
  });
});
