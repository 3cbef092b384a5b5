/** The Compose model (server/src/parse/compose.ts) and the shared helpers of the Compose rules. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildOf, composeFiles, extendsChain, inherits, isCompleteService, setting } from '../../../server/src/parse/compose.js';
import { joinPath } from '../../../server/src/paths.js';
import { scalarText } from '../../../server/src/parse/yaml-access.js';
import { parseYaml } from '../../../server/src/parse/yaml.js';
import type { ProjectView } from '../../../server/src/rules/types.js';
import { backendOfImage } from '../../../server/src/rules/compose/lib/backend.js';
import { parseShortPort } from '../../../server/src/rules/compose/lib/ports.js';
import { normaliseHostPath, parseShortVolume } from '../../../server/src/rules/compose/lib/volumes.js';
import { dockerfileOf } from '../../../server/src/rules/compose/lib/build-user.js';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const services = (text: string, path = '/work/app/compose.yaml') => composeFiles(parseYaml(text), path)[0].services;
const none: ProjectView = { readFile: () => undefined, exists: () => false, listDir: () => undefined };

describe('compose model', () => {
  it('lists services and resolves settings through merge keys, own keys first', () => {
    const [a, b] = services(`x-base: &base
  image: base:1
  restart: always
x-more: &more
  restart: "no"
  user: "1000"
services:
  a:
    <<: [*base, *more]
    restart: on-failure
  b: *base
`);
    assert.equal(a.name, 'a');
    assert.equal(scalarText(setting(a, 'restart')?.value), 'on-failure');
    assert.equal(setting(a, 'restart')?.merged, false);
    assert.equal(scalarText(setting(a, 'image')?.value), 'base:1');
    assert.equal(setting(a, 'image')?.merged, true);
    assert.equal(scalarText(setting(a, 'user')?.value), '1000');
    assert.equal(scalarText(setting(b, 'image')?.value), 'base:1');
  });

  it('resolves an alias to the last anchor of that name before it, as YAML does', () => {
    const [c, d, e] = services(`services:
  c:
    <<: &img {image: first:1}
  d:
    <<: *img
    user: &img "1000"
  e:
    <<: *img
`);
    assert.equal(scalarText(setting(c, 'image')?.value), 'first:1');
    assert.equal(scalarText(setting(d, 'image')?.value), 'first:1');
    assert.equal(setting(e, 'image'), undefined);
  });

  it('follows extends in the same file and in another file through the project', () => {
    const files: Record<string, string> = { '/work/common/base.yml': 'services:\n  root:\n    read_only: true\n' };
    const project: ProjectView = { readFile: (p) => files[p], exists: (p) => p in files, listDir: () => undefined };
    const [web, mid] = services(`services:
  web:
    extends: mid
  mid:
    extends:
      file: ../common/base.yml
      service: root
`);
    assert.deepEqual(extendsChain(web, project).map((s) => s.name), ['web', 'mid', 'root']);
    assert.equal(scalarText(inherits(web, 'read_only', project)?.value), 'true');
    assert.equal(inherits(mid, 'read_only', none), undefined);
  });

  it('stops on extends cycles', () => {
    const [a] = services(`services:
  a: {extends: b}
  b: {extends: a}
`);
    assert.deepEqual(extendsChain(a, none).map((s) => s.name), ['a', 'b']);
  });

  it('reads build in short and long form, with args', () => {
    const [a, b] = services(`services:
  a:
    build: ./api
  b:
    build:
      context: web
      dockerfile: Dockerfile.prod
      target: runtime
      args:
        - VERSION=1.2
        - FROM_ENV=\${X}
`);
    assert.equal(buildOf(a)?.context, './api');
    const bb = buildOf(b)!;
    assert.deepEqual([bb.context, bb.dockerfile, bb.target, [...bb.args]], ['web', 'Dockerfile.prod', 'runtime', [['VERSION', '1.2']]]);
  });

  it('judges completeness: image, build or extends, and not an override file', () => {
    const [a, b] = services('services:\n  a: {image: x:1}\n  b: {ports: ["80:80"]}\n');
    assert.deepEqual([isCompleteService(a), isCompleteService(b)], [true, false]);
    const [o] = services('services:\n  a: {image: x:1}\n', '/work/app/docker-compose.override.yml');
    assert.equal(isCompleteService(o), false);
  });

  it('joins paths as Compose resolves them', () => {
    assert.equal(joinPath('/work/app', './api/../web/'), '/work/app/web');
    assert.equal(joinPath('/work/app/deploy', '../api'), '/work/app/api');
    assert.equal(joinPath('/work/app', '/abs/x'), '/abs/x');
  });

  it('survives documents without services, scalars and aliases to nowhere', () => {
    assert.deepEqual(composeFiles(parseYaml('just: text\n'), '/x.yml'), []);
    assert.deepEqual(composeFiles(parseYaml('services: 3\n'), '/x.yml'), []);
    assert.deepEqual(services('services:\n  a:\n  b: *missing\n').map((s) => [s.name, !!s.map]), [['a', false], ['b', false]]);
  });
});

describe('compose rule helpers', () => {
  it('parses short port syntax', () => {
    assert.deepEqual(parseShortPort('127.0.0.1:8080:80/tcp'), { hostIp: '127.0.0.1', hostPort: '8080', containerPort: '80', protocol: 'tcp', text: '127.0.0.1:8080:80/tcp' });
    assert.deepEqual(parseShortPort('[::1]:5432:5432'), { hostIp: '::1', hostPort: '5432', containerPort: '5432', protocol: undefined, text: '[::1]:5432:5432' });
    assert.deepEqual(parseShortPort('9090-9091:8080-8081'), { hostIp: undefined, hostPort: '9090-9091', containerPort: '8080-8081', protocol: undefined, text: '9090-9091:8080-8081' });
    assert.deepEqual(parseShortPort('127.0.0.1::80'), { hostIp: '127.0.0.1', hostPort: undefined, containerPort: '80', protocol: undefined, text: '127.0.0.1::80' });
    assert.equal(parseShortPort('${PORT}:80'), undefined);
  });

  it('parses short volume syntax, keeping Windows drives', () => {
    assert.deepEqual(parseShortVolume('./src:/app:ro,z'), { source: './src', target: '/app', mode: 'ro,z' });
    assert.deepEqual(parseShortVolume('C:\\data:/data'), { source: 'C:\\data', target: '/data', mode: undefined });
    assert.deepEqual(parseShortVolume('/anonymous'), { target: '/anonymous' });
    assert.equal(normaliseHostPath('${HOME}/.ssh/'), '~/.ssh');
    assert.equal(normaliseHostPath('/var/./run//docker.sock'), '/var/run/docker.sock');
  });

  it('recognises back-end images', () => {
    assert.deepEqual(
      ['postgres:17', 'bitnami/postgresql', 'mcr.microsoft.com/mssql/server:2022-latest', 'docker.io/library/redis', 'confluentinc/cp-kafka:7.6', 'nginx', 'redislabs/redisinsight', '${DB_IMAGE}'].map(backendOfImage),
      ['PostgreSQL', 'PostgreSQL', 'SQL Server', 'Redis', 'Kafka', undefined, undefined, undefined],
    );
  });

  it('honours shipshape-ignore on the line above a Compose finding', () => {
    expectClean('compose-no-privileged', `services:
  dind:
    image: docker:27-dind
    # shipshape-ignore compose-no-privileged -- Docker-in-Docker for CI only
    privileged: true
`, { path: '/work/app/compose.yaml' });
  });

  it('does not analyse YAML that is not Compose', () => {
    expectClean('compose-no-privileged', 'apiVersion: v1\nkind: Pod\nspec:\n  privileged: true\n', { path: '/work/app/pod.yaml' });
  });

  it('keeps findings for every document of a multi-document file', () => {
    expectFindings('compose-no-privileged', `services:
  a: {image: x:1, privileged: true}
#                             ^^^^ compose-no-privileged
---
services:
  b: {image: x:1, privileged: true}
#                             ^^^^ compose-no-privileged
`, { path: '/work/app/compose.yaml' });
  });
});

describe('the Dockerfile a service builds', () => {
  const compose = `services:
  api:
    build: ./api
  worker:
    build:
      context: ./api
      target: base
  inline:
    build:
      dockerfile_inline: |
        FROM alpine:3.20
        USER app
  other:
    build:
      dockerfile_inline: |
        FROM alpine:3.20
`;
  const files = new Map([['/work/app/api/Dockerfile', 'FROM python:3.12 AS base\nFROM base\nUSER app\n']]);
  const project: ProjectView = { readFile: (p) => files.get(p), exists: (p) => files.has(p), listDir: () => undefined };

  it('is parsed once per Compose model, shared by every service and rule that asks, and again when its text changes', () => {
    const [api, worker, inline, other] = services(compose);
    const first = dockerfileOf(api, project)!;
    assert.equal(first.path, '/work/app/api/Dockerfile');
    assert.equal(first.display, 'api/Dockerfile');
    assert.equal(first.stage, first.model.finalStage);
    assert.equal(dockerfileOf(api, project)!.model, first.model);
    const target = dockerfileOf(worker, project)!;
    assert.equal(target.model, first.model);
    assert.equal(target.stage, first.model.stages[0]);
    // Inline Dockerfiles share the Compose file's path but not their text.
    const a = dockerfileOf(inline, project)!;
    const b = dockerfileOf(other, project)!;
    assert.notEqual(a.model, b.model);
    assert.equal(a.model.text, 'FROM alpine:3.20\nUSER app\n');
    assert.equal(b.model.text, 'FROM alpine:3.20\n');
    assert.equal(dockerfileOf(inline, project)!.model, a.model);

    files.set('/work/app/api/Dockerfile', 'FROM node:22\n');
    const changed = dockerfileOf(api, project)!;
    assert.notEqual(changed.model, first.model);
    assert.equal(changed.model.text, 'FROM node:22\n');
    assert.equal(dockerfileOf(worker, project), undefined, 'no stage named base any more');
  });

  it('is parsed again for another Compose model', () => {
    const [api1] = services(compose);
    const [api2] = services(compose);
    assert.notEqual(dockerfileOf(api1, project)!.model, dockerfileOf(api2, project)!.model);
  });
});
