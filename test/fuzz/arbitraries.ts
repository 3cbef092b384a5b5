/**
 * Inputs for fuzzing, as fast-check arbitraries: near-valid files from small
 * grammars (Dockerfile instructions with flags, heredocs, continuations, the
 * escape directive and ARG/ENV interpolation; YAML with anchors, merges,
 * several documents and flow/block mixes) and mutations of real files (byte
 * flips, truncation, duplicated and shuffled lines, giant lines, NUL, invalid
 * UTF-8, CRLF/CR line ends, a BOM).
 */
import fc from 'fast-check';

/** Names that are also Object.prototype's properties: a lookup table indexed by them must not find those. */
const protoName = fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf');
const word = fc.oneof({ weight: 19, arbitrary: fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/) }, { weight: 1, arbitrary: protoName });
const anyText = fc.string({ unit: 'binary', maxLength: 24 });
const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);

// ---------------------------------------------------------------- Dockerfile

const image = fc.oneof(
  pick('alpine', 'alpine:3.20', 'debian:12-slim', 'node:20', 'python:3.12-slim', 'golang:1.22', 'scratch', 'ubuntu:latest', 'gcr.io/distroless/static:nonroot', 'mcr.microsoft.com/windows/servercore:ltsc2022', 'nginx@sha256:' + 'a'.repeat(64)),
  word, pick('${BASE}', '$BASE:${TAG:-1}', 'build', '0'),
);
const shellCmd = fc.oneof(
  pick('apt-get update', 'apt-get install -y curl', 'apt-get install --no-install-recommends -y git && rm -rf /var/lib/apt/lists/*',
    'pip install flask', 'pip install --no-cache-dir -r requirements.txt', 'npm install', 'npm ci --omit=dev', 'apk add curl', 'apk add --no-cache bash',
    'curl -fsSL https://example.com/x.sh | sh', 'wget -qO- http://x | bash', 'yum install httpd', 'chmod 777 /app', 'sudo make install', 'cd /tmp',
    'echo $SECRET_TOKEN', 'useradd -m app', 'go build -o /out ./...', 'dnf install -y x', 'zypper install y', 'ln -s /bin/sh /x', 'true',
    'constructor -p secret install x', 'toString install -y y', 'sudo __proto__ -u root z'),
  anyText,
);
const run = fc.oneof(
  fc.array(shellCmd, { minLength: 1, maxLength: 4 }).map((cs) => `RUN ${cs.join(' && ')}`),
  fc.array(shellCmd, { minLength: 2, maxLength: 4 }).map((cs) => `RUN ${cs.join(' && \\\n    ')}`),
  fc.array(shellCmd, { minLength: 1, maxLength: 3 }).map((cs) => `RUN <<EOF\n${cs.join('\n')}\nEOF`),
  fc.array(shellCmd, { minLength: 1, maxLength: 3 }).map((cs) => `RUN ${JSON.stringify(['/bin/sh', '-c', cs.join('; ')])}`),
  fc.tuple(pick('--mount=type=cache,target=/root/.cache', '--mount=type=secret,id=npm', '--network=none', '--security=insecure'), shellCmd).map(([f, c]) => `RUN ${f} ${c}`),
  shellCmd.map((c) => `RUN ["${c}"`),
);
const instruction = fc.oneof(
  { weight: 4, arbitrary: run },
  fc.tuple(pick('', '--platform=$BUILDPLATFORM ', '--platform=linux/amd64 '), image, fc.option(word)).map(([p, i, n]) => `FROM ${p}${i}${n ? ` AS ${n}` : ''}`),
  fc.tuple(pick('', '--from=build ', '--from=0 ', '--chown=app:app ', '--chmod=755 ', '--link ', '--from=nginx:1 '), pick('.', '. .', 'src /app', '*.json ./', '--from', 'a b c /d/', '["a", "b"]', '<<EOF /x\nhello\nEOF')).map(([f, a]) => `COPY ${f}${a}`),
  pick('ADD https://example.com/a.tgz /tmp/', 'ADD --checksum=sha256:00 http://x /y', 'ADD . /app', 'ADD git@github.com:a/b.git /src'),
  fc.oneof(pick('root', '0', '0:0', 'app', '1000:1000', '${UID}', 'root:root', 'nobody', 'ContainerAdministrator', ''), word).map((u) => `USER ${u}`),
  fc.tuple(word, fc.oneof(word, anyText, pick('$HOME', '${A:-b}', '"quoted value"', 'sk_live_0123456789abcdef0123'))).map(([k, v]) => `ENV ${k.toUpperCase()}=${v}`),
  fc.tuple(pick('ARG', 'ENV'), pick('PASSWORD', 'API_KEY', 'AWS_SECRET_ACCESS_KEY', 'BASE', 'TAG', 'DEBUG', 'NODE_ENV')).map(([k, n]) => `${k} ${n}=${n === 'DEBUG' ? 'true' : 'x'}`),
  pick('ARG BASE=alpine', 'ARG TAG', 'EXPOSE 22', 'EXPOSE 80/tcp 443', 'EXPOSE 70000', 'EXPOSE $PORT', 'WORKDIR app', 'WORKDIR /app', 'CMD python app.py', 'CMD ["node", "server.js"]',
    'ENTRYPOINT ["/bin/sh", "-c"]', 'HEALTHCHECK CMD curl -f http://localhost/ || exit 1', 'HEALTHCHECK NONE', 'SHELL ["powershell", "-Command"]', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
    'LABEL maintainer="x"', 'MAINTAINER me', 'VOLUME /data', 'STOPSIGNAL SIGTERM', 'ONBUILD RUN apt-get install x', 'ONBUILD', 'FROM', 'COPY', 'RUN', '\\', '# comment', '', '   ',
    '# shipshape-ignore no-root-user', '# hadolint ignore=DL3008,DL3002', '#checkov:skip=CKV_DOCKER_3', '# syntax=docker/dockerfile:1'),
);
const directive = pick('', '', '# escape=`\n', '# escape=\\\n', '# syntax=docker/dockerfile:1.7\n', '# escape=`\n# syntax=x\n');

