import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-maintainer';

describe(ID, () => {
  it('flags MAINTAINER in any stage', () => {
    expectFindings(ID, `FROM debian:12 AS build
MAINTAINER Jane Doe <jane@example.com>
^^^^^^^^^^ no-maintainer "MAINTAINER is deprecated: write the author as LABEL org.opencontainers.image.authors"
FROM debian:12
maintainer "ops@example.com"
^^^^^^^^^^ no-maintainer`);
  });

  it('accepts the label', () => {
    expectClean(ID, 'FROM debian:12\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"\nLABEL maintainer="x"');
  });

  it('rewrites it as the OCI authors label (safe), quoting and escaping the text', () => {
    assert.equal(applyFix(ID, 'FROM debian:12\nMAINTAINER Jane Doe <jane@example.com>\n'),
      'FROM debian:12\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"\n');
    assert.equal(applyFix(ID, 'FROM debian:12\nMAINTAINER "ops@example.com"\n'), 'FROM debian:12\nLABEL org.opencontainers.image.authors="ops@example.com"\n');
    assert.equal(applyFix(ID, 'FROM debian:12\nmaintainer Bob "B" $5\n'), 'FROM debian:12\nlabel org.opencontainers.image.authors="Bob \\"B\\" \\$5"\n');
    assert.deepEqual(fixTitles(ID, 'FROM debian:12\nMAINTAINER Jane \\\n  Doe'), []);
  });
});
