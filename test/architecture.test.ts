/**
 * The layers hold: every import in server/src and client/src runs downwards
 * (docs/architecture.md). A wrong import fails here with the file, the line and
 * the rule it breaks.
 *
 *   text.ts, paths.ts ← parse ← knowledge ← model ← rules ← engine ← harden, config, node ← lsp | cli
 *   client → server/src/protocol.ts only
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = join(__dirname, '..');
const SERVER = join(ROOT, 'server/src');
const CLIENT = join(ROOT, 'client/src');

/** The layer of a file under server/src, lower is more basic. */
export function layerOf(rel: string): { name: string; rank: number } | undefined {
  const top = rel.split('/')[0];
  const table: Record<string, number> = {
    'text.ts': 0, 'paths.ts': 0, parse: 1, knowledge: 2, model: 3, rules: 4, engine: 5, harden: 6, report: 6, registry: 6, config: 6, node: 6,
    lsp: 7, cli: 7, 'boot.ts': 7, 'server.ts': 7, 'cli.ts': 7, 'protocol.ts': 7,
  };
  return top in table ? { name: top.replace(/\.ts$/, ''), rank: table[top] } : undefined;
}

/** Relative imports of a source file: `from '…'`, `import('…')`, `export … from '…'`, with line numbers. */
export function importsOf(text: string): { spec: string; line: number }[] {
  const out: { spec: string; line: number }[] = [];
  text.split('\n').forEach((l, i) => {
    for (const m of l.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)'([^']+)'/g)) out.push({ spec: m[1], line: i + 1 });
  });
  return out;
}

/** Every way `from` importing `to` (both relative to server/src, or `client/…`) breaks the layers. */
export function violations(from: string, to: string): string[] {
  const problems: string[] = [];
  if (from.startsWith('client/')) {
    if (!to.startsWith('client/') && to !== 'protocol.ts') problems.push('the client imports only server/src/protocol.ts');
    return problems;
  }
  if (to.startsWith('client/')) return ['the server never imports the client'];
  if (to.startsWith('outside/')) return problems;
  const a = layerOf(from);
  const b = layerOf(to);
  if (!a || !b) return problems;
  if (b.rank > a.rank) problems.push(`${a.name} (layer ${a.rank}) may not import ${b.name} (layer ${b.rank})`);
  if (a.rank === 7 && b.rank <= 5 && to !== 'engine/index.ts') problems.push('the language server and the CLI use the engine through engine/index.ts');
  if (a.name === 'rules' && b.name === 'rules') {
    const kindOf = (p: string) => p.split('/')[1];
    const shared = ['types.ts', 'kinds.ts', 'index.ts', 'registry.ts'];
    if (!shared.includes(kindOf(to)) && !shared.includes(kindOf(from)) && kindOf(from) !== kindOf(to)) {
      problems.push(`a ${kindOf(from)} rule may not reach into rules/${kindOf(to)}; shared understanding of a project lives in model/`);
    }
  }
  return problems;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.ts$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

function relName(abs: string): string {
  if (abs.startsWith(SERVER + sep)) return relative(SERVER, abs).split(sep).join('/');
  if (abs.startsWith(CLIENT + sep)) return `client/${relative(CLIENT, abs).split(sep).join('/')}`;
  return `outside/${relative(ROOT, abs).split(sep).join('/')}`;
}

describe('architecture', () => {
  it('knows the rule it enforces', () => {
    assert.deepEqual(violations('parse/shell.ts', 'engine/init.ts'), ['parse (layer 1) may not import engine (layer 5)']);
    assert.deepEqual(violations('lsp/hover.ts', 'parse/dockerfile.ts'), ['the language server and the CLI use the engine through engine/index.ts']);
    assert.deepEqual(violations('rules/compose/x.ts', 'rules/dockerfile/lib/user.ts'), ['a compose rule may not reach into rules/dockerfile; shared understanding of a project lives in model/']);
    assert.deepEqual(violations('client/extension.ts', 'engine/index.ts'), ['the client imports only server/src/protocol.ts']);
    assert.deepEqual(violations('harden/plan.ts', 'model/user.ts'), []);
    assert.deepEqual(violations('cli/main.ts', 'engine/index.ts'), []);
    assert.deepEqual(importsOf("import a from './a.js';\nexport * from '../b.js';\nconst c = import('../c.js');\nimport './d.js';"),
      [{ spec: './a.js', line: 1 }, { spec: '../b.js', line: 2 }, { spec: '../c.js', line: 3 }, { spec: './d.js', line: 4 }]);
  });

  it('holds for every import in server/src and client/src', () => {
    const found: string[] = [];
    for (const file of [...sourceFiles(SERVER), ...sourceFiles(CLIENT)]) {
      for (const { spec, line } of importsOf(readFileSync(file, 'utf8'))) {
        if (!spec.startsWith('.')) continue;
        const target = resolve(dirname(file), spec).replace(/\.js$/, '.ts');
        for (const p of violations(relName(file), relName(target))) found.push(`${relative(ROOT, file)}:${line} imports ${spec}: ${p}`);
      }
    }
    assert.deepEqual(found, []);
  });
});
