import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';
import { D_NEW, facts, projectWithImages } from '../../helpers/images.js';

const ID = 'require-digest-pin';
const on = { settings: { rules: { [ID]: 'info' as const } } };

describe(ID, () => {
  it('is off unless enabled', () => {
    assert.deepEqual(findingsOf(ID, 'FROM python:3.12'), []);
  });

  it('flags tag-only images when enabled', () => {
    expectFindings(ID, `FROM python:3.12 AS build
#    ^^^^^^^^^^^ require-digest-pin "'python:3.12' is not pinned by digest; a tag can be re-pointed to different content"
FROM build
FROM scratch`, on);
  });

  it('accepts digests and ignores unresolved images', () => {
    expectClean(ID, 'FROM python:3.12@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', on);
    expectClean(ID, 'ARG IMG\nFROM $IMG', on);
  });
  it('pins to the digest the tag points to when registry resolution knows it, keeping the tag and --platform', () => {
    const project = projectWithImages({ 'python:3.12-slim|linux/arm64': facts({ digest: D_NEW }) });
    const opts = { ...on, project };
    const text = 'FROM --platform=linux/arm64 python:3.12-slim AS app # base\nRUN true\n';
    assert.deepEqual(fixTitles(ID, text, opts), ['Pin to digest sha256:bbbbbbbbbbbb… (keeps the tag)']);
    assert.equal(findingsOf(ID, text, opts)[0].fixes[0].safe, true);
    assert.equal(applyFix(ID, text, opts), `FROM --platform=linux/arm64 python:3.12-slim@${D_NEW} AS app # base\nRUN true\n`);
    // Not known to the registry, or written through a build argument: no fix.
    assert.deepEqual(fixTitles(ID, 'FROM python:3.12-slim', opts), []);
    assert.deepEqual(fixTitles(ID, 'ARG V=3.12-slim\nFROM --platform=linux/arm64 python:$V', opts), []);
  });
});
