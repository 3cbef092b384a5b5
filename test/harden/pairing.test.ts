/**
 * The runtime harden proposes for each builder: the language version and C
 * library must be the builder's (Java: a runtime for the JDK's release), for
 * the default runtime (distroless) and the others asked for. Each expected
 * image is written out, reviewed against the tables in
 * server/src/knowledge/runtime-versions.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { initEngine } from '../../server/src/engine/init.js';
import { analyze } from '../../server/src/engine/analyze.js';
import { planHarden, type HardenPlan } from '../../server/src/harden/plan.js';
import { defaultDockerignore } from '../../server/src/harden/dockerignore.js';
import { ignoreMatcher } from '../../server/src/model/context.js';
import type { RuntimeFlavour } from '../../server/src/harden/runtimes.js';
import type { ProjectView } from '../../server/src/rules/types.js';

function plan(text: string, runtime?: RuntimeFlavour, files: Record<string, string> = {}): HardenPlan {
  const project: ProjectView = {
    readFile: (p) => files[p.replace('/svc/', '')],
    exists: (p) => p.replace('/svc/', '') in files,
    listDir: (p) => (p === '/svc' ? Object.keys(files) : undefined),
  };
  const result = planHarden({ path: '/svc/Dockerfile', text }, project, {}, runtime ? { runtime } : {});
  assert.ok(result.ok, result.ok ? '' : result.reason);
  return result;
}

/** The image of the runtime stage (the last FROM). */
function runtimeOf(p: HardenPlan): string {
  return [...p.text.matchAll(/^FROM (\S+)/gm)].at(-1)![1];
}

const PY = (tag: string) => `FROM python:${tag}\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nCMD ["python", "app.py"]\n`;

