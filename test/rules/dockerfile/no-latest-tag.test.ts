import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-latest-tag';

describe(ID, () => {
  it('flags :latest in every stage', () => {
    expectFindings(ID, `FROM node:latest AS build
#    ^^^^^^^^^^^ no-latest-tag "'node:latest' uses the 'latest' tag, which moves with every release; pin a version tag"
FROM cgr.dev/chainguard/node:latest
#    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-latest-tag`);
  });

  it('leaves untagged images to require-base-image-tag and accepts digests', () => {
    expectClean(ID, 'FROM node');
    expectClean(ID, 'FROM node:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef');
    expectClean(ID, 'FROM node:22');
  });

  it('matches the tag exactly, as registries do: LATEST and latest-alpine are other tags', () => {
    expectClean(ID, 'FROM node:LATEST');
    expectClean(ID, 'FROM nginx:latest-alpine');
  });

  it('resolves ARG defaults, stays quiet on unknown ones', () => {
    expectFindings(ID, `ARG TAG=latest
FROM alpine:\${TAG}
#    ^^^^^^^^^^^^^ no-latest-tag`);
    expectClean(ID, 'ARG TAG\nFROM alpine:${TAG}');
  });

  it('replaces latest with the current release for tracked images only', () => {
    assert.equal(applyFix(ID, 'FROM golang:latest AS build\r\nRUN go build\r\n'), 'FROM golang:1.26 AS build\r\nRUN go build\r\n');
    assert.deepEqual(fixTitles(ID, 'FROM alpine:latest'), ['Pin to alpine:3.23']);
    assert.deepEqual(fixTitles(ID, 'FROM redis:latest'), ['Pin to redis:8.2']);
    assert.deepEqual(fixTitles(ID, 'FROM nginx:latest'), []);
    assert.deepEqual(fixTitles(ID, 'ARG T=latest\nFROM alpine:$T'), []);
  });
});
