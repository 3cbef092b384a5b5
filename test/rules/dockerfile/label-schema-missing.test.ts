import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectClean, expectFindings, findingsOf } from '../../helpers/annotated.js';

const ID = 'label-schema-missing';
const schema = { settings: { labelSchema: { source: 'url' as const, revision: 'hash' as const } } };

describe(ID, () => {
  it('is quiet without a label schema', () => {
    assert.deepEqual(findingsOf(ID, 'FROM debian:12'), []);
  });

  it('flags each missing label at the FROM of each stage', () => {
    expectFindings(ID, `FROM debian:12
^^^^^^^^^^^^^^ label-schema-missing "The image has no label 'source', which the label schema requires"
^^^^^^^^^^^^^^ label-schema-missing "The image has no label 'revision', which the label schema requires"
LABEL other=x`, schema);
    expectFindings(ID, `FROM golang:1.23 AS build
^^^^^^^^^^^^^^^^^^^^^^^^^ label-schema-missing "Stage 'build' has no label 'revision', which the label schema requires"
LABEL source=https://example.com
FROM debian:12
^^^^^^^^^^^^^^ label-schema-missing "Stage 1 has no label 'revision', which the label schema requires"
LABEL source=https://example.com`, schema);
  });

  it('counts labels of the earlier stage a stage builds on, not of other stages', () => {
    expectClean(ID, 'FROM debian:12 AS base\nLABEL source=https://example.com revision=0c8b3f1\nFROM base\nRUN true', schema);
    expectFindings(ID, `FROM debian:12 AS base
LABEL source=https://example.com revision=0c8b3f1
FROM debian:12
^^^^^^^^^^^^^^ label-schema-missing
^^^^^^^^^^^^^^ label-schema-missing`, schema);
  });

  it('counts a label with an empty value as present (label-schema-empty says that), and ONBUILD LABEL as absent', () => {
    expectClean(ID, 'FROM debian:12\nLABEL "source"="" revision=$SHA', schema);
    expectFindings(ID, `FROM debian:12
^^^^^^^^^^^^^^ label-schema-missing "The image has no label 'revision', which the label schema requires"
LABEL source=x
ONBUILD LABEL revision=0c8b3f1`, schema);
  });

  it('honours hadolint ignore comments for DL3049 above the FROM', () => {
    expectFindings(ID, `# hadolint ignore=DL3049
FROM debian:12 AS build
FROM debian:12
^^^^^^^^^^^^^^ label-schema-missing
^^^^^^^^^^^^^^ label-schema-missing`, schema);
  });
});
