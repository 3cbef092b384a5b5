import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'prefer-minimal-runtime';

describe(ID, () => {
  it('flags toolchain and full OS runtime images in the final stage', () => {
    expectFindings(ID, `FROM golang:1.26
#    ^^^^^^^^^^^ prefer-minimal-runtime "The final stage runs on 'golang:1.26', a build toolchain image with a shell, package manager and tools the application does not need at run time; copy the artefact into a minimal runtime such as gcr.io/distroless/base-debian13:nonroot"
RUN go build -o /app .
ENTRYPOINT ["/app"]`);
    expectFindings(ID, `FROM python:3.13-slim
#    ^^^^^^^^^^^^^^^^ prefer-minimal-runtime "The final stage runs on 'python:3.13-slim', a full OS image with a shell, package manager and tools the application does not need at run time; copy the artefact into a minimal runtime such as gcr.io/distroless/python3-debian13:nonroot"
RUN pip install flask
CMD ["python", "app.py"]`);
  });

  it('follows FROM <stage> and ARG defaults', () => {
    expectFindings(ID, `ARG NODE=node:22-bookworm
FROM \${NODE} AS base
FROM base
#    ^^^^ prefer-minimal-runtime
CMD ["node", "server.js"]`);
  });

  it('judges plain distributions only when the ecosystem is visible', () => {
    expectFindings(ID, `FROM debian:13
#    ^^^^^^^^^ prefer-minimal-runtime
RUN apt-get update && apt-get install -y python3-pip && pip3 install flask
CMD ["python3", "app.py"]`);
    expectClean(ID, 'FROM debian:13\nRUN apt-get update && apt-get install -y nginx\nCMD ["nginx"]');
  });

  it('judges only images that start an application', () => {
    expectClean(ID, 'FROM python:3.13-slim\nRUN pip install flask');
    expectClean(ID, 'FROM eclipse-temurin:21-jdk\nCOPY tomcat /usr/local/tomcat\nCMD ["catalina.sh", "run"]');
    expectClean(ID, 'FROM node:24\nENTRYPOINT ["docker-entrypoint.sh"]');
    expectFindings(ID, `FROM golang:1.26
#    ^^^^^^^^^^^ prefer-minimal-runtime
ENTRYPOINT ["/entrypoint.sh"]`);
  });

  it('stays quiet on minimal images, builders, unknown images and Windows', () => {
    expectClean(ID, `FROM golang:1.26 AS build
RUN go build -o /app .
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /app /app`);
    expectClean(ID, 'FROM node:24-alpine\nCMD ["node", "server.js"]');
    expectClean(ID, 'FROM cgr.dev/chainguard/python:latest');
    expectClean(ID, 'FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled');
    expectClean(ID, 'ARG BASE\nFROM $BASE');
    expectClean(ID, 'FROM mcr.microsoft.com/dotnet/sdk:10.0-windowsservercore-ltsc2022\nSHELL ["powershell", "-Command"]');
  });

  it('rewrites FROM for a final stage that only copies a static Go binary', () => {
    const before = `FROM golang:1.26 AS build
RUN CGO_ENABLED=0 go build -o /out/app .
FROM golang:1.26
COPY --from=build /out/app /app
USER 65532
ENTRYPOINT ["/app"]
`;
    assert.deepEqual(fixTitles(ID, before), [
      'Switch to a distroless runtime (gcr.io/distroless/static-debian12:nonroot)',
      'Switch to a Chainguard runtime (cgr.dev/chainguard/static:latest)',
    ]);
    assert.equal(applyFix(ID, before), before.replace('FROM golang:1.26\n', 'FROM gcr.io/distroless/static-debian12:nonroot\n'));
    assert.ok(applyFix(ID, before.replace('CGO_ENABLED=0 ', '')).includes('FROM gcr.io/distroless/base-debian13:nonroot\n'));
    assert.ok(applyFix(ID, before.replace(/CGO_ENABLED=0 /, '').replace('FROM golang:1.26\n', 'FROM golang:1.26-bookworm\n')).includes('FROM gcr.io/distroless/base-debian12:nonroot\n'));
  });

  it('proposes only a runtime with the same language version, and says when none fits', () => {
    expectFindings(ID, `FROM python:3.12
#    ^^^^^^^^^^^ prefer-minimal-runtime "The final stage runs on 'python:3.12', a full OS image with a shell, package manager and tools the application does not need at run time; no distroless image fits (distroless Python is 3.11 (Debian 12) or 3.13 (Debian 13), not 3.12; compiled packages built for 3.12 would not load): copy the artefact into python:3.12-slim with a non-root user"
CMD ["python", "app.py"]`);
    expectFindings(ID, `FROM python:3.11-bookworm
#    ^^^^^^^^^^^^^^^^^^^^ prefer-minimal-runtime "The final stage runs on 'python:3.11-bookworm', a full OS image with a shell, package manager and tools the application does not need at run time; copy the artefact into a minimal runtime such as gcr.io/distroless/python3-debian12:nonroot"
CMD ["python", "app.py"]`);
    expectFindings(ID, `FROM eclipse-temurin:24-jdk
#    ^^^^^^^^^^^^^^^^^^^^^^ prefer-minimal-runtime "The final stage runs on 'eclipse-temurin:24-jdk', a full OS image with a shell, package manager and tools the application does not need at run time; no distroless image fits (distroless ships Java 17, 21, 25, and class files from JDK 24 need that release or newer without being tested there): copy the artefact into eclipse-temurin:24-jre with a non-root user"
CMD ["java", "-jar", "/app.jar"]`);
    expectFindings(ID, `FROM node:20-bookworm
#    ^^^^^^^^^^^^^^^^ prefer-minimal-runtime "The final stage runs on 'node:20-bookworm', a full OS image with a shell, package manager and tools the application does not need at run time; no distroless image fits (distroless ships Node.js 22 and 24, not 20): copy the artefact into node:20-bookworm-slim with a non-root user"
CMD ["node", "server.js"]`);
    // Already the slim image of a version no minimal runtime carries: nothing better fits.
    expectClean(ID, 'FROM python:3.12-slim\nCMD ["python", "app.py"]');
    expectClean(ID, 'FROM eclipse-temurin:24-jre\nCMD ["java", "-jar", "/app.jar"]');
    assert.deepEqual(fixTitles(ID, 'FROM node:20-bookworm AS deps\nRUN npm ci\nFROM node:20-bookworm\nWORKDIR /app\nCOPY --from=deps /app .\nCMD ["node", "index.js"]'), []);
  });

  it('rewrites FROM and the CMD for a Java jar', () => {
    const before = `FROM maven:3.9-eclipse-temurin-21 AS build
RUN mvn -q package
FROM eclipse-temurin:21-jre
COPY --from=build /src/target/app.jar /app.jar
CMD ["java", "-jar", "/app.jar"]
`;
    assert.equal(applyFix(ID, before), `FROM maven:3.9-eclipse-temurin-21 AS build
RUN mvn -q package
FROM gcr.io/distroless/java21-debian12:nonroot
COPY --from=build /src/target/app.jar /app.jar
CMD ["/app.jar"]
`);
    assert.deepEqual(fixTitles(ID, before.replace('21-jre', '11-jre')), []);
  });

  it('offers nothing when the final stage needs a shell or the ecosystem has no safe move', () => {
    assert.deepEqual(fixTitles(ID, 'FROM golang:1.26\nCOPY app /app\nRUN chmod +x /app\nENTRYPOINT ["/app"]'), []);
    assert.deepEqual(fixTitles(ID, 'FROM golang:1.26\nCOPY app /app\nENTRYPOINT /app'), []);
    assert.deepEqual(fixTitles(ID, 'FROM golang:1.26\nCOPY app /app\nUSER app\nENTRYPOINT ["/app"]'), []);
    assert.deepEqual(fixTitles(ID, 'FROM python:3.13-slim\nCOPY app.py /app.py\nCMD ["python", "/app.py"]'), []);
    assert.deepEqual(fixTitles(ID, 'FROM node:22-bookworm\nWORKDIR /app\nRUN apt-get update\nCMD ["node", "server.js"]'), []);
  });

  it('splits a single-stage Node.js build into builder and distroless runtime', () => {
    const before = `FROM node:22-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
EXPOSE 3000
CMD ["node", "server.js"]
`;
    assert.deepEqual(fixTitles(ID, before), ['Add a distroless runtime stage (gcr.io/distroless/nodejs22-debian12:nonroot)']);
    assert.equal(applyFix(ID, before), `FROM node:22-bookworm-slim AS build
ENV NODE_ENV=production
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
EXPOSE 3000
CMD ["node", "server.js"]

FROM gcr.io/distroless/nodejs22-debian12:nonroot
ENV NODE_ENV=production
EXPOSE 3000
WORKDIR /app
COPY --from=build /app /app
CMD ["server.js"]
`);
  });

  it('rewrites FROM and drops node from the CMD for a node stage without RUN', () => {
    const before = 'FROM node:24 AS deps\nRUN npm ci\nFROM node:24-slim\nWORKDIR /app\nCOPY --from=deps /app .\nCMD ["node", "index.js"]';
    assert.equal(applyFix(ID, before), 'FROM node:24 AS deps\nRUN npm ci\nFROM gcr.io/distroless/nodejs24-debian13:nonroot\nWORKDIR /app\nCOPY --from=deps /app .\nCMD ["index.js"]');
  });
});

describe(`${ID}: base images and development builds`, () => {
  it('stays quiet for a bare interpreter command, distroless .NET tags and development Dockerfiles', () => {
    expectClean(ID, 'FROM debian:13-slim\nRUN pip install --upgrade pip\nCMD ["python3"]');
    expectClean(ID, 'FROM mcr.microsoft.com/dotnet/runtime:10.0-azurelinux3.0-distroless\nENTRYPOINT ["dotnet", "app.dll"]');
    expectClean(ID, 'FROM python:3.13-slim\nCMD ["python", "app.py"]', { path: '/work/Dockerfile.debug' });
    expectFindings(ID, `FROM mcr.microsoft.com/dotnet/aspnet:10.0
#    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ prefer-minimal-runtime
ENTRYPOINT ["dotnet", "app.dll"]`);
    assert.equal(applyFix(ID, 'FROM mcr.microsoft.com/dotnet/aspnet:10.0\nCOPY out /app\nENTRYPOINT ["dotnet", "/app/app.dll"]'),
      'FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled\nCOPY out /app\nENTRYPOINT ["dotnet", "/app/app.dll"]');
  });
});
