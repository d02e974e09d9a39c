// Measures the HTML report on a synthetic organization (default: bench/data/M, 10,000 people;
// `npm run bench` generates it): how long `orgnet analyze … -o report.html` takes and how much of
// it is the page (layout, data, writing), the file's size, and in headless Chromium the time from
// navigation to the first drawn map (median of --opens runs) and the frame interval while panning.
//
//   node scripts/bench-html.mjs [--data bench/data/M] [--opens 3] [--chromium /usr/bin/chromium]
//
// Needs a build (npm run build). Figures go to stdout as one JSON object; BENCHMARKS.md has them.
/* global window, requestAnimationFrame, cancelAnimationFrame -- inside page.evaluate: browser code */
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: 'bench/data/M' },
    opens: { type: 'string', default: '3' },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
  },
});
const data = resolve(values.data);
const interactions = join(data, 'interactions.csv');
const people = join(data, 'people.csv');
const dir = mkdtempSync(join(tmpdir(), 'orgnet-bench-html-'));
const html = join(dir, 'report.html');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  // 1. The command as a user runs it: wall time and peak memory (GNU time).
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, 'bin/orgnet.cjs', 'analyze', interactions, '--people', people, '-o', html, '--quiet'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`orgnet failed: ${run.stderr}`);
  const [wall, rssKb] = run.stderr.trim().split('\n').pop().split(' ').map(Number);

  // 2. The page's own share: the same analysis in-process, then the page data (layout) and the whole page, timed apart.
  const { analyze } = await import('../dist/core/analysis/analyze.js');
  const { DEFAULT_OPTIONS } = await import('../dist/core/model/options.js');
  const { buildPageData } = await import('../dist/render/html/page-data-build.js');
  const { renderHtml } = await import('../dist/render/html/index.js');
  const { renderContext } = await import('../dist/render/context.js');
  const { readViewerAssets } = await import('../dist/io/viewer-assets.js');
  let t = performance.now();
  const analysis = await analyze(
    { interactions: { stream: createReadStream(interactions), file: interactions }, people: { stream: createReadStream(people), file: people } },
    DEFAULT_OPTIONS,
    { version: 'bench', now: () => new Date() },
  );
  const analysisSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  const pageData = buildPageData(analysis, 'en');
  const pageDataSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  let characters = 0;
  for (const chunk of renderHtml(analysis, renderContext({ viewer: readViewerAssets() }))) characters += chunk.length;
  const renderSeconds = (performance.now() - t) / 1000;

  // 3. Opening it: navigation start → first drawn map, and frames while panning, in two set-ups of
  //    headless Chromium without a GPU: the tests' flags (--disable-gpu: WebGL and compositing in
  //    the page's process, each frame read back) and the GPU process running SwiftShader (how a
  //    browser with a GPU composites, only in software).
  const { chromium } = await import('playwright-core');
  const common = ['--no-sandbox', '--headless', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
  const browsers = { disableGpu: [...common, '--disable-gpu'], gpuProcessSwiftShader: [...common, '--use-angle=swiftshader'] };
  const opening = {};
  for (const [name, args] of Object.entries(browsers)) {
    const browser = await chromium.launch({ executablePath: values.chromium, args });
    const firstDraw = [];
    let pan = null;
    for (let k = 0; k < Number(values.opens); k++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(pathToFileURL(html).href);
      await page.waitForSelector('#map-canvas[data-drawn]', { timeout: 60_000 });
      firstDraw.push(Number(await page.getAttribute('#map-canvas', 'data-drawn')));
      if (k === 0) pan = await panFrames(page);
      await page.close();
    }
    await browser.close();
    opening[name] = { firstDrawMs: { median: median(firstDraw), runs: firstDraw }, pan };
  }

  console.log(JSON.stringify({
    data,
    people: pageData.people.count,
    pairs: pageData.ties.total,
    drawnTies: pageData.ties.source.length,
    commandWallSeconds: wall,
    commandPeakRssMiB: Math.round(rssKb / 1024),
    analysisSeconds: round(analysisSeconds),
    pageDataSeconds: round(pageDataSeconds),
    renderSeconds: round(renderSeconds),
    fileBytes: statSync(html).size,
    fileMiB: round(statSync(html).size / 2 ** 20),
    characters,
    opening,
  }, null, 2));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function round(x) {
  return Math.round(x * 100) / 100;
}

/** Drags the map in a loop of 20 mouse moves, recording the interval between frames while dragging. */
async function panFrames(page) {
  await page.locator('#map-canvas').scrollIntoViewIfNeeded();
  const box = await page.locator('#map-canvas').boundingBox();
  await page.evaluate(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__frames.length < 100_000) window.__raf = requestAnimationFrame(tick);
    };
    window.__raf = requestAnimationFrame(tick);
  });
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const started = performance.now();
  for (let i = 0; i < 20; i++) await page.mouse.move(cx + 250 * Math.sin((i / 20) * Math.PI * 2), cy + 120 * Math.sin((i / 10) * Math.PI));
  const dragMs = performance.now() - started;
  const frames = await page.evaluate(() => {
    cancelAnimationFrame(window.__raf);
    return window.__frames.slice(1);
  });
  await page.mouse.up();
  const sorted = [...frames].sort((a, b) => a - b);
  return {
    moves: 20,
    msPerMove: round(dragMs / 20),
    frames: frames.length,
    medianFrameMs: round(sorted[Math.floor(sorted.length / 2)]),
    p95FrameMs: round(sorted[Math.floor(sorted.length * 0.95)]),
  };
}
