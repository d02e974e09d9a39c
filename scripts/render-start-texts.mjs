// Renders, at build time, what the bundled command line prints for the arguments a person runs
// first — `--help`, `-h`, `help`, `--version`, `-V` — into dist/bundle/start-texts.json, which
// bin/orgnet.cjs prints without loading the command line (help wraps at 80 columns everywhere,
// src/cli/main.ts). Loading the bundle's modules and commander costs 30–45 ms on top of Node's
// own start, which `orgnet --help` is asked to stay close to. Only arguments that print to
// standard output alone and exit 0 are kept, so the short path can never hide an error.
import { writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { main } from '../dist/bundle/main.js';

const START_ARGUMENTS = ['--help', '-h', 'help', '--version', '-V'];

const texts = {};
for (const arg of START_ARGUMENTS) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdin: Readable.from([]),
    stdout: { write: (s) => (stdout += s), isTTY: false },
    stderr: { write: (s) => (stderr += s), isTTY: false },
    env: {},
    cwd: process.cwd(),
    now: () => new Date(),
  };
  const code = await main([arg], io);
  if (code === 0 && stderr === '' && stdout !== '') texts[arg] = stdout;
}
writeFileSync('dist/bundle/start-texts.json', JSON.stringify(texts));
