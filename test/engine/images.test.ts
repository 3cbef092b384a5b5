import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from '../../server/src/engine/edits.js';
import { imageHover } from '../../server/src/engine/hover-image.js';
import { digestPins, imagesToResolve } from '../../server/src/engine/images.js';
import { pinRuntime, runtimeToResolve } from '../../server/src/harden/pin.js';
import type { HardenPlan } from '../../server/src/harden/plan.js';
import { toDocumentSettings } from '../../server/src/lsp/settings.js';
import { parseDockerfile } from '../../server/src/parse/dockerfile.js';
import { D_AMD64, D_NEW, D_OLD, facts, projectWithImages } from '../helpers/images.js';

describe('images to resolve', () => {
  it('lists each FROM image with its platform, and the tag of a tag@digest pin', () => {
    const text = [
      'ARG PY=3.12',
      'FROM --platform=linux/arm64 python:${PY}-slim AS build',
      'FROM --platform=$BUILDPLATFORM golang:1.23 AS tools',
      `FROM gcr.io/distroless/python3-debian12:nonroot@${D_OLD}`,
      'FROM build',
      'FROM scratch',
      'ARG LATER',
      'FROM $LATER',
    ].join('\n');
    assert.deepEqual(imagesToResolve({ path: '/w/Dockerfile', text }), [
      { ref: 'python:3.12-slim', platform: 'linux/arm64' },
      { ref: 'golang:1.23' },
      { ref: `gcr.io/distroless/python3-debian12:nonroot@${D_OLD}` },
      { ref: 'gcr.io/distroless/python3-debian12:nonroot' },
    ]);
  });

  it('lists Compose images that are pulled (not built), with the service platform', () => {
    const text = [
      'services:',
      '  db:',
      '    image: "postgres:16"',
      '    platform: linux/arm64',
      '  web:',
      '    build: .',
      '    image: acme/web:dev',
      '  cache:',
      '    image: ${CACHE_IMAGE}',
      '  queue:',
      '    image: rabbitmq:3',
    ].join('\n');
    assert.deepEqual(imagesToResolve({ path: '/w/compose.yaml', text }), [
      { ref: 'postgres:16', platform: 'linux/arm64' },
      { ref: 'rabbitmq:3' },
    ]);
  });

  it('lists Kubernetes container images, init containers too', () => {
    const text = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata: { name: p }',
      'spec:',
      '  initContainers:',
      '    - { name: init, image: busybox:1.36 }',
      '  containers:',
      "    - name: app",
      "      image: 'ghcr.io/acme/app:1.2'",
    ].join('\n');
    assert.deepEqual(imagesToResolve({ path: '/w/pod.yaml', text }), [{ ref: 'ghcr.io/acme/app:1.2' }, { ref: 'busybox:1.36' }]);
  });

  it('never throws on what is not a container file', () => {
    assert.deepEqual(imagesToResolve({ path: '/w/notes.txt', text: '\0\0' }), []);
    assert.deepEqual(imagesToResolve({ path: '/w/compose.yaml', text: 'services: [' }), []);
  });
});

describe('digest pins', () => {
  const project = projectWithImages({ 'postgres:16|linux/arm64': facts(), 'rabbitmq:3': facts(), 'ghcr.io/acme/app:1.2': facts(), 'busybox:1.36': facts() });

  it('appends the digest inside the quotes of a Compose image and keeps everything else', () => {
    const text = 'services:\n  db:\n    image: "postgres:16" # primary\n    platform: linux/arm64\n  queue:\n    image: rabbitmq:3\n  done:\n    image: redis:7\n';
    const pins = digestPins({ path: '/w/compose.yaml', text }, project);
    assert.deepEqual(pins.map((p) => p.fix.title), ['Pin to digest sha256:bbbbbbbbbbbb… (keeps the tag)', 'Pin to digest sha256:bbbbbbbbbbbb… (keeps the tag)']);
    const after = applyEdits(text, pins.flatMap((p) => p.fix.edits));
    assert.equal(after, `services:\n  db:\n    image: "postgres:16@${D_NEW}" # primary\n    platform: linux/arm64\n  queue:\n    image: rabbitmq:3@${D_NEW}\n  done:\n    image: redis:7\n`);
    assert.deepEqual(digestPins({ path: '/w/compose.yaml', text: after }, project), [], 'a pinned image is not offered again');
  });

  it('pins Kubernetes container images in place', () => {
    const text = "apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - name: app\n      image: 'ghcr.io/acme/app:1.2'\n";
    const after = applyEdits(text, digestPins({ path: '/w/pod.yaml', text }, project).flatMap((p) => p.fix.edits));
    assert.equal(after, `apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - name: app\n      image: 'ghcr.io/acme/app:1.2@${D_NEW}'\n`);
  });

  it('offers nothing without registry resolution', () => {
    assert.deepEqual(digestPins({ path: '/w/Dockerfile', text: 'FROM busybox:1.36' }, { readFile: () => undefined, exists: () => false, listDir: () => undefined }), []);
  });
});

