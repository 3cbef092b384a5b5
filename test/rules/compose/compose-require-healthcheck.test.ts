import { describe, it } from 'node:test';
import type { ProjectView } from '../../../server/src/rules/types.js';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'compose-require-healthcheck';
const settings = { rules: { [ID]: 'info' as const } };
const files: Record<string, string> = {
  '/work/app/web/Dockerfile': 'FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n',
  '/work/app/worker/Dockerfile': 'FROM python:3.12-slim\nHEALTHCHECK NONE\n',
};
const project: ProjectView = { readFile: (p) => files[p], exists: (p) => p in files, listDir: () => undefined };
const opts = { path: '/work/app/compose.yaml', settings, project };

describe(ID, () => {
  it('is off by default', () => {
    expectClean(ID, `services:
  db:
    image: postgres:17
`, { path: opts.path });
  });

  it('flags missing and disabled health checks when turned on', () => {
    expectFindings(ID, `services:
  db:
# ^^ compose-require-healthcheck "Service 'db' has no health check: a hung process keeps running and depends_on cannot wait for it"
    image: postgres:17
  cache:
    image: redis:7
    healthcheck:
      disable: true
#              ^^^^ compose-require-healthcheck "Service 'cache' turns the health check off"
  q:
    image: rabbitmq:4
    healthcheck: {test: ["NONE"]}
#                       ^^^^^^^^ compose-require-healthcheck
  worker:
# ^^^^^^ compose-require-healthcheck
    build: ./worker
`, opts);
  });

  it('accepts a healthcheck in the service, an anchor, or the Dockerfile it builds', () => {
    expectClean(ID, `x-hc: &hc
  healthcheck:
    test: ["CMD", "true"]
services:
  a:
    image: x:1
    healthcheck:
      test: ["CMD-SHELL", "pg_isready"]
  b:
    <<: *hc
    image: x:1
  web:
    build: ./web
`, opts);
  });
});
