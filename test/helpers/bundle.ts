/**
 * The module aliases dist/ is bundled with (esbuild.mjs says why each), for
 * the bundles the tests and the bench build themselves, so they run the same
 * code as dist/.
 */
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const require = createRequire(resolve(__dirname, '../../package.json'));

/** `yaml`'s ES module build, which dist/ bundles. */
export const YAML_MODULE_BUILD = join(dirname(require.resolve('yaml/package.json')), 'browser/index.js');

/** esbuild's `alias` option as esbuild.mjs sets it. */
export const BUNDLE_ALIAS: Record<string, string> = {
  'vscode-languageserver-types': require.resolve('vscode-languageserver-types'),
  yaml: YAML_MODULE_BUILD,
};