describe('FROM hover with registry facts', () => {
  it('shows digest, platform manifest, created, user, ports and size, and a stale pin', () => {
    const model = parseDockerfile(`FROM python:3.12@${D_OLD}\n`);
    const project = projectWithImages({
      [`python:3.12@${D_OLD}`]: facts({ digest: D_OLD, manifestDigest: D_AMD64, platform: 'linux/amd64', created: '2026-01-02T03:04:05.678Z', user: '', exposedPorts: [], size: 52_428_800 }),
      'python:3.12': facts({ digest: D_NEW }),
    });
    const hover = imageHover(model, { line: 0, character: 7 }, '2026-06-01', project);
    assert.deepEqual(hover?.markdown.split('\n').filter((l) => /^- (Registry|linux|\*\*Stale|Created|Default user|Exposed|Size)/.test(l)), [
      `- Registry digest: \`${D_OLD}\``,
      `- linux/amd64 manifest: \`${D_AMD64}\``,
      `- **Stale pin**: \`3.12\` now points to \`${D_NEW}\``,
      '- Created: 2026-01-02T03:04:05Z',
      '- Default user (image config): none set, so root',
      '- Exposed ports: none',
      '- Size: 50.0 MB compressed (linux/amd64)',
    ]);
  });
});

describe('harden with registry resolution', () => {
  const plan: HardenPlan = {
    ok: true,
    text: 'FROM python:3.12-slim AS build\nRUN true\n\nFROM --platform=linux/arm64 gcr.io/distroless/python3-debian12:nonroot AS runtime\nCOPY --from=build /app /app\n',
    changes: [],
    createFiles: [],
    amendFiles: [],
    caveats: [],
    summary: '',
    runtime: 'gcr.io/distroless/python3-debian12:nonroot',
  };

  it('asks about the runtime image for the platform its FROM names, and pins it by digest keeping the tag', () => {
    assert.deepEqual(runtimeToResolve(plan), [{ ref: 'gcr.io/distroless/python3-debian12:nonroot', platform: 'linux/arm64' }]);
    const pinned = pinRuntime(plan, projectWithImages({ 'gcr.io/distroless/python3-debian12:nonroot|linux/arm64': facts({ digest: D_NEW }) }));
    assert.equal(pinned.text, `FROM python:3.12-slim AS build\nRUN true\n\nFROM --platform=linux/arm64 gcr.io/distroless/python3-debian12:nonroot@${D_NEW} AS runtime\nCOPY --from=build /app /app\n`);
    assert.equal(pinned.runtime, `gcr.io/distroless/python3-debian12:nonroot@${D_NEW}`);
    assert.deepEqual(pinned.changes.map((c) => c.title), ['Pinned gcr.io/distroless/python3-debian12:nonroot by digest']);
  });

  it('leaves the plan alone when the runtime is unknown to the registry or scratch', () => {
    assert.equal(pinRuntime(plan, projectWithImages({})), plan);
    assert.deepEqual(runtimeToResolve({ ...plan, runtime: 'scratch', text: 'FROM scratch\n' }), []);
  });
});

describe('registry setting', () => {
  it('is on only when shipshape.registry.enable is true', () => {
    assert.equal(toDocumentSettings({ registry: { enable: true } }).registry, true);
    assert.equal(toDocumentSettings({ registry: { enable: 'yes' } }).registry, false);
    assert.equal(toDocumentSettings({}).registry, false);
  });
});
