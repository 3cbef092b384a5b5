/** What the analysis workers keep of the disk: each path read once until the editor reports it changed. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ProjectView } from '../../server/src/engine/index.js';
import { CachedDisk } from '../../server/src/node/fs-project.js';

/** A disk of the given files that counts its reads. */
function countingDisk(files: Record<string, string>) {
  const reads: string[] = [];
  const disk: ProjectView = {
    root: '/w',
    readFile: (p) => (reads.push(`read ${p}`), files[p]),
    exists: (p) => (reads.push(`exists ${p}`), p in files || Object.keys(files).some((f) => f.startsWith(`${p}/`))),
    listDir: (p) => {
      reads.push(`list ${p}`);
      const names = Object.keys(files).filter((f) => f.startsWith(`${p}/`)).map((f) => f.slice(p.length + 1).split('/')[0]);
      return names.length ? [...new Set(names)] : undefined;
    },
  };
  return { disk, reads, files };
}

describe('CachedDisk', () => {
  it('reads a file, a folder and an existence once, and again after they changed', () => {
    const { disk, reads, files } = countingDisk({ '/w/a/.dockerignore': '.git\n', '/w/a/Dockerfile': 'FROM a\n' });
    const cached = new CachedDisk(disk);
    for (let i = 0; i < 3; i++) {
      assert.equal(cached.view.readFile('/w/a/.dockerignore'), '.git\n');
      assert.deepEqual(cached.view.listDir('/w/a'), ['.dockerignore', 'Dockerfile']);
      assert.equal(cached.view.exists('/w/a/.env'), false);
    }
    assert.deepEqual(reads, ['read /w/a/.dockerignore', 'list /w/a', 'exists /w/a/.env']);

    files['/w/a/.dockerignore'] = '.git\n.env\n';
    files['/w/a/.env'] = 'TOKEN=x\n';
    cached.forget(['/w/a/.dockerignore', '/w/a/.env']);
    assert.equal(cached.view.readFile('/w/a/.dockerignore'), '.git\n.env\n');
    assert.equal(cached.view.exists('/w/a/.env'), true);
    assert.deepEqual(cached.view.listDir('/w/a'), ['.dockerignore', 'Dockerfile', '.env'], 'the folder of a changed file is listed again');
    assert.equal(reads.length, 6);
  });

  it('forgets what was read below a folder that changed', () => {
    const { disk, reads, files } = countingDisk({ '/w/k8s/app/deploy.yaml': 'kind: Deployment\n' });
    const cached = new CachedDisk(disk);
    assert.deepEqual(cached.view.listDir('/w/k8s'), ['app']);
    assert.deepEqual(cached.view.listDir('/w/k8s/app'), ['deploy.yaml']);
    assert.equal(cached.view.readFile('/w/k8s/app/deploy.yaml'), 'kind: Deployment\n');
    delete files['/w/k8s/app/deploy.yaml'];
    cached.forget(['/w/k8s/app']);
    assert.equal(cached.view.readFile('/w/k8s/app/deploy.yaml'), undefined);
    assert.equal(cached.view.listDir('/w/k8s/app'), undefined);
    assert.equal(cached.view.listDir('/w/k8s'), undefined, 'its parent is listed again');
    assert.equal(reads.length, 6);
  });
});
