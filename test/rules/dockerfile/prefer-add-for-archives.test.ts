import { before, describe, it } from 'node:test';
import { initEngine } from '../../../server/src/engine/init.js';
import { expectClean, expectFindings } from '../../helpers/annotated.js';

const ID = 'prefer-add-for-archives';

describe(ID, () => {
  before(() => initEngine());

  it('flags an archive copied and then extracted with tar in the stage', () => {
    expectFindings(ID, `FROM debian:12
COPY node-v22.tar.gz /tmp/
     ^^^^^^^^^^^^^^^ prefer-add-for-archives "'node-v22.tar.gz' is copied and then extracted with tar on line 3: ADD extracts a local archive itself, without keeping the archive in a layer"
RUN tar -xzf /tmp/node-v22.tar.gz -C /opt && rm /tmp/node-v22.tar.gz
COPY dist/app.tgz lib.tar.xz /srv/
     ^^^^^^^^^^^^ prefer-add-for-archives
RUN cd /srv && tar xf app.tgz`);
  });

  it('accepts archives that are not extracted, tar creating an archive, other stages and ADD', () => {
    expectClean(ID, `FROM debian:12 AS a
COPY app.tar.gz /srv/
RUN tar -czf /tmp/backup.tar.gz /srv
FROM debian:12
RUN tar -xzf /srv/app.tar.gz
ADD app.tar.gz /opt/
COPY --from=a /srv/app.tar.gz /tmp/
RUN tar -xzf /tmp/app.tar.gz`);
  });
});
