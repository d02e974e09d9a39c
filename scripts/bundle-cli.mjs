// Bundles the command line (dist/cli/main.js, the commands it loads on demand, and the two worker
// scripts) with esbuild into dist/bundle/, which bin/orgnet.cjs runs. Node resolves, reads and
// links every ES module on its own — some 200 files for one analysis, 170 ms before any work — so
// one pass over a few files makes every run start sooner. Each command stays its own chunk, so
// `orgnet --help` loads none of the analysis. The library entry (dist/index.js) is not bundled.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync('dist/bundle', { recursive: true, force: true });
await build({
  entryPoints: {
    main: 'dist/cli/main.js',
    'kernel-worker': 'dist/io/kernel-worker.js',
    'read-worker': 'dist/io/read-worker.js',
  },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // A package's ES module build before its CommonJS one: jsonc-parser's UMD build requires its
  // parts by names esbuild cannot follow.
  mainFields: ['module', 'main'],
  chunkNames: 'chunk-[hash]',
  // Loaded only by the commands and formats that need them, and large or native: they stay
  // packages of their own.
  external: ['exceljs', '@duckdb/node-api', 'playwright-core'],
  // The bundled CommonJS packages (commander, graphology) call require().
  banner: { js: "import { createRequire as __orgnetRequire } from 'node:module'; const require = __orgnetRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