/** A Dockerfile of up to about 30 instructions, built from its grammar. */
export const dockerfile = fc.tuple(directive, fc.array(instruction, { maxLength: 30 })).map(([d, is]) => d + is.join('\n') + '\n');

// ---------------------------------------------------------------- YAML

type Y = { [k: string]: unknown } | unknown[] | string | number | boolean | null;
const scalar: fc.Arbitrary<Y> = fc.oneof(word, fc.integer({ min: -1, max: 70000 }), fc.boolean(), fc.constant(null), anyText,
  pick('root', '0', 'ALL', 'SYS_ADMIN', 'NET_ADMIN', 'host', 'privileged', '/var/run/docker.sock:/var/run/docker.sock', 'nginx:latest', 'RuntimeDefault', 'Unconfined', '${{ github.event.issue.title }}', '${{ secrets.TOKEN }}', 'actions/checkout@v4', 'docker/build-push-action@master', 'write-all', '0.0.0.0:22:22'));

function emit(v: Y, indent: number, flow: boolean): string {
  const pad = ' '.repeat(indent);
  if (Array.isArray(v)) {
    if (!v.length) return '[]';
    if (flow) return `[${v.map((x) => emit(x as Y, 0, true)).join(', ')}]`;
    return '\n' + v.map((x) => `${pad}- ${emit(x as Y, indent + 2, false).replace(/^\n\s*/, '')}`).join('\n');
  }
  if (v && typeof v === 'object') {
    const entries = Object.entries(v);
    if (!entries.length) return '{}';
    if (flow) return `{${entries.map(([k, x]) => `${k}: ${emit(x as Y, 0, true)}`).join(', ')}}`;
    return '\n' + entries.map(([k, x]) => `${pad}${k}: ${emit(x as Y, indent + 2, false)}`).join('\n');
  }
  if (typeof v === 'string') return /^[A-Za-z0-9_./-]+$/.test(v) && v.length ? v : JSON.stringify(v);
  return String(v);
}

/** A YAML document from a value tree, in block style with some flow nodes. */
function yamlOf(value: Y, flowAt: number): string {
  let count = 0;
  const visit = (v: Y, indent: number): string => {
    count++;
    if (count === flowAt) return emit(v, indent, true);
    if (Array.isArray(v)) return v.length ? '\n' + v.map((x) => `${' '.repeat(indent)}- ${visit(x as Y, indent + 2).replace(/^\n\s*/, '')}`).join('\n') : '[]';
    if (v && typeof v === 'object') {
      const es = Object.entries(v);
      return es.length ? '\n' + es.map(([k, x]) => `${' '.repeat(indent)}${k}: ${visit(x as Y, indent + 2)}`).join('\n') : '{}';
    }
    return emit(v, indent, false);
  };
  return visit(value, 0).replace(/^\n/, '');
}

const keyed = (keys: string[], values: fc.Arbitrary<Y>) =>
  fc.dictionary(fc.constantFrom(...keys), values, { maxKeys: Math.min(keys.length, 6) }) as fc.Arbitrary<Y>;

const securityContext = keyed(['runAsNonRoot', 'runAsUser', 'privileged', 'allowPrivilegeEscalation', 'readOnlyRootFilesystem', 'capabilities', 'seccompProfile'],
  fc.oneof(scalar, keyed(['add', 'drop', 'type'], fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })))));
