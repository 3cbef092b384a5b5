import { describe, it } from 'node:test';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

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
