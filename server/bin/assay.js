#!/usr/bin/env node
// The `assay` command: runs the bundled CLI (built by scripts/build.mjs on install).
// V8's compiled code for the bundle is kept between runs (Node's own compile cache from Node 22.1, the
// v8-compile-cache package before it): compiling the bundle again is a large part of a short run's
// start-up. Without either (the extension ships no node_modules) the CLI runs the same, only slower.
const { enableCompileCache } = require('node:module');
if (typeof enableCompileCache === 'function') enableCompileCache();
else {
  try {
    require('v8-compile-cache');
  } catch {
    // Not installed: nothing is cached.
  }
}
require('../dist/cli.js');
