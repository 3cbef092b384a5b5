import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectClean, expectFindings, findingsOf } from '../../helpers/annotated.js';
import { isGitHash } from '../../../server/src/rules/dockerfile/lib/label-schema.js';

const ID = 'label-schema-git-hash';
const schema = { settings: { labelSchema: { 'org.opencontainers.image.revision': 'hash' as const } } };

describe(ID, () => {
  it('is quiet without a label schema', () => {
    assert.deepEqual(findingsOf(ID, 'FROM debian:12\nLABEL org.opencontainers.image.revision=main'), []);
  });

  it('flags values that are no commit hash', () => {
    expectFindings(ID, `FROM debian:12
LABEL org.opencontainers.image.revision=main
#                                       ^^^^ label-schema-git-hash "Label 'org.opencontainers.image.revision' is not a git commit hash (40 or 7 hex digits): 'main'"
LABEL org.opencontainers.image.revision="0c8b3f1e7d2a4b6c9e0f1a2b3c4d5e6f7a8b9c0"
#                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ label-schema-git-hash`, schema);
  });

  it('accepts full and short hashes, and variables', () => {
    expectClean(ID, 'FROM debian:12\nLABEL org.opencontainers.image.revision="0c8b3f1e7d2a4b6c9e0f1a2b3c4d5e6f7a8b9c0d"\nLABEL org.opencontainers.image.revision=0c8b3f1\nLABEL org.opencontainers.image.revision=${GIT_SHA}', schema);
  });

  it('reads 40 or 7 hex digits', () => {
    for (const ok of ['0c8b3f1', 'ABCDEF0123456789abcdef0123456789ABCDEF01']) assert.ok(isGitHash(ok), ok);
    for (const bad of ['', '0c8b3f', '0c8b3f1e', 'g000000', 'v1.2.3']) assert.ok(!isGitHash(bad), bad);
  });
});
