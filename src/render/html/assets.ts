/**
 * The viewer's script and styles, built by `npm run build` (scripts/build-viewer.mjs) into
 * dist/viewer/ and inlined into every page. Read once per process.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packageFile } from '../../io/package-file.js';

export interface ViewerAssets {
  script: string;
  style: string;
  /** Content-Security-Policy source for the script: only this exact script may run. */
  scriptHash: string;
}

let cached: ViewerAssets | null = null;

export function viewerAssets(): ViewerAssets {
  if (cached) return cached;
  const folder = fileURLToPath(new URL('.', packageFile('viewer/viewer.js')));
  if (!existsSync(`${folder}viewer.js`)) throw new Error('the HTML viewer is not built (dist/viewer/viewer.js is missing); run npm run build');
  const script = readFileSync(`${folder}viewer.js`, 'utf8');
  const style = readFileSync(`${folder}viewer.css`, 'utf8');
  // The build refuses these; a hand-edited file must not end its element early either.
  if (/<\/script/i.test(script) || /<\/style/i.test(style)) throw new Error('the HTML viewer bundle contains a closing tag; rebuild it with npm run build');
  cached = { script, style, scriptHash: `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}` };
  return cached;
}
