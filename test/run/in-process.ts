/**
 * Runs the given test files in this one process: each is imported in turn and
 * registers its suites with node:test, which runs them in order. One process
 * loads TypeScript, the rules and the shell parser's WebAssembly once instead
 * of once per file.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

async function main(): Promise<void> {
  for (const file of process.argv.slice(2)) await import(pathToFileURL(resolve(file)).href);
}

void main();
