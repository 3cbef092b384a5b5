import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectClean, expectFindings, findingsOf } from '../../helpers/annotated.js';
import { isEmail } from '../../../server/src/rules/dockerfile/lib/label-schema.js';

const ID = 'label-schema-email';
const schema = { settings: { labelSchema: { maintainer: 'email' as const } } };

describe(ID, () => {
  it('is quiet without a label schema', () => {
    assert.deepEqual(findingsOf(ID, 'FROM debian:12\nLABEL maintainer="Jane"'), []);
  });

  it('flags values that are no address', () => {
    expectFindings(ID, `FROM debian:12
LABEL maintainer="Jane Doe <jane@example.com>"
#                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ label-schema-email "Label 'maintainer' is not an RFC 5322 e-mail address (name@example.com, no display name): 'Jane Doe <jane@example.com>'"
LABEL maintainer=jane.example.com
#                ^^^^^^^^^^^^^^^^ label-schema-email`, schema);
  });

  it('accepts addresses and variables', () => {
    expectClean(ID, 'FROM debian:12\nLABEL maintainer="jane@example.com"\nLABEL maintainer=$OWNER', schema);
  });

  it('reads RFC 5322 addr-spec', () => {
    for (const ok of ['a@b', 'jane.doe+docker@example.co.uk', '"on call"@example.com', 'ops@[192.0.2.1]', "o'brien@example.ie"]) assert.ok(isEmail(ok), ok);
    for (const bad of ['', 'jane', '@example.com', 'jane@', 'a..b@example.com', 'a@b@c', 'Jane <jane@example.com>', 'a b@example.com']) assert.ok(!isEmail(bad), bad);
  });
});
