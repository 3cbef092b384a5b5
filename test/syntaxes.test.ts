/** The TextMate injection that highlights `# shipshape-ignore <rule-id>` directives in Dockerfile, YAML and ignore-file comments. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = resolve(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('directive highlighting', () => {
  const [grammar] = pkg.contributes.grammars;
  const json = JSON.parse(readFileSync(join(ROOT, grammar.path), 'utf8'));
  const re = new RegExp(json.repository.directive.match);

  it('is contributed, packaged and injected into the file kinds that carry directives', () => {
    assert.ok(existsSync(join(ROOT, grammar.path)));
    assert.equal(json.scopeName, grammar.scopeName);
    assert.deepEqual(grammar.injectTo, ['source.dockerfile', 'source.yaml', 'source.ignore']);
    assert.match(readFileSync(join(ROOT, '.vscodeignore'), 'utf8'), /^!syntaxes\/\*\.json$/m);
  });

  it('captures the directive and its rule ids, as the engine reads them', () => {
    assert.deepEqual([...(re.exec('# shipshape-ignore no-root-user -- drops privileges itself') ?? [])].slice(1), ['shipshape-ignore', 'no-root-user']);
    assert.deepEqual([...(re.exec('# shipshape-ignore-file apt-pin-versions, require-user') ?? [])].slice(1), ['shipshape-ignore-file', 'apt-pin-versions, require-user']);
    assert.equal(re.exec('# shipshape ignore no-root-user'), null);
    assert.equal(re.exec('# not-shipshape-ignoreX no-root-user'), null);
  });
});
