/**
 * Under `node --test`, runs the test files listed in SHIPSHAPE_TEST_FILES
 * (separated by commas) in this one process, as test/run/in-process.ts does
 * for its arguments. The language-server test files run this way: each
 * spawns its own servers, so they need not be processes of their own, and
 * sharing one loads TypeScript and bundles the server once instead of once
 * per file.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

async function main(): Promise<void> {
  const files = (process.env.SHIPSHAPE_TEST_FILES ?? '').split(',').filter(Boolean);
  for (const file of files) await import(pathToFileURL(resolve(file)).href);
}

void main();
