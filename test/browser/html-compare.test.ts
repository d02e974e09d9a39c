/**
 * `analyze --compare BEFORE` in a real browser (Debian's headless Chromium, playwright-core), as
 * html-report.test.ts opens pages: from file:// with every other request blocked and recorded,
 * console errors recorded. The acme example split at 2025-07-01 (test/helpers/acme-halves.ts):
 * the map draws the ties gained and lost in their colours, the switch hides them, the changes
 * section shows the fading Marketing team's figures as `orgnet diff --format json` computes
 * them, a JSON BEFORE says why there are no tie changes, and the Spanish page is in Spanish.
 * Screenshots under test/artifacts/.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DiffResult } from '../../src/core/model/diff.js';
import { fmtFor } from '../../src/render/i18n/index.js';
import { writeAcmeHalves } from '../helpers/acme-halves.js';
import { ARTIFACTS, CHROMIUM, CHROMIUM_ARGS as ARGS, HAS_CHROMIUM, openOffline, writeHtml, pixelsNear, type Opened } from '../helpers/browser.js';
import { ROOT, run, runJson } from '../helpers/cli.js';

const PEOPLE = ['--people', 'fixtures/acme/people.csv'];
/** The change layer's colours (src/viewer/map/colors.ts GAINED, LOST). */
const GAINED: [number, number, number] = [0x1a, 0x96, 0x41];
const LOST: [number, number, number] = [0xd0, 0x1c, 0x8b];

