import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectClean, expectFindings, findingsOf } from '../../helpers/annotated.js';
import { isRfc3339 } from '../../../server/src/rules/dockerfile/lib/label-schema.js';

const ID = 'label-schema-rfc3339';
const schema = { settings: { labelSchema: { created: 'rfc3339' as const } } };

describe(ID, () => {
  it('is quiet without a label schema', () => {
    assert.deepEqual(findingsOf(ID, 'FROM debian:12\nLABEL created="yesterday"'), []);
  });

  it('flags values that are no RFC 3339 time stamp', () => {
    expectFindings(ID, `FROM debian:12
LABEL created="2024-05-01 12:00"
#             ^^^^^^^^^^^^^^^^^^ label-schema-rfc3339 "Label 'created' is not an RFC 3339 time stamp (2024-05-01T12:00:00Z): '2024-05-01 12:00'"
LABEL created=2024-02-30T10:00:00Z
#             ^^^^^^^^^^^^^^^^^^^^ label-schema-rfc3339`, schema);
  });

  it('accepts time stamps, empty values and variables', () => {
    expectClean(ID, 'FROM debian:12\nLABEL created="2024-05-01T12:00:00Z"\nLABEL created=""\nLABEL created=$BUILD_DATE', schema);
  });

  it('reads RFC 3339 date-time', () => {
    for (const ok of ['2024-05-01T12:00:00Z', '2024-05-01t12:00:00.123z', '2024-02-29T23:59:59+02:00', '1985-04-12T23:20:50.52Z', '2016-12-31T23:59:60Z']) assert.ok(isRfc3339(ok), ok);
    for (const bad of ['2024-05-01', '2024-05-01T12:00:00', '2023-02-29T00:00:00Z', '2024-13-01T00:00:00Z', '2024-05-01T24:00:00Z', '2024-05-01T12:00:00+0200', '2024-05-01 12:00:00Z']) assert.ok(!isRfc3339(bad), bad);
  });
});
