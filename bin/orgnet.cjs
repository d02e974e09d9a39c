#!/usr/bin/env node
'use strict';
// CommonJS, and nothing loaded for help and version: Node starts an ES module entry point
// several milliseconds later, and the bundled command line (dist/bundle/main.js) 30–45 ms later.
const { readFileSync, writeSync } = require('node:fs');
const { join } = require('node:path');

const argv = process.argv.slice(2);
if (!(argv.length === 1 && printRendered(argv[0]))) {
  import('../dist/bundle/main.js')
    .then(({ main, nodeIo }) => main(argv, nodeIo()))
    .then((code) => {
      process.exitCode = code;
    });
}

/**
 * Prints the text the command line printed for this one argument at build time
 * (scripts/render-start-texts.mjs). False when there is none: the command line runs.
 */
function printRendered(arg) {
  let texts;
  try {
    texts = JSON.parse(readFileSync(join(__dirname, '../dist/bundle/start-texts.json'), 'utf8'));
  } catch {
    return false;
  }
  if (!Object.hasOwn(texts, arg)) return false;
  const bytes = Buffer.from(texts[arg]);
  let done = 0;
  try {
    while (done < bytes.length) done += writeSync(1, bytes, done);
  } catch (error) {
    // A closed pipe (`orgnet --help | head -1`) ends quietly; a pipe that would block takes
    // the rest through Node's stream, which waits for it.
    if (error.code === 'EAGAIN') process.stdout.write(bytes.subarray(done));
    else if (error.code !== 'EPIPE') throw error;
  }
  return true;
}
