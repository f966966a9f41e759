#!/usr/bin/env node
// The `assay` command: runs the bundled CLI (built by scripts/build.mjs on install).
require('../dist/cli.js');