const container = keyed(['name', 'image', 'securityContext', 'resources', 'ports', 'env', 'volumeMounts', 'command', 'imagePullPolicy'],
  fc.oneof(scalar, securityContext, fc.array(keyed(['name', 'value', 'containerPort', 'hostPort', 'mountPath'], scalar), { maxLength: 3 }), keyed(['limits', 'requests'], keyed(['cpu', 'memory'], scalar))));
const podSpec = keyed(['containers', 'initContainers', 'hostNetwork', 'hostPID', 'hostIPC', 'securityContext', 'volumes', 'automountServiceAccountToken', 'serviceAccountName'],
  fc.oneof(fc.array(container, { maxLength: 3 }), scalar, securityContext, fc.array(keyed(['name', 'hostPath', 'emptyDir'], fc.oneof(scalar, keyed(['path'], scalar))), { maxLength: 2 })));
const k8sDoc = fc.tuple(pick('Pod', 'Deployment', 'DaemonSet', 'StatefulSet', 'Job', 'CronJob', 'Service', 'ReplicaSet', 'Role', 'ClusterRoleBinding', 'ConfigMap', 'Secret', 'constructor'), podSpec, fc.option(word))
  .map(([kind, spec, name]) => {
    const pod = kind === 'Pod' ? spec : kind === 'CronJob' ? { schedule: '* * * * *', jobTemplate: { spec: { template: { spec } } } } : { replicas: 1, template: { metadata: { labels: { app: 'x' } }, spec } };
    return { apiVersion: kind === 'Role' ? 'rbac.authorization.k8s.io/v1' : 'v1', kind, metadata: { name: name ?? 'x' }, spec: pod } as Y;
  });

const service = keyed(['image', 'build', 'privileged', 'user', 'ports', 'volumes', 'environment', 'cap_add', 'cap_drop', 'network_mode', 'pid', 'ipc', 'security_opt', 'read_only', 'devices', 'extends', 'env_file', 'healthcheck', 'networks'],
  fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), keyed(['context', 'dockerfile', 'service', 'file', 'test', 'PASSWORD', 'DEBUG'], scalar)));
const composeDoc = fc.tuple(fc.dictionary(word, service, { maxKeys: 4 }), fc.option(fc.dictionary(word, keyed(['internal', 'driver'], scalar), { maxKeys: 2 })), fc.boolean())
  .map(([services, networks, include]) => ({ ...(include ? { include: ['../other/compose.yaml'] } : {}), services, ...(networks ? { networks } : {}) }) as Y);

const step = keyed(['name', 'uses', 'run', 'with', 'env', 'shell', 'if'], fc.oneof(scalar, keyed(['image', 'tags', 'push', 'token', 'script'], scalar)));
const workflowDoc = fc.tuple(fc.dictionary(word, keyed(['runs-on', 'steps', 'permissions', 'container', 'services'], fc.oneof(scalar, fc.array(step, { maxLength: 5 }))), { maxKeys: 3 }), fc.oneof(scalar, keyed(['contents', 'packages', 'id-token'], scalar)), pick('push', 'pull_request_target', 'issues', '[push, pull_request]', 'workflow_run'))
  .map(([jobs, permissions, on]) => ({ name: 'ci', on, permissions, jobs }) as Y);

/** Anchors, aliases, merges, several documents and flow/block mixes around generated documents. */
function yamlFile(doc: fc.Arbitrary<Y>): fc.Arbitrary<string> {
  return fc.tuple(fc.array(doc, { minLength: 1, maxLength: 3 }), fc.nat(40), pick('', '', '---\n', '%YAML 1.2\n---\n'), pick('', 'x: &a {privileged: true}\ny: *a\n', 'base: &b\n  image: alpine\nz:\n  <<: *b\n', 'q: *missing\n', 'a: &x [*x]\n'))
    .map(([docs, flowAt, head, extra]) => head + docs.map((d, i) => yamlOf(d, flowAt) + '\n' + (i === 0 ? extra : '')).join('---\n'));
}

const updateEntry = keyed(['package-ecosystem', 'directory', 'directories', 'schedule', 'open-pull-requests-limit', 'registries', 'ignore', 'groups'],
  fc.oneof(scalar, pick('docker', 'npm', 'github-actions', 'pip', 'gomod', '/', '/svc/api', '/svc/*', '**/*', '../x', ''), fc.array(pick('/', '/svc/api', '/svc/**', 'docs', '*'), { maxLength: 3 }), keyed(['interval', 'day', 'time'], pick('daily', 'weekly', 'monthly', 'sunday', '04:00', ''))));
const dependabotDoc = fc.tuple(pick<Y>(2, 1, '2', null), fc.oneof(fc.array(updateEntry, { maxLength: 4 }), scalar), fc.option(keyed(['dockerhub', 'ghcr'], keyed(['type', 'url', 'username', 'password'], scalar))))
  .map(([version, updates, registries]) => ({ version, ...(registries ? { registries } : {}), updates }) as Y);