describe('harden pairs the runtime with the builder', () => {
  it('Python 3.9–3.14 × slim, alpine, bookworm, bullseye: same minor, same libc, distroless only where its Python and Debian fit', async () => {
    await initEngine();
    const expected: Record<string, string> = {
      '3.9-slim': 'python:3.9-slim', '3.9-alpine': 'python:3.9-alpine', '3.9-bookworm': 'python:3.9-slim-bookworm', '3.9-bullseye': 'python:3.9-slim-bullseye',
      '3.10-slim': 'python:3.10-slim', '3.10-alpine': 'python:3.10-alpine', '3.10-bookworm': 'python:3.10-slim-bookworm', '3.10-bullseye': 'python:3.10-slim-bullseye',
      '3.11-slim': 'python:3.11-slim', '3.11-alpine': 'python:3.11-alpine',
      '3.11-bookworm': 'gcr.io/distroless/python3-debian12:nonroot', '3.11-bullseye': 'gcr.io/distroless/python3-debian12:nonroot',
      '3.12-slim': 'python:3.12-slim', '3.12-alpine': 'python:3.12-alpine', '3.12-bookworm': 'python:3.12-slim-bookworm', '3.12-bullseye': 'python:3.12-slim-bullseye',
      '3.13-slim': 'gcr.io/distroless/python3-debian13:nonroot', '3.13-alpine': 'python:3.13-alpine',
      '3.13-bookworm': 'gcr.io/distroless/python3-debian13:nonroot', '3.13-bullseye': 'gcr.io/distroless/python3-debian13:nonroot',
      '3.14-slim': 'python:3.14-slim', '3.14-alpine': 'python:3.14-alpine', '3.14-bookworm': 'python:3.14-slim-bookworm', '3.14-bullseye': 'python:3.14-slim-bullseye',
    };
    const actual: Record<string, string> = {};
    for (const v of ['3.9', '3.10', '3.11', '3.12', '3.13', '3.14']) {
      for (const variant of ['slim', 'alpine', 'bookworm', 'bullseye']) {
        const p = plan(PY(`${v}-${variant}`));
        actual[`${v}-${variant}`] = runtimeOf(p);
        // The header says which Python runs it, and the packages are found where the builder put them.
        assert.match(p.text, new RegExp(`^# Runtime: .*\\(same Python ${v.replace('.', '\\.')} as the builder${variant === 'alpine' ? ', musl' : ''}\\)\\.$`, 'm'));
        if (runtimeOf(p).startsWith('gcr.io/')) {
          assert.match(p.text, new RegExp(`^ENV .*PYTHONPATH=/opt/venv/lib/python${v}/site-packages$`, 'm'));
          assert.match(p.text, /^ENTRYPOINT \["\/usr\/bin\/python3", "app\.py"\]$/m);
          assert.doesNotMatch(p.text, /^USER /m);
        } else {
          assert.match(p.text, /^ENV .*VIRTUAL_ENV=\/opt\/venv PATH="\/opt\/venv\/bin:\$PATH"$/m);
          assert.match(p.text, /^USER 10001:10001\nENTRYPOINT \["python", "app\.py"\]$/m);
          assert.equal(p.caveats.filter((c) => !c.check).length, 1, `${v}-${variant}: the plan says why it is not distroless`);
        }
      }
    }
    assert.deepEqual(actual, expected);
  });

  it('Python on another requested runtime keeps the same minor and libc', async () => {
    await initEngine();
    assert.equal(runtimeOf(plan(PY('3.12-slim'), 'alpine')), 'python:3.12-slim');
    assert.equal(runtimeOf(plan(PY('3.12-alpine'), 'slim')), 'python:3.12-alpine');
    assert.equal(runtimeOf(plan(PY('3.14-slim'), 'chainguard')), 'cgr.dev/chainguard/python:latest');
    assert.deepEqual(plan(PY('3.14-slim'), 'chainguard').caveats, [{ text: '`latest` follows the newest Python release (3.14 on 2026-11-28); pin it by digest so a new release does not change the runtime under the build.', check: true }]);
    assert.equal(runtimeOf(plan(PY('3.12-alpine3.20'))), 'python:3.12-alpine3.20');
  });

  it('Java 11/17/21/24/25: a runtime of the JDK\'s release, never an older one', async () => {
    await initEngine();
    const mvn = (jdk: string, extra = '') => `FROM maven:3.9-eclipse-temurin-${jdk}\nWORKDIR /build\nCOPY . .\nRUN mvn -B package${extra}\nCMD ["java", "-jar", "target/app.jar"]\n`;
    const actual = Object.fromEntries(['11', '17', '21', '24', '25'].map((v) => [v, runtimeOf(plan(mvn(v)))]));
    assert.deepEqual(actual, {
      11: 'eclipse-temurin:11-jre',
      17: 'gcr.io/distroless/java17-debian12:nonroot',
      21: 'gcr.io/distroless/java21-debian12:nonroot',
      24: 'eclipse-temurin:24-jre',
      25: 'gcr.io/distroless/java25-debian13:nonroot',
    });
    // The case: a JDK 24 build never lands on Java 21 — unless it targets 21.
    const targeted = plan(mvn('24', ' -Dmaven.compiler.release=21'));
    assert.equal(runtimeOf(targeted), 'gcr.io/distroless/java21-debian12:nonroot');
    assert.match(targeted.text, /^# Runtime: .*\(Java 21 for JDK 24 --release 21\)\.$/m);
    assert.deepEqual(targeted.caveats, [{ text: 'The build targets Java 21 (--release 21) with JDK 24; the runtime is Java 21.', check: false }]);
    // A release target read from pom.xml; a toolchain newer than the image's JDK raises the runtime.
    assert.equal(runtimeOf(plan(mvn('24'), undefined, { 'pom.xml': '<project><properties><maven.compiler.release>17</maven.compiler.release></properties></project>' })), 'gcr.io/distroless/java17-debian12:nonroot');
    const gradle = 'FROM gradle:8-jdk17\nWORKDIR /home/gradle/project\nCOPY . .\nRUN gradle bootJar\nENTRYPOINT ["java", "-jar", "build/libs/app.jar"]\n';
    assert.equal(runtimeOf(plan(gradle, undefined, { 'build.gradle.kts': 'java { toolchain { languageVersion = JavaLanguageVersion.of(21) } }' })), 'gcr.io/distroless/java21-debian12:nonroot');
    assert.equal(runtimeOf(plan(mvn('21'), 'alpine')), 'eclipse-temurin:21-jre-alpine');
  });

  it('Node.js 18/20/22/24: the same major', async () => {
    await initEngine();
    const node = (tag: string) => `FROM node:${tag}\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "server.js"]\n`;
    const actual = Object.fromEntries(['18', '20', '22', '24', '22-bookworm', '22-alpine', '20-bookworm'].map((v) => [v, runtimeOf(plan(node(v)))]));
    assert.deepEqual(actual, {
      18: 'node:18-slim',
      20: 'node:20-slim',
      22: 'gcr.io/distroless/nodejs22-debian13:nonroot',
      24: 'gcr.io/distroless/nodejs24-debian13:nonroot',
      '22-bookworm': 'gcr.io/distroless/nodejs22-debian12:nonroot',
      '22-alpine': 'node:22-alpine',
      '20-bookworm': 'node:20-bookworm-slim',
    });
    const eol = plan(node('18'));
    assert.match(eol.text, /^USER 1000\nENTRYPOINT \["node", "server\.js"\]$/m);
    assert.deepEqual(eol.caveats.map((c) => c.text), [
      'node:18-slim instead of a distroless image: distroless ships Node.js 22 and 24, not 18.',
      'Node.js 18 reached end of life on 2025-04-30; plan the move to Node.js 24.',
    ]);
  });

  it('.NET 8/9: the ASP.NET runtime of the SDK\'s major, musl kept on Alpine', async () => {
    await initEngine();
    const dotnet = (tag: string) => `FROM mcr.microsoft.com/dotnet/sdk:${tag}\nWORKDIR /src\nCOPY . .\nRUN dotnet publish -c Release -o /app\nENTRYPOINT ["dotnet", "/app/Api.dll"]\n`;
    const actual = Object.fromEntries(['8.0', '9.0', '8.0-alpine'].map((v) => [v, runtimeOf(plan(dotnet(v)))]));
    assert.deepEqual(actual, {
      '8.0': 'mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled',
      '9.0': 'mcr.microsoft.com/dotnet/aspnet:9.0-noble-chiseled',
      '8.0-alpine': 'mcr.microsoft.com/dotnet/aspnet:8.0-alpine',
    });
    assert.doesNotMatch(plan(dotnet('9.0')).text, /^USER /m);
    assert.match(plan(dotnet('8.0-alpine')).text, /^USER \$APP_UID$/m);
  });

  it('Go and Rust: static binaries on a static image, dynamic ones on the builder\'s libc', async () => {
    await initEngine();
    const go = (tag: string, run: string) => `FROM golang:${tag}\nWORKDIR /src\nCOPY . .\nRUN ${run}\nENTRYPOINT ["/out/app"]\n`;
    const rust = (tag: string, run = 'cargo build --release') => `FROM rust:${tag}\nWORKDIR /src\nCOPY . .\nRUN ${run}\nCMD ["./target/release/app"]\n`;
    assert.deepEqual({
      goStatic: runtimeOf(plan(go('1.25', 'CGO_ENABLED=0 go build -o /out/app .'))),
      goCgo: runtimeOf(plan(go('1.25', 'go build -o /out/app .'))),
      goCgoBookworm: runtimeOf(plan(go('1.25-bookworm', 'go build -o /out/app .'))),
      goAlpine: runtimeOf(plan(go('1.25-alpine', 'go build -o /out/app .'))),
      goAlpineCgo: runtimeOf(plan(go('1.25-alpine', 'apk add --no-cache build-base && go build -o /out/app .'))),
      rust: runtimeOf(plan(rust('1.85'))),
      rustBookworm: runtimeOf(plan(rust('1.85-bookworm'))),
      rustMusl: runtimeOf(plan(rust('1.85', 'cargo build --release --target x86_64-unknown-linux-musl'))),
      rustAlpine: runtimeOf(plan(rust('1.85-alpine'))),
      goScratch: runtimeOf(plan(go('1.25', 'CGO_ENABLED=0 go build -o /out/app .'), 'scratch')),
      goCgoScratch: runtimeOf(plan(go('1.25', 'go build -o /out/app .'), 'scratch')),
    }, {
      goStatic: 'gcr.io/distroless/static-debian12:nonroot',
      goCgo: 'gcr.io/distroless/base-debian13:nonroot',
      goCgoBookworm: 'gcr.io/distroless/base-debian12:nonroot',
      goAlpine: 'gcr.io/distroless/static-debian12:nonroot',
      goAlpineCgo: 'alpine:3.23',
      rust: 'gcr.io/distroless/cc-debian13:nonroot',
      rustBookworm: 'gcr.io/distroless/cc-debian12:nonroot',
      rustMusl: 'gcr.io/distroless/static-debian12:nonroot',
      rustAlpine: 'gcr.io/distroless/static-debian12:nonroot',
      goScratch: 'scratch',
      goCgoScratch: 'debian:trixie-slim',
    });
    const scratch = plan(go('1.25', 'CGO_ENABLED=0 go build -o /out/app .'), 'scratch');
    assert.match(scratch.text, /^# shipshape-check: Scratch has no CA certificates and no time zone data: /m);
    assert.ok(scratch.caveats.some((c) => c.check && /CA certificates/.test(c.text)));
  });
});

describe('harden copies what the application needs at run time', () => {
  it('installs the native libraries compiled packages load, on a runtime that keeps its package manager', async () => {
    await initEngine();
    const p = plan(PY('3.13-slim'), undefined, { 'requirements.txt': 'flask==3.0\npsycopg2==2.9.9\nnumpy\n' });
    assert.equal(runtimeOf(p), 'python:3.13-slim');
    assert.match(p.text, /^RUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf \/var\/lib\/apt\/lists\/\*$/m);
    assert.deepEqual(p.caveats, [{ text: 'python:3.13-slim instead of a distroless image: the application needs libpq5 from the distribution at run time, and distroless images have no package manager to install it.', check: false }]);
    // The binary wheel bundles libpq: distroless fits.
    assert.equal(runtimeOf(plan(PY('3.13-slim'), undefined, { 'requirements.txt': 'psycopg2-binary==2.9.9\n' })), 'gcr.io/distroless/python3-debian13:nonroot');
    const alpine = plan(`FROM python:3.12-alpine\nWORKDIR /app\nRUN apk add --no-cache postgresql-dev gcc musl-dev\nCOPY . .\nRUN pip install -r requirements.txt\nCMD ["python", "app.py"]\n`);
    assert.match(alpine.text, /^RUN apk add --no-cache libpq$/m);
  });

  it('copies a config file the command names, and says when the build does not create it', async () => {
    await initEngine();
    const copied = plan('FROM golang:1.25\nWORKDIR /src\nCOPY . .\nCOPY deploy/config.yaml /etc/app/config.yaml\nRUN CGO_ENABLED=0 go build -o /out/app .\nENTRYPOINT ["/out/app", "--config=/etc/app/config.yaml"]\n');
    assert.match(copied.text, /^COPY --from=build \/out\/app \/out\/app\nCOPY --from=build \/etc\/app\/config\.yaml \/etc\/app\/config\.yaml$/m);
    const mounted = plan('FROM golang:1.25\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\nENTRYPOINT ["/out/app", "--config", "/run/secrets/app.yaml"]\n');
    assert.deepEqual(mounted.caveats, [{ text: 'The start command reads /run/secrets/app.yaml, which the build does not create: mount it at run time or copy it into the runtime stage.', check: true }]);
    assert.match(mounted.text, /^# shipshape-check: The start command reads \/run\/secrets\/app\.yaml, which the build does not create: mount it at$/m);
    assert.match(mounted.summary, /Check this before applying: The start command reads \/run\/secrets\/app\.yaml/);
  });

  it('flags a locale the runtime does not have', async () => {
    await initEngine();
    const p = plan('FROM python:3.13-slim\nENV LANG=de_DE.UTF-8\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nCMD ["python", "app.py"]\n');
    assert.deepEqual(p.caveats, [{ text: 'LANG=de_DE.UTF-8 names a locale gcr.io/distroless/python3-debian13:nonroot does not have (it has C.UTF-8 only); use C.UTF-8 or generate the locale in the runtime.', check: true }]);
  });
});

describe('harden writes the .dockerignore where the build reads it', () => {
  const NODE = 'FROM node:22-bookworm\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "server.js"]\n';
  /** A project of files under /repo, paths relative to it. */
  function project(files: Record<string, string>): ProjectView {
    const abs = Object.fromEntries(Object.entries(files).map(([k, v]) => [`/repo/${k}`, v]));
    return {
      readFile: (p) => abs[p],
      exists: (p) => p in abs || Object.keys(abs).some((k) => k.startsWith(`${p}/`)),
      listDir: (p) => {
        const names = new Set(Object.keys(abs).filter((k) => k.startsWith(`${p}/`)).map((k) => k.slice(p.length + 1).split('/')[0]));
        return names.size ? [...names] : undefined;
      },
    };
  }
  const created = (path: string, files: Record<string, string>) => {
    const p = planHarden({ path, text: files[path.slice('/repo/'.length)] }, project(files));
    assert.ok(p.ok);
    return { paths: p.createFiles.map((f) => f.path), changes: p.changes.filter((c) => c.title.startsWith('Create')), content: p.createFiles[0]?.content };
  };

  it('beside a Dockerfile whose Compose build.context is another folder, for that Dockerfile only', async () => {
    await initEngine();
    const r = created('/repo/docker/Dockerfile', { 'docker/Dockerfile': NODE, 'compose.yaml': 'services:\n  api:\n    build:\n      context: .\n      dockerfile: docker/Dockerfile\n' });
    assert.deepEqual(r.paths, ['/repo/docker/Dockerfile.dockerignore']);
    assert.deepEqual(r.changes, [{ title: 'Create Dockerfile.dockerignore', detail: 'Keeps .git, .env files, keys and local build output out of Dockerfile.dockerignore beside the Dockerfile, which BuildKit reads for this Dockerfile (its build context is .., from compose.yaml), so `COPY . .` cannot leak them into a layer.' }]);
  });

  it('nowhere when the context already has one', async () => {
    await initEngine();
    assert.deepEqual(created('/repo/docker/Dockerfile', { 'docker/Dockerfile': NODE, '.dockerignore': '.git\n', 'compose.yaml': 'services:\n  api:\n    build:\n      context: .\n      dockerfile: docker/Dockerfile\n' }).paths, []);
    assert.deepEqual(created('/repo/Dockerfile', { Dockerfile: NODE, 'Dockerfile.dockerignore': '.git\n' }).paths, []);
  });

  it('from a workflow that builds the Dockerfile with another context', async () => {
    await initEngine();
    const wf = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          file: services/api/Dockerfile\n';
    assert.deepEqual(created('/repo/services/api/Dockerfile', { 'services/api/Dockerfile': NODE, '.github/workflows/ci.yml': wf }).paths, ['/repo/services/api/Dockerfile.dockerignore']);
    const run = 'jobs:\n  b:\n    steps:\n      - run: docker build -t api -f services/api/Dockerfile .\n';
    assert.deepEqual(created('/repo/services/api/Dockerfile', { 'services/api/Dockerfile': NODE, '.github/workflows/ci.yml': run, '.dockerignore': '.git\n' }).paths, []);
  });

  const amended = (path: string, files: Record<string, string>) => {
    const p = planHarden({ path, text: files[path.slice('/repo/'.length)] }, project(files));
    assert.ok(p.ok);
    return { created: p.createFiles.map((f) => f.path), amend: p.amendFiles, change: p.changes.find((c) => c.title.startsWith('Add ')), summary: p.summary };
  };

  it('amends the .dockerignore the build reads: its lines and ! exceptions stay byte-identical, and Shipshape\'s own rules find nothing in it', async () => {
    await initEngine();
    const own = '.git\n!.git/HEAD\n**/*.pem\n!certs/ca.pem\nnode_modules';
    const r = amended('/repo/Dockerfile', { Dockerfile: NODE, '.dockerignore': own });
    assert.deepEqual(r.created, []);
    assert.deepEqual(r.amend.map((a) => [a.path, a.original]), [['/repo/.dockerignore', own]]);
    const text = r.amend[0].original + r.amend[0].append;
    assert.ok(text.startsWith(`${own}\n`));
    assert.deepEqual(r.change, { title: 'Add 12 lines to .dockerignore', detail: 'The build reads .dockerignore; appended .env, .env.*, **/*.key, **/id_rsa*, **/credentials* and 7 more, so `COPY . .` cannot leak them into a layer. Its own lines and `!` exceptions stay as they are.' });
    assert.match(r.summary, /^\d+ changes to Dockerfile and lines added to \.dockerignore /);
    const m = ignoreMatcher(text);
    assert.deepEqual([m.excludes('.git/HEAD'), m.excludes('certs/ca.pem'), m.excludes('.git/config'), m.excludes('.env'), m.excludes('id_rsa')], [false, false, true, true, true]);
    const findingsOf = (t: string) => analyze({ path: '/repo/.dockerignore', text: t }, project({ Dockerfile: NODE, '.dockerignore': t })).findings.map((f) => `${f.ruleId}:${f.range.start.line}: ${f.message}`);
    assert.equal(findingsOf(own).length, 1);
    assert.deepEqual(findingsOf(text), []);
  });

  it('amends the one of the context a Compose file or workflow builds from, or BuildKit\'s <name>.dockerignore, and nothing when it lacks nothing', async () => {
    await initEngine();
    const compose = 'services:\n  api:\n    build:\n      context: .\n      dockerfile: docker/Dockerfile\n';
    const viaCompose = amended('/repo/docker/Dockerfile', { 'docker/Dockerfile': NODE, '.dockerignore': 'node_modules\n', 'compose.yaml': compose });
    assert.deepEqual(viaCompose.amend.map((a) => a.path), ['/repo/.dockerignore']);
    assert.equal(viaCompose.change?.title, 'Add 14 lines to ../.dockerignore');
    assert.match(viaCompose.change?.detail ?? '', /^The build reads \.\.\/\.dockerignore \(its context comes from compose\.yaml\); appended \.git, /);
    const own = amended('/repo/Dockerfile', { Dockerfile: NODE, '.dockerignore': '.git\n', 'Dockerfile.dockerignore': '.env\n' });
    assert.deepEqual(own.amend.map((a) => a.path), ['/repo/Dockerfile.dockerignore']);
    const full = `node_modules\n${defaultDockerignore('node')}`;
    assert.deepEqual(amended('/repo/Dockerfile', { Dockerfile: NODE, '.dockerignore': full }).amend, []);
    // An allowlist file (`*` then exceptions) already keeps everything else out.
    assert.deepEqual(amended('/repo/Dockerfile', { Dockerfile: NODE, '.dockerignore': '*\n!src\n!package*.json\n!server.js\n' }).amend, []);
  });

  it('.dockerignore for a plain Dockerfile in its context, <name>.dockerignore for another name', async () => {
    await initEngine();
    assert.deepEqual(created('/repo/Dockerfile', { Dockerfile: NODE }).paths, ['/repo/.dockerignore']);
    assert.deepEqual(created('/repo/api.Dockerfile', { 'api.Dockerfile': NODE }).paths, ['/repo/api.Dockerfile.dockerignore']);
  });

  it('never excludes what the Dockerfile copies, and Shipshape\'s own rules find nothing in it', async () => {
    await initEngine();
    const prebuilt = 'FROM node:22-bookworm\nWORKDIR /app\nCOPY package.json ./\nCOPY dist/ ./dist/\nRUN npm ci --omit=dev\nCMD ["node", "dist/server.js"]\n';
    const r = created('/repo/Dockerfile', { Dockerfile: prebuilt });
    assert.doesNotMatch(r.content!, /^dist$/m);
    assert.match(r.content!, /^node_modules$/m);
    const findings = analyze({ path: '/repo/.dockerignore', text: r.content! }, project({ Dockerfile: prebuilt, '.dockerignore': r.content! })).findings;
    assert.deepEqual(findings.map((f) => `${f.ruleId}: ${f.message}`), []);
  });
});

describe('harden says what it keeps, in words that match the file', () => {
  it('keeps the exact release a tag names, and declines a version it cannot pair', async () => {
    await initEngine();
    assert.equal(runtimeOf(plan(PY('3.9.2-alpine'))), 'python:3.9.2-alpine');
    assert.equal(runtimeOf(plan('FROM node:8.9-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "server.js"]\n')), 'node:8.9-slim');
    const floating = plan(PY('3-slim'));
    assert.deepEqual(floating.changes[0], { title: 'Kept a single stage', note: true, detail: 'The builder tag `python:3-slim` does not say which Python it has, so Shipshape cannot pick a runtime with the same interpreter. Name the version (e.g. python:3.13-slim) and harden again.' });
    assert.match(plan(PY('2.7-slim')).changes[0].detail, /^Python 2\.7 has no venv module/);
  });

  it('a Go build on an Ubuntu newer than any distroless image stays on its own distribution', async () => {
    await initEngine();
    const p = plan('FROM ubuntu:26.04\nWORKDIR /src\nCOPY . .\nRUN apt-get update && apt-get install -y golang && go build -o /out/app .\nENTRYPOINT ["/out/app"]\n');
    assert.equal(runtimeOf(p), 'ubuntu:26.04');
    assert.deepEqual(p.caveats.map((c) => c.text), ['ubuntu:26.04 instead of a distroless image: the builder\'s C library (ubuntu:26.04) is newer than any distroless image\'s.']);
    assert.equal(runtimeOf(plan('FROM ubuntu:24.04\nWORKDIR /src\nCOPY . .\nRUN apt-get update && apt-get install -y golang && go build -o /out/app .\nENTRYPOINT ["/out/app"]\n')), 'gcr.io/distroless/base-debian13:nonroot');
  });

  it('moves a JRE runtime stage onto distroless, and says "final stage" for a multi-stage file it keeps', async () => {
    await initEngine();
    const jre = 'FROM maven:3.9-eclipse-temurin-17 AS build\nWORKDIR /src\nCOPY . .\nRUN mvn package\n\nFROM eclipse-temurin:17-jre\nCOPY --from=build /src/target/app.jar /app.jar\nCMD ["java", "-jar", "/app.jar"]\n';
    assert.equal(runtimeOf(plan(jre)), 'gcr.io/distroless/java17-debian12:nonroot');
    const kept = plan('FROM python:3.12 AS build\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\n\nFROM python:3.12-slim\nWORKDIR /app\nCOPY --from=build /app /app\nCMD ["python", "app.py"]\n');
    assert.equal(kept.changes[0].title, 'Kept the final stage\'s image');
    assert.match(kept.changes[0].detail, /^The stage already runs on python:3\.12-slim, the smallest image that runs this build \(distroless Python is 3\.11/);
    assert.ok(!kept.changes.some((c) => c.title === 'Kept a single stage'));
  });
});
