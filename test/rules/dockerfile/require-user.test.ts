import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';
import { facts, projectWithImages } from '../../helpers/images.js';

const ID = 'require-user';

describe(ID, () => {
  it('flags a final stage without USER on a root image', () => {
    expectFindings(ID, `FROM python:3.12-slim
^^^^^^^^^^^^^^^^^^^^^ require-user "The final stage sets no USER, so it runs as root (the default of 'python:3.12-slim'); add a USER with an unprivileged user"
COPY . /app
CMD ["python", "/app/main.py"]`);
  });

  it('treats scratch as root and distroless without :nonroot as root', () => {
    expectFindings(ID, `FROM golang:1.26 AS build
RUN go build -o /app .
FROM scratch
^^^^^^^^^^^^ require-user "The final stage sets no USER, so it runs as root (the default of scratch); add a USER with an unprivileged user"
COPY --from=build /app /app
ENTRYPOINT ["/app"]`);
    expectFindings(ID, `FROM gcr.io/distroless/static-debian12
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ require-user "The final stage sets no USER and its base image 'gcr.io/distroless/static-debian12' runs as root; add a USER with an unprivileged user"
COPY app /app`);
  });

  it('stays quiet on images that run unprivileged by default', () => {
    expectClean(ID, 'FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app');
    expectClean(ID, 'FROM cgr.dev/chainguard/python:latest\nCOPY app /app');
    expectClean(ID, 'FROM bitnami/nginx:1.27\nCOPY site /app');
    expectClean(ID, 'FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled\nCOPY out /app');
    expectClean(ID, 'FROM grafana/grafana:12.1.0\nCOPY dashboards /etc/grafana/dashboards');
    expectClean(ID, 'FROM prom/prometheus:v3.5.0\nCOPY prometheus.yml /etc/prometheus/');
    expectClean(ID, 'FROM quay.io/prometheus/node-exporter:v1.9.1');
    expectClean(ID, 'FROM docker.elastic.co/elasticsearch/elasticsearch:9.1.0');
    expectClean(ID, 'FROM nginxinc/nginx-unprivileged:1.29-alpine\nCOPY site /usr/share/nginx/html');
    expectClean(ID, 'FROM ghcr.io/acme/httpd-unprivileged:2.4');
  });

  it('lowers to a hint, saying why, for images that never ship: artefact-only scratch stages, dev and CI tool images', () => {
    const [artefact] = expectFindings(ID, `FROM golang:1.26 AS build
RUN go build -o /out/app .
FROM scratch
^^^^^^^^^^^^ require-user "The final stage sets no USER, so it runs as root (the default of scratch); add a USER with an unprivileged user (a lesser risk: its final stage is a scratch stage that only collects build artefacts (no CMD or ENTRYPOINT))"
COPY --from=build /out /`);
    assert.equal(artefact.severity, 'hint');
    const [lint] = expectFindings(ID, `FROM golangci/golangci-lint:v2.8.0
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ require-user "The final stage sets no USER: unless 'golangci/golangci-lint:v2.8.0' sets a USER of its own, it runs as root; add a USER with an unprivileged user (a lesser risk: lint.Dockerfile builds a lint image, not a production runtime)"
RUN golangci-lint run`, { path: '/repo/hack/dockerfiles/lint.Dockerfile' });
    assert.equal(lint.severity, 'hint');
    const [dev] = findingsOf(ID, 'FROM node:24\nCMD ["npm", "run", "dev"]', { path: '/repo/test/container/Dockerfile' });
    assert.equal(dev.severity, 'hint');
    assert.match(dev.message, /a lesser risk: it sits under test\/, where images for development and CI live/);
    const [app] = findingsOf(ID, 'FROM node:24\nCMD ["node", "server.js"]', { path: '/repo/services/api/Dockerfile' });
    assert.equal(app.severity, 'warning');
  });

  it('says honestly that an image it knows nothing about may set its own user', () => {
    expectFindings(ID, `FROM ghcr.io/acme/toolbox:1.2
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ require-user "The final stage sets no USER: unless 'ghcr.io/acme/toolbox:1.2' sets a USER of its own, it runs as root; add a USER with an unprivileged user"
COPY app /app`);
    expectFindings(ID, `FROM python:3.14-slim
^^^^^^^^^^^^^^^^^^^^^ require-user "The final stage sets no USER, so it runs as root (the default of 'python:3.14-slim'); add a USER with an unprivileged user"
COPY app /app`);
  });

  it('judges only the final stage and follows FROM <stage>', () => {
    expectClean(ID, `FROM debian:12 AS base
USER 10001
FROM base
CMD ["sh"]`);
    expectClean(ID, `FROM debian:12 AS build
RUN make
FROM debian:12
USER 10001
COPY --from=build /out /out`);
  });

  it('leaves USER root to no-root-user, and unknown images alone', () => {
    expectClean(ID, 'FROM debian:12\nUSER root');
    expectClean(ID, 'ARG BASE\nFROM ${BASE}\nCMD ["app"]');
  });

  it('resolves the base image from an ARG default', () => {
    expectFindings(ID, `ARG BASE=debian:12
FROM \${BASE}
^^^^^^^^^^^^ require-user`);
    expectClean(ID, 'ARG BASE=gcr.io/distroless/base-debian12:nonroot\nFROM ${BASE}');
  });

  it('does not judge Windows images', () => {
    expectClean(ID, 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCMD ["cmd"]');
    expectClean(ID, 'FROM mcr.microsoft.com/dotnet/aspnet:8.0\nSHELL ["powershell", "-Command"]\nCMD ["dotnet", "app.dll"]');
  });

  it('inserts a user before CMD, fitted to the image', () => {
    const before = `FROM node:24-bookworm-slim
WORKDIR /app
COPY . .
CMD ["node", "server.js"]
`;
    assert.deepEqual(fixTitles(ID, before), ["Run as the image's node user", 'Create an unprivileged user and run as it', 'Run as UID 65532 (no user entry needed)']);
    assert.equal(applyFix(ID, before), `FROM node:24-bookworm-slim
WORKDIR /app
COPY . .
USER node
CMD ["node", "server.js"]
`);
    assert.equal(applyFix(ID, 'FROM scratch\nCOPY app /app\n'), 'FROM scratch\nCOPY app /app\nUSER 65532:65532\n');
  });
});

describe(`${ID}: files ending inside a continued instruction`, () => {
  it('offers no fix that the dangling continuation would swallow', () => {
    assert.deepEqual(fixTitles(ID, 'FROM alpine:3.23\n\nRUN something \\'), []);
    assert.deepEqual(fixTitles(ID, '# escape=`\nFROM alpine:3.23\nRUN something `'), []);
    assert.deepEqual(fixTitles(ID, 'FROM alpine:3.23\nENV a=1 \\\n\tb=2 \\\n'), []);
  });
  it('judges by the base image\'s registry config when registry resolution knows it', () => {
    const project = projectWithImages({
      'acme/app-base:2.3': facts({ user: 'app' }),
      'gcr.io/distroless/static-debian12:nonroot': facts({ user: '' }),
      'python:3.12|linux/arm64': facts({ user: '0:0' }),
    });
    // A vendor base that sets its own USER: no false positive.
    expectClean(ID, 'FROM acme/app-base:2.3\nCMD ["app"]', { project });
    // A base that offline knowledge calls non-root but whose config runs as root: no false negative.
    expectFindings(ID, `FROM gcr.io/distroless/static-debian12:nonroot
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ require-user "The final stage sets no USER and its base image 'gcr.io/distroless/static-debian12:nonroot' runs as root (its registry config sets no USER); add a USER with an unprivileged user"`, { project });
    expectFindings(ID, `FROM --platform=linux/arm64 python:3.12 AS base
FROM base
^^^^^^^^^ require-user "The final stage sets no USER and its base image 'base' runs as 0:0 (its registry config says USER 0:0); add a USER with an unprivileged user"`, { project });
    // Unknown to the registry: offline knowledge as before.
    expectClean(ID, 'FROM gcr.io/distroless/python3-debian12:nonroot', { project });
  });
});
