import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectClean, expectFindings, findingsOf } from '../../helpers/annotated.js';
import { isSpdx } from '../../../server/src/rules/dockerfile/lib/label-schema.js';

const ID = 'label-schema-spdx';
const schema = { settings: { labelSchema: { 'org.opencontainers.image.licenses': 'spdx' as const } } };

describe(ID, () => {
  it('is quiet without a label schema', () => {
    assert.deepEqual(findingsOf(ID, 'FROM debian:12\nLABEL org.opencontainers.image.licenses="Apache 2"'), []);
  });

  it('flags values that are no SPDX license expression', () => {
    expectFindings(ID, `FROM debian:12
LABEL org.opencontainers.image.licenses="Apache 2"
#                                       ^^^^^^^^^^ label-schema-spdx "Label 'org.opencontainers.image.licenses' is not an SPDX license identifier or expression (MIT, Apache-2.0): 'Apache 2'"
LABEL org.opencontainers.image.licenses=mit
#                                       ^^^ label-schema-spdx`, schema);
  });

  it('accepts identifiers and expressions', () => {
    expectClean(ID, 'FROM debian:12\nLABEL org.opencontainers.image.licenses="MIT OR Apache-2.0"\nLABEL org.opencontainers.image.licenses=BSD-3-Clause', schema);
  });

  it('reads SPDX expressions', () => {
    for (const ok of ['MIT', 'Apache-2.0', '(MIT OR Apache-2.0) AND BSD-2-Clause', 'GPL-2.0-only WITH Classpath-exception-2.0', 'LicenseRef-Proprietary', 'GPL-2.0+']) assert.ok(isSpdx(ok), ok);
    for (const bad of ['', 'mit', 'Apache 2.0', 'GPL', 'MIT OR', 'proprietary']) assert.ok(!isSpdx(bad), bad);
  });
});
