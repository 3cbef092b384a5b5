import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';

const ID = 'label-key-format';

describe(ID, () => {
  it('flags reserved namespaces, capitals, bad ends and doubled separators', () => {
    expectFindings(ID, `FROM debian:12
LABEL com.docker.version=1.0 Team=payments build..id=42 -start=x
      ^^^^^^^^^^^^^^^^^^ label-key-format "Invalid label key 'com.docker.version': the com.docker.* namespace is reserved for Docker"
                             ^^^^ label-key-format "Invalid label key 'Team': keys use only lower-case letters, digits, periods and hyphens"
                                           ^^^^^^^^^ label-key-format "Invalid label key 'build..id': keys have no consecutive periods or hyphens"
                                                        ^^^^^^ label-key-format "Invalid label key '-start': keys begin and end with a lower-case letter"`);
  });

  it('accepts reverse-DNS keys, plain words and variables', () => {
    expectClean(ID, 'FROM debian:12\nLABEL org.opencontainers.image.source=https://x maintainer=me com.example.team-name=a x=1\nLABEL $KEY=1');
  });
});

describe(`${ID} fix`, () => {
  it('rewrites the key in Docker\'s format', () => {
    const before = 'FROM alpine:3.23\nLABEL Maintainer=me "com.Example__Key"=1\n';
    assert.deepEqual(fixTitles(ID, before), ["Rename the label to maintainer (whatever reads 'Maintainer' must follow)"]);
    assert.equal(applyFix(ID, before), 'FROM alpine:3.23\nLABEL maintainer=me "com.Example__Key"=1\n');
    assert.equal(applyFix(ID, before, {}, 1), 'FROM alpine:3.23\nLABEL Maintainer=me com.example-key=1\n');
  });

  it('offers no fix for a reserved namespace', () => {
    assert.deepEqual(fixTitles(ID, 'FROM alpine:3.23\nLABEL com.docker.x=1\n'), []);
  });
});