export const kubernetes = yamlFile(k8sDoc);
export const dependabot = yamlFile(dependabotDoc);
export const compose = yamlFile(composeDoc);
export const workflow = yamlFile(workflowDoc);

// ---------------------------------------------------------------- .dockerignore and configuration

const ignoreLine = fc.oneof(
  pick('.git', '.env', '.env*', '!.env.example', '**/*.pem', 'node_modules', '*', '!*', '/abs', '../up', '~/x', 'C:\\Users\\me', 'a\\b', '**', '!**/keep', 'dir/', '[a-', '#', '', '  spaced  ', '!', '/', '**/**/**/x'),
  word, fc.tuple(pick('', '!', '/', '**/'), word, pick('', '/', '/*', '/**', '.txt', '*')).map(([a, b, c]) => a + b + c), anyText,
);
export const dockerignore = fc.array(ignoreLine, { maxLength: 40 }).map((ls) => ls.join('\n') + '\n');

const ruleIds = pick('no-root-user', 'require-user', 'k8s-require-run-as-non-root', 'no-such-rule', 'DL3002', 'compose-no-privileged', '');
const severity = pick('off', 'hint', 'info', 'warning', 'error', 'fatal', '1', '');
export const config = fc.oneof(
  fc.tuple(fc.dictionary(ruleIds, severity, { maxKeys: 4 }), fc.array(pick('vendor/**', '../outside/**', '/etc/**', '**', '['), { maxLength: 3 }), pick('baseline', 'restricted', 'strict'), pick('distroless', 'alpine', 'none'), fc.array(pick('ghcr.io', 'registry.example.com/acme', '', '*'), { maxLength: 2 }))
    .map(([rules, ignore, level, runtime, trusted]) => yamlOf({ rules, ignore, kubernetes: { level }, harden: { runtime }, trustedRegistries: trusted } as Y, 99) + '\n'),
  fc.tuple(pick('extends: ../../etc/passwd\n', 'include: /etc/shadow\n', '!!js/function "function(){}"\n', 'rules: !!binary aGk=\n', '$schema: http://example.com/x\n', 'ruleOptions:\n  trusted-registry: {registries: [x]}\n'), anyText).map(([a, b]) => a + b),
);

// ---------------------------------------------------------------- mutations of real files

/** One mutation of a text: the classes of damage a real file meets. */
export function mutate(text: string): fc.Arbitrary<string> {
  const lines = text.split('\n');
  const at = fc.nat(Math.max(0, text.length));
  const line = fc.nat(Math.max(0, lines.length - 1));
  return fc.oneof(
    fc.tuple(at, fc.integer({ min: 0, max: 255 })).map(([i, b]) => text.slice(0, i) + String.fromCharCode(b) + text.slice(i + 1)),
    at.map((i) => text.slice(0, i)),
    fc.tuple(line, fc.integer({ min: 2, max: 50 })).map(([l, n]) => [...lines.slice(0, l + 1), ...Array(n).fill(lines[l]), ...lines.slice(l + 1)].join('\n')),
    fc.shuffledSubarray(lines, { minLength: lines.length, maxLength: lines.length }).map((ls) => ls.join('\n')),
    fc.tuple(line, fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1_000, max: 20_000 }) }, { weight: 1, arbitrary: fc.integer({ min: 20_000, max: 200_000 }) }), pick('a', ' ', '\\', '$', '{', '[', '-', '"', '\t')).map(([l, n, c]) => [...lines.slice(0, l), lines[l] + c.repeat(n), ...lines.slice(l + 1)].join('\n')),
    at.map((i) => text.slice(0, i) + '\0' + text.slice(i)),
    at.map((i) => text.slice(0, i) + Buffer.from([0xc3, 0x28, 0xff, 0xfe]).toString('utf8') + text.slice(i)),
    fc.constant(text.replace(/\n/g, '\r\n')),
    fc.constant(text.replace(/\n/g, '\r')),
    fc.constant('\uFEFF' + text),
    fc.tuple(line, line).map(([a, b]) => { const ls = [...lines]; [ls[a], ls[b]] = [ls[b], ls[a]]; return ls.join('\n'); }),
    fc.tuple(line, fc.integer({ min: 1, max: 12 })).map(([l, n]) => [...lines.slice(0, l), ' '.repeat(n) + lines[l], ...lines.slice(l + 1)].join('\n')),
  );
}

/** A real file or a generated one, mutated once to three times. */
export function mutated(seeds: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return seeds.chain((t) => mutate(t)).chain((t) => fc.oneof(fc.constant(t), mutate(t), mutate(t).chain(mutate)));
}
