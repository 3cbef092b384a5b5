import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectClean, expectFindings, findingsOf } from '../../helpers/annotated.js';
import { isUri } from '../../../server/src/rules/dockerfile/lib/label-schema.js';

const ID = 'label-schema-url';
const schema = { settings: { labelSchema: { 'org.opencontainers.image.url': 'url' as const, docs: 'url' as const, title: 'text' as const } } };

describe(ID, () => {
  it('is quiet without a label schema', () => {
    assert.deepEqual(findingsOf(ID, 'FROM debian:12\nLABEL docs="not a url"'), []);
  });

  it('flags values of url labels that are no absolute URI, at the value', () => {
    expectFindings(ID, `FROM debian:12
LABEL org.opencontainers.image.url="www.example.com" title="not a url"
#                                  ^^^^^^^^^^^^^^^^^ label-schema-url "Label 'org.opencontainers.image.url' is not a valid URL: 'www.example.com'"
FROM debian:12 AS other
LABEL "docs"=https://example.com/a%zz
#            ^^^^^^^^^^^^^^^^^^^^^^^^ label-schema-url`, schema);
  });

  it('accepts URIs, empty values (label-schema-empty says those), variables and labels of other formats', () => {
    expectClean(ID, `FROM debian:12
LABEL org.opencontainers.image.url="https://www.hadolint.com" docs=mailto:team@example.com title="x y"
LABEL docs="" org.opencontainers.image.url=\${URL} other=nonsense`, schema);
  });

  it('reads RFC 3986 absolute URIs', () => {
    for (const ok of ['https://example.com', 'http://example.com:8080/a?b=c#d', 'urn:isbn:0451450523', 'https://example.com/a%20b', 'git+ssh://git@github.com/a/b.git']) assert.ok(isUri(ok), ok);
    for (const bad of ['', 'example.com', '/docs', 'https://example.com/a b', '1http://x', 'https://x/%2']) assert.ok(!isUri(bad), bad);
  });
});
