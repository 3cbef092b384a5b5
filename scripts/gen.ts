/**
 * Everything generated from the rule registry, in one place:
 * - package.json: one `shipshape.rules` setting per rule;
 * - schemas/shipshape.schema.json and schemas/package-json.schema.json;
 * - the CLI's golden outputs on examples/atm-system (test/golden/atm-system).
 *
 *   npm run gen          rewrites what is stale
 *   npm run gen:check    writes nothing; fails with a diff when anything is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { portable, sarifGoldenText } from '../test/golden/golden.js';
import { ruleProperties, withRuleProperties } from './gen-manifest.js';

const ROOT = resolve(__dirname, '..');
const EXAMPLE = join(ROOT, 'examples/atm-system');
const GOLDEN = join(ROOT, 'test/golden/atm-system');

interface Output {
  path: string;
  text: string;
}

/** Runs `shipshape <args>` in-process in `cwd`, as a pipe would (no terminal, no colour). */
async function cliOutput(args: string[], cwd: string): Promise<string> {
  const { main } = await import('../server/src/cli/main.js');
  let out = '';
  let err = '';
  const code = await main(args, {
    cwd,
    env: {},
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    cores: 1,
  });
  if (code > 1) throw new Error(`shipshape ${args.join(' ')} exited with ${code}:\n${err}`);
  return out;
}

async function outputs(): Promise<Output[]> {
  // Rule docs are imported as text, as the bundle does.
  createRequire(__filename)('../test/helpers/md.cjs');
  const { rules } = await import('../server/src/rules/index.js');
  const { buildConfigSchema, buildPackageJsonSchema } = await import('../server/src/config/schema.js');
  const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
  const packageJson = join(ROOT, 'package.json');
  const scan = (format: string) => cliOutput(['scan', '--format', format], EXAMPLE);
  return [
    { path: packageJson, text: withRuleProperties(readFileSync(packageJson, 'utf8'), ruleProperties(rules)) },
    { path: join(ROOT, 'schemas/shipshape.schema.json'), text: json(buildConfigSchema()) },
    { path: join(ROOT, 'schemas/package-json.schema.json'), text: json(buildPackageJsonSchema()) },
    { path: join(GOLDEN, 'scan.txt'), text: portable(await scan('text')) },
    { path: join(GOLDEN, 'scan.json'), text: portable(await scan('json')) },
    { path: join(GOLDEN, 'scan.sarif'), text: portable(sarifGoldenText(JSON.parse(await scan('sarif')))) },
    { path: join(GOLDEN, 'scan.github.txt'), text: portable(await scan('github')) },
  ];
}

function current(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const stale = (await outputs()).filter((o) => current(o.path) !== o.text);
  for (const o of stale) {
    const rel = relative(ROOT, o.path);
    if (check) {
      const patch = createTwoFilesPatch(rel, `${rel} (generated)`, current(o.path) ?? '', o.text, undefined, undefined, { context: 2 });
      const lines = patch.split('\n');
      console.error(lines.slice(0, 80).join('\n') + (lines.length > 80 ? `\n… ${lines.length - 80} more lines` : ''));
    } else {
      writeFileSync(o.path, o.text);
      console.log(`wrote ${rel}`);
    }
  }
  if (check && stale.length) {
    console.error(`\n${stale.length} generated file(s) are stale: run \`npm run gen\` and review the diff.`);
    process.exitCode = 1;
  } else if (!stale.length) {
    console.log('generated files are up to date');
  }
}

void main();
