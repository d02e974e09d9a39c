// Bundles the HTML report's viewer (src/viewer: sigma, graphology, the sections and charts) and
// its styles with esbuild into dist/viewer/, which the HTML renderer inlines into every page.
// Run by `npm run build` after tsc, so `npm install` on a fresh clone (prepare → build) makes it.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

// ORGNET_VIEWER_DEBUG=1 keeps the bundle readable, for profiling the page in a browser.
const common = { bundle: true, minify: !process.env.ORGNET_VIEWER_DEBUG, legalComments: 'eof', charset: 'utf8', logLevel: 'warning' };

await build({
  ...common,
  entryPoints: ['src/viewer/main.ts'],
  outfile: 'dist/viewer/viewer.js',
  format: 'iife',
  platform: 'browser',
  // Current browsers of the last years; the page needs WebGL for the map anyway.
  target: ['chrome100', 'firefox100', 'safari15', 'edge100'],
  tsconfig: 'src/viewer/tsconfig.json',
});
await build({ ...common, entryPoints: ['src/viewer/viewer.css'], outfile: 'dist/viewer/viewer.css' });

// The renderer inlines both into <script> and <style>: a closing tag inside would end them early.
for (const [file, closing] of [['dist/viewer/viewer.js', /<\/script/i], ['dist/viewer/viewer.css', /<\/style/i]]) {
  if (closing.test(readFileSync(file, 'utf8'))) {
    console.error(`build-viewer: ${file} contains ${closing.source}; it cannot be inlined`);
    process.exit(1);
  }
}
