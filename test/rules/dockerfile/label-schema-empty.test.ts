import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectClean, expectFindings, findingsOf } from '../../helpers/annotated.js';

const ID = 'label-schema-empty';
const schema = { settings: { labelSchema: { version: 'semver' as const, title: 'text' as const } } };

describe(ID, () => {
  it('is quiet without a label schema', () => {
    assert.deepEqual(findingsOf(ID, 'FROM debian:12\nLABEL version=""'), []);
  });

  it('flags schema labels set to nothing, in any stage', () => {
    expectFindings(ID, `FROM debian:12 AS build
LABEL version=""
#     ^^^^^^^^^^ label-schema-empty "Label 'version' is empty; the label schema expects a value (semver)"
FROM debian:12
LABEL other="" title= version=1.0.0
#              ^^^^^^ label-schema-empty "Label 'title' is empty; the label schema expects a value (text)"`, schema);
  });

  it('accepts values and empty labels outside the schema', () => {
    expectClean(ID, 'FROM debian:12\nLABEL version="1.0.0" title=x other=""', schema);
  });
});
