/**
 * renderContext as the command layer fills it: with the built HTML viewer (dist/viewer/), which
 * the HTML renderer needs and does not read itself.
 */
import { readViewerAssets } from '../../src/io/viewer-assets.js';
import { renderContext as pureContext, type RenderContext } from '../../src/render/context.js';

export function renderContext(options: Parameters<typeof pureContext>[0] = {}): RenderContext {
  return pureContext({ viewer: readViewerAssets(), ...options });
}
