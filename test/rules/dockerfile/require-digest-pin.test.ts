import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectClean, expectFindings, findingsOf } from '../../helpers/annotated.js';

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
});
