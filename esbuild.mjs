// Bundles the extension client, the language server and the CLI into dist/.
// `node esbuild.mjs --watch` rebuilds on change; `--production` minifies.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const yamlModuleBuild = join(dirname(require.resolve('yaml/package.json')), 'browser/index.js');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  loader: { '.md': 'text' },
  // The CommonJS build of the LSP types (what require() resolves): dockerfile-ast reads Range and Position off it for every argument,
  // and the ES module build, bundled, answers each read through a getter.
  // `yaml`'s ES module build: the CommonJS one reads process.env.LOG_TOKENS for every token it parses, about a
  // quarter of the parse (the two builds are compiled from the same source and differ only in such Node calls).
  // test/helpers/bundle.ts gives the bundles the tests and the bench build the same aliases.
  alias: { 'vscode-languageserver-types': require.resolve('vscode-languageserver-types'), yaml: yamlModuleBuild },
  logLevel: 'warning',
};

const builds = [
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  // No `import()` left in the server: it runs compiled through node:vm (server/src/node/code-cache.ts), where Node 20 cannot import.
  { ...common, entryPoints: { 'language-server': 'server/src/server.ts', cli: 'server/src/cli.ts' }, outdir: 'dist', supported: { 'dynamic-import': false } },
  // dist/server.js starts dist/language-server.js through V8's code cache.
  { ...common, entryPoints: { server: 'server/src/boot.ts' }, outdir: 'dist' },
];

// The shell parser's WebAssembly files are loaded from dist/ at run time.
mkdirSync('dist', { recursive: true });
copyFileSync(require.resolve('web-tree-sitter/tree-sitter.wasm'), 'dist/tree-sitter.wasm');
copyFileSync(require.resolve('tree-sitter-bash/tree-sitter-bash.wasm'), 'dist/tree-sitter-bash.wasm');

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
