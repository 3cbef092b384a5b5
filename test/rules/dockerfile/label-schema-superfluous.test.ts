import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectClean, expectFindings, findingsOf } from '../../helpers/annotated.js';

const ID = 'label-schema-superfluous';
const strict = { settings: { labelSchema: { source: 'url' as const }, strictLabels: true } };

describe(ID, () => {
  it('is quiet without strict-labels', () => {
    assert.deepEqual(findingsOf(ID, 'FROM debian:12\nLABEL team=x', { settings: { labelSchema: { source: 'url' } } }), []);
    assert.deepEqual(findingsOf(ID, 'FROM debian:12\nLABEL team=x', { settings: { labelSchema: { source: 'url' }, strictLabels: false } }), []);
  });

  it('flags each LABEL with labels outside the schema once, spanning and naming them', () => {
    expectFindings(ID, `FROM debian:12
LABEL source=https://example.com team=payments
#                                ^^^^^^^^^^^^^ label-schema-superfluous "Label 'team' is not in the label schema, and strict-labels allows no others"
LABEL a=1 source=https://example.com "b"=2
#     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ label-schema-superfluous "Labels 'a', 'b' are not in the label schema, and strict-labels allows no others"`, strict);
  });

  it('flags every label when strict-labels comes without a schema', () => {
    expectFindings(ID, `FROM debian:12
LABEL source=x
#     ^^^^^^^^ label-schema-superfluous`, { settings: { strictLabels: true } });
  });

  it('accepts labels of the schema', () => {
    expectClean(ID, 'FROM debian:12\nLABEL source=https://example.com\nLABEL "source"=y', strict);
  });
});
