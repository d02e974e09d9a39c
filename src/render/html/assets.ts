/**
 * The viewer's script and styles as the page inlines them. The renderer does not read them:
 * the command layer hands them in (src/io/viewer-assets.ts reads the built files), so the
 * renderer stays a function of the report and its context.
 */
import { createHash } from 'node:crypto';

export interface ViewerAssets {
  script: string;
  style: string;
  /** Content-Security-Policy source for the script: only this exact script may run. */
  scriptHash: string;
}

export function viewerAssetsOf(script: string, style: string): ViewerAssets {
  // The build refuses these; a hand-edited file must not end its element early either.
  if (/<\/script/i.test(script) || /<\/style/i.test(style)) throw new Error('the HTML viewer bundle contains a closing tag; rebuild it with npm run build');
  return { script, style, scriptHash: `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}` };
}
