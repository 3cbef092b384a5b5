import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'require-base-image-tag';

describe(ID, () => {
  it('flags untagged images in every stage', () => {
    expectFindings(ID, `FROM golang AS build
#    ^^^^^^ require-base-image-tag "'golang' has no tag, so it means 'golang:latest' and changes under you; pin a version tag"
FROM registry.example.com:5000/team/app
#    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ require-base-image-tag`);
  });

  it('accepts tags, digests, scratch and earlier stages', () => {
    expectClean(ID, `FROM python:3.12 AS base
FROM base
FROM scratch
FROM alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
FROM localhost:5000/app:1.2`);
  });

  it('resolves ARG defaults in FROM and stays quiet when unresolved', () => {
    expectClean(ID, 'ARG BASE=python:3.12\nFROM ${BASE}');
    expectClean(ID, 'ARG BASE\nFROM ${BASE}');
    expectClean(ID, 'ARG VERSION\nFROM python:${VERSION}');
    expectFindings(ID, `ARG BASE=ubuntu
FROM \${BASE:-debian}
#    ^^^^^^^^^^^^^^^ require-base-image-tag`);
    expectFindings(ID, `FROM \${BASE:-debian}
#    ^^^^^^^^^^^^^^^ require-base-image-tag "'debian' has no tag, so it means 'debian:latest' and changes under you; pin a version tag"`);
  });

  it('follows the escape directive and lower-case keywords', () => {
    expectFindings(ID, `# escape=\`
from node as build
#    ^^^^ require-base-image-tag`);
  });

  it('pins a tracked official image to its current release (unsafe), and offers nothing for others', () => {
    assert.equal(applyFix(ID, 'FROM python AS app\nCMD ["python"]\n'), 'FROM python:3.14 AS app\nCMD ["python"]\n');
    assert.equal(applyFix(ID, 'FROM docker.io/library/node\n'), 'FROM docker.io/library/node:24\n');
    assert.deepEqual(fixTitles(ID, 'FROM nginx'), []);
    assert.deepEqual(fixTitles(ID, 'ARG B=python\nFROM $B'), []);
  });
});
