// Lets tests import rule docs (`*.md`) as text, as the esbuild bundle does.
const fs = require('node:fs');

require.extensions['.md'] = (module, filename) => {
  module.exports = { __esModule: true, default: fs.readFileSync(filename, 'utf8') };
};
