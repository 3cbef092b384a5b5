/**
 * Entry point of the integration suite inside the VS Code extension host (`extensionTestsPath`): runs every
 * `*.spec.js` beside it with mocha, prints each result and a closing `N passed, N failed` line, and rejects when a
 * test failed, which makes the workbench exit with a non-zero code.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  const grep = process.env.SHIPSHAPE_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.spec.js')).sort()) mocha.addFile(join(__dirname, file));
  await new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const { passes = 0, failures: failed = 0, pending = 0 } = runner.stats ?? {};
      console.log(`extension host: ${passes} passed, ${failed} failed${pending ? `, ${pending} skipped` : ''}`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else if (passes === 0) reject(new Error('no integration test ran'));
      else resolve();
    });
  });
}
