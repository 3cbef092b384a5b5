import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectClean, expectFindings, findingsOf } from '../../helpers/annotated.js';

const ID = 'trusted-registry';
const trusted = (...r: string[]) => ({ settings: { trustedRegistries: r } });

describe(ID, () => {
  it('is quiet without a trusted list', () => {
    assert.deepEqual(findingsOf(ID, 'FROM evil.example.com/app:1'), []);
  });

  it('flags images from other registries, Docker Hub included', () => {
    expectFindings(ID, `FROM python:3.12
#    ^^^^^^^^^^^ trusted-registry "'python:3.12' comes from docker.io, which is not in the trusted registries (registry.example.com)"
FROM quay.io/org/app:1
#    ^^^^^^^^^^^^^^^^^ trusted-registry
FROM registry.example.com/python:3.12`, trusted('registry.example.com'));
  });

  it('treats images without registry as docker.io or hub.docker.com, and supports wildcards', () => {
    expectClean(ID, 'FROM python:3.12', trusted('docker.io'));
    expectClean(ID, 'FROM python:3.12', trusted('hub.docker.com'));
    expectClean(ID, 'FROM eu.gcr.io/p/app:1', trusted('*.gcr.io'));
    expectFindings(ID, `FROM docker.io/library/python:3.12
#    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ trusted-registry`, trusted('hub.docker.com'));
  });

  it('skips scratch, earlier stages and unresolved images', () => {
    expectClean(ID, `FROM registry.example.com/go:1 AS build
FROM build
FROM scratch
ARG IMG
FROM $IMG`, trusted('registry.example.com'));
    expectFindings(ID, `ARG IMG=ghcr.io/x/y:1
FROM $IMG
#    ^^^^ trusted-registry`, trusted('registry.example.com'));
  });
});
