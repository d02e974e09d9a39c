/**
 * The HTML viewer's script and styles, built by `npm run build` (scripts/build-viewer.mjs) into
 * dist/viewer/, read once per process and handed to the HTML renderer in its context.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { viewerAssetsOf, type ViewerAssets } from '../render/html/assets.js';
import { packageFile } from './package-file.js';

let cached: ViewerAssets | null = null;

export function readViewerAssets(): ViewerAssets {
  if (cached) return cached;
  const folder = fileURLToPath(new URL('.', packageFile('viewer/viewer.js')));
  if (!existsSync(`${folder}viewer.js`)) throw new Error('the HTML viewer is not built (dist/viewer/viewer.js is missing); run npm run build');
  cached = viewerAssetsOf(readFileSync(`${folder}viewer.js`, 'utf8'), readFileSync(`${folder}viewer.css`, 'utf8'));
  return cached;
}
