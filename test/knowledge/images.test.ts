import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PRODUCTS } from '../../server/src/knowledge/base-images.js';
import { currentTag, defaultUser, imageEcosystemOf, endOfLife, lifecycleOf } from '../../server/src/knowledge/images.js';
import { matchRuntime, profileOfImage } from '../../server/src/knowledge/runtime-versions.js';
import { parseImageRef } from '../../server/src/parse/dockerfile.js';

const ref = (s: string) => parseImageRef(s)!;
const labels = (s: string, today = '2026-11-28') => endOfLife(ref(s), today).map((f) => `${f.label} ${f.eol}`);

describe('base-image knowledge', () => {
  it('reads the version and the distribution suffix of official image tags', () => {
    assert.deepEqual(labels('python:3.8.18-slim-bullseye'), ['Python 3.8 2024-10-07', 'Debian 11 (bullseye) 2026-08-31']);
    assert.deepEqual(labels('docker.io/library/node:gallium-alpine3.16'), ['Node.js 16 (gallium) 2023-09-11', 'Alpine Linux 3.16 2024-05-23']);
    assert.deepEqual(labels('ubuntu:focal-20240101'), ['Ubuntu 20.04 (focal) 2025-05-29']);
    assert.deepEqual(labels('postgres:9.6-alpine'), ['PostgreSQL 9.6 2021-11-11']);
    assert.deepEqual(labels('eclipse-temurin:17-jre-focal'), ['Ubuntu 20.04 (focal) 2025-05-29']);
  });

  it('judges only tags that name a version, on known images', () => {
    assert.deepEqual(lifecycleOf(ref('python:latest')), []);
    assert.deepEqual(lifecycleOf(ref('python')), []);
    assert.deepEqual(lifecycleOf(ref('node:lts-slim')), []);
    assert.deepEqual(lifecycleOf(ref('python:3')), []);
    assert.deepEqual(lifecycleOf(ref('ghcr.io/acme/python:3.8')), []);
    assert.deepEqual(labels('python:3.13-slim-trixie'), []);
  });

  it('compares dates inclusively', () => {
    assert.deepEqual(labels('php:8.1-fpm', '2025-12-30'), []);
    assert.deepEqual(labels('php:8.1-fpm', '2025-12-31'), ['PHP 8.1 2025-12-31']);
  });

  it('keeps every product dated and sourced, with a supported current release', () => {
    for (const [id, p] of Object.entries(PRODUCTS)) {
      assert.match(p.source, /^https:\/\//, id);
      for (const c of p.cycles) assert.match(c.eol, /^\d{4}-\d{2}-\d{2}$/, `${id} ${c.cycle}`);
      assert.ok(!p.cycles.some((c) => (c.cycle === p.current || c.aliases?.includes(p.current)) && c.eol <= '2026-11-28'), `${id} current ${p.current} must be supported`);
    }
  });

  it('knows which images run unprivileged by default', () => {
    assert.equal(defaultUser(ref('gcr.io/distroless/java21-debian12:debug-nonroot')), 'nonroot');
    assert.equal(defaultUser(ref('gcr.io/distroless/java21-debian12')), 'root');
    assert.equal(defaultUser(ref('cgr.dev/chainguard/node:latest')), 'nonroot');
    assert.equal(defaultUser(ref('cgr.dev/chainguard/node:latest-dev')), 'root');
    assert.equal(defaultUser(ref('bitnami/postgresql:16')), '1001');
    assert.equal(defaultUser(ref('nginxinc/nginx-unprivileged:1.27')), '101');
    assert.equal(defaultUser(ref('mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled')), 'app');
    assert.equal(defaultUser(ref('node:24')), undefined);
  });

  it('maps images to ecosystems and hardened runtimes', () => {
    assert.equal(imageEcosystemOf(ref('eclipse-temurin:21-jre')), 'java');
    assert.equal(imageEcosystemOf(ref('gcr.io/distroless/static-debian12')), 'static');
    assert.equal(imageEcosystemOf(ref('mcr.microsoft.com/dotnet/sdk:10.0')), 'dotnet');
    assert.equal(imageEcosystemOf(ref('nginx:1.27')), undefined);
    const image = (text: string, flavour: 'distroless' | 'chainguard' | 'alpine' | 'slim', eco: 'node' | 'go' | 'java' | 'rust' | 'python', isStatic?: boolean) => {
      const r = matchRuntime({ ...profileOfImage(eco, ref(text)), ...(isStatic === undefined ? {} : { static: isStatic }) }, flavour);
      return 'reason' in r ? r.reason : `${r.image}${r.fallback ? ` (${r.fallback})` : ''}`;
    };
    assert.deepEqual(matchRuntime(profileOfImage('node', ref('node:24')), 'distroless'),
      { image: 'gcr.io/distroless/nodejs24-debian13:nonroot', flavour: 'distroless', shell: false, user: 'nonroot', libc: 'glibc', notes: [], version: '24', launcher: '/nodejs/bin/node' });
    assert.equal(image('node:18', 'distroless', 'node'), 'node:18-slim (distroless ships Node.js 22 and 24, not 18)');
    assert.equal(image('golang:1.26', 'chainguard', 'go', true), 'cgr.dev/chainguard/static:latest');
    assert.equal(image('eclipse-temurin:21-jdk', 'alpine', 'java'), 'eclipse-temurin:21-jre-alpine');
    assert.equal(image('rust:1.85', 'slim', 'rust'), 'debian:trixie-slim');
    assert.equal(image('python', 'distroless', 'python'), 'No runtime image is known for python (version not in the tag): the builder tag does not say its Python version. Name the version in the builder\'s tag (e.g. python:3.13-slim) and harden again.');
  });

  it('gives a current tag only for tracked official images', () => {
    assert.equal(currentTag(ref('python')), '3.14');
    assert.equal(currentTag(ref('library/golang:latest')), '1.26');
    assert.equal(currentTag(ref('centos')), undefined);
    assert.equal(currentTag(ref('nginx')), undefined);
    assert.equal(currentTag(ref('ghcr.io/x/python')), undefined);
  });
});
