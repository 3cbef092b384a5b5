#!/usr/bin/env node
// The `shipshape` command: the bundled CLI.
require('../dist/cli.js');
