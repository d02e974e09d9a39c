/**
 * `--format html`: one self-contained page (docs/outputs.md) — the viewer's script and styles inlined,
 * the data embedded as JSON, no request of any kind (the Content-Security-Policy forbids every
 * fetch, and allows only the inlined script to run). Streamed: the head, the data chunk by
 * chunk, then the script. The page is built in the browser from the data with text nodes only,
 * so a name is always shown as text.
 */
import type { Analysis } from '../../core/analysis/analyze.js';
import type { RenderContext } from '../context.js';
import { stringsFor } from '../i18n/index.js';
import { pageDataChunks } from './embed.js';
import { escapeHtml } from './escape.js';
import { buildPageData } from './page-data-build.js';
import { DATA_ELEMENT_ID } from './page-data.js';
import { fileName } from '../shown-meta.js';

export function* renderHtml(analysis: Analysis, ctx: RenderContext): Generator<string> {
  // The page's data (the map's layout: seconds on a large network) is made before the first
  // chunk, so `-o` opens its file only once the long part is done (io/write-atomic.ts).
  const data = buildPageData(analysis, ctx.lang, ctx.compare ?? null, ctx.title);
  const assets = ctx.viewer;
  if (!assets) throw new Error('the HTML renderer needs the viewer (RenderContext.viewer), which the command hands in');
  const lang = ctx.lang;
  const t = stringsFor(lang);
  const { meta } = analysis.report;
  const csp = [
    "default-src 'none'",
    `script-src '${assets.scriptHash}'`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
  yield [
    '<!doctype html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="orgnet ${escapeHtml(meta.tool.version)}">`,
    `<title>${escapeHtml(ctx.title ?? `${t.title} · ${fileName(meta.input.file)}`)}</title>`,
    `<style>${assets.style}</style>`,
    '</head>',
    '<body>',
    `<noscript><p class="noscript">${escapeHtml(t.noscript)}</p></noscript>`,
    '<main id="app"></main>',
    `<script type="application/json" id="${DATA_ELEMENT_ID}">`,
  ].join('\n');
  yield* pageDataChunks(data);
  yield `</script>\n<script>${assets.script}</script>\n</body>\n</html>\n`;
}
