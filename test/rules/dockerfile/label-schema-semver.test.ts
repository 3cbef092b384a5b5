import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';
import { isSemver } from '../../../server/src/rules/dockerfile/lib/label-schema.js';

const ID = 'label-schema-semver';
const schema = { settings: { labelSchema: { version: 'semver' as const } } };

describe(ID, () => {
  it('is quiet without a label schema', () => {
    assert.deepEqual(findingsOf(ID, 'FROM debian:12\nLABEL version=v1'), []);
  });

  it('flags values that are no semantic version', () => {
    expectFindings(ID, `FROM debian:12
LABEL version="v1.2"
#             ^^^^^^ label-schema-semver "Label 'version' is not a semantic version (1.2.3): 'v1.2'"
LABEL version=1.02.0 other=x
#             ^^^^^^ label-schema-semver`, schema);
  });

  it('accepts versions and variables', () => {
    expectClean(ID, 'FROM debian:12\nLABEL version="1.2.0"\nLABEL version=2.0.0-rc.1+build.5\nLABEL version=$VERSION', schema);
  });

  it('drops a v prefix before a semantic version (safe), and offers nothing for other values', () => {
    assert.equal(applyFix(ID, 'FROM debian:12\nLABEL version="v1.2.3"\n', schema), 'FROM debian:12\nLABEL version="1.2.3"\n');
    assert.equal(applyFix(ID, "FROM debian:12\nLABEL a=b version=V2.0.0-rc.1 c=d\n", schema), 'FROM debian:12\nLABEL a=b version=2.0.0-rc.1 c=d\n');
    assert.deepEqual(fixTitles(ID, 'FROM debian:12\nLABEL version=v1.2.3', schema), ["Drop the 'v' prefix (1.2.3)"]);
    assert.deepEqual(fixTitles(ID, 'FROM debian:12\nLABEL version=v1.2', schema), []);
    assert.deepEqual(fixTitles(ID, 'FROM debian:12\nLABEL version=1.02.0', schema), []);
  });

  it('reads Semantic Versioning 2.0.0', () => {
    for (const ok of ['0.0.0', '1.2.3', '1.0.0-alpha.1', '1.0.0-0.3.7', '1.0.0+20130313144700', '1.0.0-beta+exp.sha.5114f85']) assert.ok(isSemver(ok), ok);
    for (const bad of ['', '1', '1.2', 'v1.2.3', '01.2.3', '1.2.3-01', '1.2.3-', '1.2.3+']) assert.ok(!isSemver(bad), bad);
  });
});
