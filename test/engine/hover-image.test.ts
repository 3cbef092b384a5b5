import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { imageHover } from '../../server/src/engine/hover-image.js';
import { parseDockerfile } from '../../server/src/parse/dockerfile.js';

const TODAY = '2026-11-28';
const hover = (text: string, line: number, character = 6) => imageHover(parseDockerfile(text), { line, character }, TODAY);

describe('FROM hover', () => {
  it('shows pinning, end of life with its source, user, family and hardened runtimes', () => {
    const h = hover('ARG PY=3.8\nFROM python:${PY}-slim-buster AS build\n', 1);
    assert.deepEqual(h?.range, { start: { line: 1, character: 5 }, end: { line: 1, character: 29 } });
    assert.equal(h?.markdown, [
      '**`python:3.8-slim-buster`**',
      'Resolved from `python:${PY}-slim-buster` with the ARG defaults.',
      '',
      '- Pinned: tag `3.8-slim-buster` (tags can move; a digest cannot)',
      '- Lifecycle: **Python 3.8 reached end of life on 2024-10-07**: no more security fixes; use python:3.14 ([source](https://endoflife.date/python))',
      '- Lifecycle: **Debian 10 (buster) reached end of life on 2024-06-30**: no more security fixes; use a -trixie or -bookworm variant of the tag ([source](https://endoflife.date/debian))',
      '- Default user: root, unless the image sets another (most do not)',
      '- Family: debian',
      '- Smaller, hardened runtimes for the final stage:',
      // Only runtimes with the image's own Python: none of the minimal ones carries 3.8, and this is its slim image.
      '  - distroless: none fits — distroless Python is 3.11 (Debian 12) or 3.13 (Debian 13), not 3.8; compiled packages built for 3.8 would not load',
      "  - chainguard: none fits — Chainguard's public `latest` image carries Python 3.14, not the builder's 3.8",
    ].join('\n'));
  });

  it('names the supported end date and matches the runtime version', () => {
    const md = hover('FROM node:22-bookworm-slim', 0)?.markdown ?? '';
    assert.ok(md.includes('- Lifecycle: Node.js 22 (jod) is supported until 2027-04-30 ([source](https://endoflife.date/nodejs))'), md);
    assert.ok(md.includes('  - distroless: `gcr.io/distroless/nodejs22-debian12:nonroot` (no shell, runs as nonroot)'), md);
    const py = hover('FROM python:3.13', 0)?.markdown ?? '';
    assert.ok(py.includes('  - distroless: `gcr.io/distroless/python3-debian13:nonroot` (no shell, runs as nonroot)'), py);
    assert.ok(py.includes('  - slim: `python:3.13-slim` (shell, runs as root)'), py);
    assert.ok(!py.includes('alpine'), py);
  });

  it('suggests the current release for untagged and latest images', () => {
    const md = hover('FROM golang', 0)?.markdown ?? '';
    assert.ok(md.includes('- Pinned: no tag (means `latest`, which moves)'), md);
    assert.ok(md.includes('- Current supported release: `golang:1.26` (as of 2026-11-28)'), md);
    assert.ok(hover('FROM golang:latest', 0)?.markdown.includes('- Pinned: no — `latest` moves with every release'));
  });

  it('describes digests, default non-root users and deprecated images', () => {
    const d = hover('FROM gcr.io/distroless/static-debian12:nonroot@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', 0)?.markdown ?? '';
    assert.ok(d.includes('- Pinned: by digest `sha256:0123456789ab…` (immutable)'), d);
    assert.ok(d.includes('- Default user: `nonroot`'), d);
    assert.ok(!d.includes('hardened runtimes'), d);
    const j = hover('FROM openjdk:17-jdk', 0)?.markdown ?? '';
    assert.ok(j.includes('- Lifecycle: **the openjdk image is deprecated** upstream since 2022-07-01; use eclipse-temurin:21-jre'), j);
    assert.ok(j.includes('  - distroless: `gcr.io/distroless/java17-debian12:nonroot`'), j);
  });

  it('explains stages, scratch and unknown images, and nothing elsewhere', () => {
    const text = 'ARG BASE\nFROM golang:1.26 AS build\nFROM build\nFROM scratch\nFROM ${BASE}\n';
    assert.equal(hover(text, 2)?.markdown, '**Stage `build`** (line 2): this stage builds on it and inherits its user and environment.');
    assert.ok(hover(text, 3)?.markdown.startsWith('**scratch**: an empty image.'));
    assert.equal(hover(text, 4)?.markdown, '**`${BASE}`**: the image comes from a build argument without a default, so Shipshape cannot tell which image this is.');
    assert.equal(hover(text, 1, 1), undefined);
    assert.equal(hover(text, 0), undefined);
  });
});
