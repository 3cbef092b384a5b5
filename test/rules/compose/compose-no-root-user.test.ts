import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ProjectView } from '../../../server/src/rules/types.js';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'compose-no-root-user';

/** An in-memory project: absolute path → content. */
function project(files: Record<string, string>): ProjectView {
  return {
    root: '/work/app',
    readFile: (p) => files[p],
    exists: (p) => p in files || Object.keys(files).some((f) => f.startsWith(`${p}/`)),
    listDir: () => undefined,
  };
}

const files = {
  '/work/app/api/Dockerfile': 'FROM python:3.12-slim\nRUN pip install flask\nCMD ["flask", "run"]\n',
  '/work/app/worker/Dockerfile.dev': 'FROM node:22 AS dev\nUSER root\nRUN npm ci\n\nFROM node:22-slim AS prod\nUSER node\n',
  '/work/app/web/Dockerfile': 'FROM nginx:1.27\nUSER 101\n',
  '/work/app/static/Dockerfile': 'FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app\n',
  '/work/app/args/Dockerfile': 'ARG RUN_AS=app\nFROM debian:12\nUSER ${RUN_AS}\n',
  '/work/app/vendor/Dockerfile': 'FROM bitnami/postgresql:17\n',
  '/work/app/Dockerfile': 'FROM alpine:3.20\n',
};
const opts = { path: '/work/app/compose.yaml', project: project(files) };

describe(ID, () => {
  it('reads the Dockerfile build: points at and points related information at the FROM line', () => {
    const fixture = `services:
  api:
    build: ./api
#   ^^^^^ compose-no-root-user "Service 'api' runs as root: the final stage of api/Dockerfile runs as root (no USER; python:3.12-slim runs as root by default) and the service sets no user:"
    ports: ["8000:8000"]
`;
    const [finding] = expectFindings(ID, fixture, opts);
    assert.deepEqual(finding.related, [{
      path: '/work/app/api/Dockerfile',
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 21 } },
      message: 'The image runs as root because of this line (no USER; python:3.12-slim runs as root by default)',
    }]);
  });

  it('judges the build target, and points at its USER line', () => {
    const text = `services:
  worker:
    build:
      context: worker
      dockerfile: Dockerfile.dev
      target: dev
`;
    const [finding] = findingsOf(ID, text, opts);
    assert.equal(finding.message, "Service 'worker' runs as root: the stage 'dev' of worker/Dockerfile.dev runs as root (USER root) and the service sets no user:");
    assert.deepEqual(finding.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 9 } });
    assert.deepEqual(finding.related?.[0].range, { start: { line: 1, character: 0 }, end: { line: 1, character: 9 } });
    expectClean(ID, text.replace('target: dev', 'target: prod'), opts);
  });

  it('flags user: root written on the service or merged into it', () => {
    expectFindings(ID, `x-root: &root
  user: "0:0"
#       ^^^^^ compose-no-root-user "Service 'b' runs as root (user: 0:0)"
services:
  a:
    image: example/agent:1
    user: root
#         ^^^^ compose-no-root-user "Service 'a' runs as root (user: root)"
  b:
    <<: *root
    image: x:1
`, opts);
  });

  it('stays quiet for non-root users in the Dockerfile or the service, distroless nonroot, pulled images and unknowns', () => {
    expectClean(ID, `services:
  web:
    build: web
  static:
    build: {context: static}
  api:
    build: ./api
    user: "10001:10001"
  db:
    image: postgres:17
  vendor:
    build: ./vendor
  remote:
    build: https://github.com/example/app.git#main
  missing:
    build: ./missing
  interpolated:
    build: \${CONTEXT}
  argsdefault:
    build: ./args
  byvar:
    build: ./api
    user: \${UID}
`, opts);
  });

  it('uses build args when they set the USER variable', () => {
    expectFindings(ID, `services:
  app:
    build:
#   ^^^^^ compose-no-root-user "Service 'app' runs as root: the final stage of args/Dockerfile runs as root (USER root) and the service sets no user:"
      context: ./args
      args:
        RUN_AS: root
`, opts);
  });

  it('reads one Dockerfile built with and without build args as each service builds it', () => {
    expectFindings(ID, `services:
  plain:
    build: ./args
  asroot:
    build:
#   ^^^^^ compose-no-root-user "Service 'asroot' runs as root: the final stage of args/Dockerfile runs as root (USER root) and the service sets no user:"
      context: ./args
      args:
        RUN_AS: root
  again:
    build: ./args
`, opts);
  });

  it('finds the Dockerfile in the compose directory and in a parent context', () => {
    expectFindings(ID, `services:
  app:
    build: .
#   ^^^^^ compose-no-root-user "Service 'app' runs as root: the final stage of Dockerfile runs as root (no USER; alpine:3.20 runs as root by default) and the service sets no user:"
`, opts);
    expectFindings(ID, `services:
  app:
    build:
#   ^^^^^ compose-no-root-user "Service 'app' runs as root: the final stage of ../api/Dockerfile runs as root (no USER; python:3.12-slim runs as root by default) and the service sets no user:"
      context: ../api
`, { ...opts, path: '/work/app/deploy/compose.yaml' });
  });

  it('reads dockerfile_inline without related information', () => {
    const [finding] = expectFindings(ID, `services:
  app:
    build:
#   ^^^^^ compose-no-root-user "Service 'app' runs as root: the final stage of its dockerfile_inline runs as root (no USER; alpine:3.20 runs as root by default) and the service sets no user:"
      dockerfile_inline: |
        FROM alpine:3.20
        RUN apk add --no-cache curl
`, opts);
    assert.deepEqual(finding.related, []);
  });

  it('adds user: "65532:65532" to a built service', () => {
    const before = `services:
  api:
    build: ./api
    restart: always
`;
    assert.deepEqual(fixTitles(ID, before, opts), ['Run the service as UID 65532 (user: "65532:65532")']);
    assert.equal(applyFix(ID, before, opts), `services:
  api:
    build: ./api
    restart: always
    user: "65532:65532"
`);
  });
});