describe.skipIf(!HAS_CHROMIUM)('the HTML report with --compare in headless Chromium', () => {
  let browser: Browser;
  let dir: string;
  let diff: DiffResult;
  const files: Record<string, string> = {};

  async function write(name: string, args: string[]): Promise<void> {
    files[name] = await writeHtml(dir, name, args);
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'orgnet-compare-browser-'));
    mkdirSync(ARTIFACTS, { recursive: true });
    const { first, second } = writeAcmeHalves(dir);
    const firstJson = join(dir, 'first-half.json');
    expect((await run(['analyze', first, ...PEOPLE, '--format', 'json', '-o', firstJson])).code).toBe(0);
    await write('halves', [second, ...PEOPLE, '--compare', first]);
    await write('halves-es', [second, ...PEOPLE, '--compare', first, '--lang', 'es']);
    await write('halves-json', [second, ...PEOPLE, '--compare', firstJson]);
    const every = join(ROOT, 'fixtures/diff/every-change');
    await write('every-change', [join(every, 'after.csv'), '--people', join(every, 'people.csv'), '--compare', join(every, 'before.csv')]);
    const d = await runJson<DiffResult>(['diff', first, second, ...PEOPLE, '--format', 'json']);
    expect(d.code).toBe(0);
    diff = d.json;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const open = (file: string): Promise<Opened> => openOffline(browser, file);

  async function mapPixels(page: Page): Promise<PNG> {
    await page.waitForTimeout(300);
    return PNG.sync.read(await page.locator('#map-canvas').screenshot());
  }

  const near = pixelsNear;

  test('the acme halves: offline, no console error, "Changes since …" right after the headline figures', async () => {
    const { page, requests, errors } = await open(files.halves!);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    const headings = await page.$$eval('section h2', (h) => h.map((e) => e.textContent));
    expect(headings.slice(0, 4)).toEqual(['Findings', 'Headline figures', expect.stringMatching(/^Changes since .*first-half\.csv$/), 'Network map']);
    await page.screenshot({ path: join(ARTIFACTS, 'compare-en.png'), fullPage: true });
    await page.close();
  });

  test('whom to brief: the reach players who came in and went, as the diff of the two halves lists them', async () => {
    const { before, after } = diff.summary.reachPlayers;
    expect(after.length).toBeGreaterThan(0);
    const { page } = await open(files.halves!);
    const text = (await page.textContent('#changes [data-block=reach-players]'))!;
    const fresh = after.filter((id) => !before.includes(id));
    const gone = before.filter((id) => !after.includes(id));
    for (const id of fresh) expect(text).toContain(id);
    for (const id of gone) expect(text).toContain(id);
    if (fresh.length === 0 && gone.length === 0) expect(text).toContain('The same reach players');
    // The top 5 % share, before and now, in the organization's block.
    expect(await page.textContent('#changes [data-block=organization]')).toContain('Top 5% give');
    await page.close();
  });

  test('the fading Marketing team: its activity rate and the weight of its ties, before, now and the change', async () => {
    const { page } = await open(files.halves!);
    const x = fmtFor('en');
    const marketing = diff.groups.find((g) => g.group === 'Marketing')!;
    const row = async (field: string) =>
      page.$$eval(`#changes .group-change[data-field=${field}] tr`, (rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)).find((cells) => cells[0] === 'Marketing'));
    const rate = marketing.activityRate;
    const points = Math.round(Math.abs(rate.change!) * 1000) / 10;
    expect(await row('activityRate')).toEqual(['Marketing', x.share(rate.before), x.share(rate.after), `−${points.toFixed(1)} pts`]);
    const weight = marketing.weight;
    expect(await row('weight')).toEqual(['Marketing', x.num(weight.before), x.num(weight.after), `−${x.num(-weight.change!)}`]);
    const text = (await page.textContent('#changes')) ?? '';
    const dormant = diff.people.filter((p) => p.presence === 'stayed' && p.status.after === 'dormant' && p.status.before !== 'dormant');
    expect(text).toContain(`Now dormant: ${dormant.length} (Marketing ${dormant.filter((p) => p.group.after === 'Marketing').length})`);
    expect(text).toContain(`${diff.summary.ties.before} → ${diff.summary.ties.after} ties: ${diff.summary.ties.gained} gained, ${diff.summary.ties.lost} lost`);
    await page.locator('#changes .change-block[data-block=groups]').screenshot({ path: join(ARTIFACTS, 'compare-groups.png') });
    await page.close();
  });

  test('ties gained and lost are drawn in their colours, with a legend; the switch hides them', async () => {
    const { page, errors } = await open(files.halves!);
    const legend = (await page.textContent('#map .change-legend')) ?? '';
    expect(legend).toContain('tie gained (8)'); // the 8 pairs pablo.ruiz and others formed (worked out in analyze-compare.test.ts)
    expect(legend).toContain('tie lost (1)'); // ben.taylor → felix.hoffmann
    await page.locator('#map').scrollIntoViewIfNeeded();
    const shown = await mapPixels(page);
    expect(near(shown, GAINED)).toBeGreaterThan(300);
    expect(near(shown, LOST)).toBeGreaterThan(30);
    await page.locator('#map').screenshot({ path: join(ARTIFACTS, 'compare-map.png') });
    await page.uncheck('#map input[name=show-changes]');
    expect(await page.getAttribute('#map-canvas', 'data-changes')).toBe('hidden');
    const hidden = await mapPixels(page);
    expect(near(hidden, GAINED)).toBeLessThan(near(shown, GAINED) / 20);
    expect(near(hidden, LOST)).toBe(0);
    await page.check('#map input[name=show-changes]');
    expect(near(await mapPixels(page), GAINED)).toBeGreaterThan(300);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the person card says what changed: pablo.ruiz rose in PageRank', async () => {
    const { page } = await open(files.halves!);
    const pablo = diff.people.find((p) => p.id === 'pablo.ruiz')!;
    await page.fill('#map input.search', 'pablo.ruiz');
    await page.press('#map input.search', 'Enter');
    const details = (await page.textContent('#map .details')) ?? '';
    expect(details).toContain('since before');
    expect(details).toContain(`PageRank rank ${pablo.pagerank.rankBefore} → ${pablo.pagerank.rankAfter}`);
    await page.waitForTimeout(800);
    await page.locator('#map').screenshot({ path: join(ARTIFACTS, 'compare-pablo.png') });
    await page.close();
  });

  test('a JSON report without its ties as BEFORE: the figures, and the page says tie changes need the ties of both sides', async () => {
    const { page, errors } = await open(files['halves-json']!);
    expect(errors).toEqual([]);
    expect(await page.textContent('#changes .no-tie-changes')).toMatch(/^Tie changes need the ties of both snapshots: .*first-half\.json is a JSON report made without --with-ties/);
    expect(await page.textContent('#map .change-legend')).toContain('a JSON report made without --with-ties holds no tie list');
    expect(await page.$$eval('#map input[name=show-changes]', (e) => e.length)).toBe(0);
    expect(near(await mapPixels(page), GAINED)).toBe(0);
    await page.close();
  });

  test('the people who left are ghosts on the map, named in the legend (every-change: lee)', async () => {
    const { page, errors } = await open(files['every-change']!);
    expect(errors).toEqual([]);
    const legend = (await page.textContent('#map .change-legend')) ?? '';
    expect(legend).toContain('person who left (1)');
    expect(legend).toContain('1 tie lost only changed direction'); // mia → leo (analyze-compare.test.ts)
    expect(await page.textContent('#changes [data-block=people]')).toContain('lee');
    await page.locator('#map').screenshot({ path: join(ARTIFACTS, 'compare-every-change-map.png') });
    await page.close();
  });

  test('--lang es: the changes and the legend in Spanish', async () => {
    const { page, errors, requests } = await open(files['halves-es']!);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.textContent('#changes h2')).toMatch(/^Cambios desde .*first-half\.csv$/);
    const legend = (await page.textContent('#map .change-legend')) ?? '';
    expect(legend).toContain('vínculo nuevo (8)');
    expect(legend).toContain('vínculo perdido (1)');
    expect(await page.textContent('#changes')).toContain('Tasa de actividad');
    await page.screenshot({ path: join(ARTIFACTS, 'compare-es.png'), fullPage: true });
    await page.close();
  });
});
