/**
 * Colouring the map by a people-file column, and the `--compare-by` sections, in headless
 * Chromium (as html-report.test.ts opens pages: offline, no request, no console error).
 * fixtures/attributes/people.csv, office: south 4, north 3, east 2, one empty cell.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, HAS_CHROMIUM, openOffline, pixelsNear, writeHtml } from '../helpers/browser.js';

describe.skipIf(!HAS_CHROMIUM)('the map coloured by a people-file column', () => {
  let browser: Browser;
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'orgnet-attributes-'));
    mkdirSync(ARTIFACTS, { recursive: true });
    file = await writeHtml(dir, 'attributes', ['fixtures/attributes/interactions.csv', '--people', 'fixtures/attributes/people.csv', '--compare-by', 'office,tenure', '--permutations', '100']);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('every column is a colour choice; the legend lists its values, most held first, and redraws the map', async () => {
    const { page, errors } = await openOffline(browser, file);
    expect(await page.$$eval('#map select[name=color-by] option', (o) => o.map((e) => e.textContent))).toEqual(['community', 'grade', 'office', 'tenure']);
    // Numeric columns size the dots too.
    expect(await page.$$eval('#map select[name=size-by] option', (o) => o.map((e) => e.textContent)).then((o) => o.slice(-2))).toEqual(['grade', 'tenure']);
    await page.locator('#map-canvas').scrollIntoViewIfNeeded();
    await page.waitForTimeout(400);
    const before = PNG.sync.read(await page.locator('#map-canvas').screenshot());
    await page.selectOption('#map select[name=color-by]', 'attribute:office');
    await page.waitForTimeout(400);
    expect(await page.textContent('#map .legend h3')).toBe('office');
    expect(await page.$$eval('#map .legend .legend-name', (n) => n.map((e) => e.textContent))).toEqual(['south', 'north', 'east', 'no value']);
    expect(await page.$$eval('#map .legend .legend-count', (n) => n.map((e) => e.textContent))).toEqual(['4', '3', '2', '1']);
    // Swatches in the order of the legend: Tableau 10's first three hues by how many hold the
    // value, then the pale grey of people without one.
    expect(await page.$$eval('#map .legend .swatch', (s) => s.map((e) => e.getAttribute('style')))).toEqual([
      'background: rgb(78, 121, 167);',
      'background: rgb(242, 142, 43);',
      'background: rgb(225, 87, 89);',
      'background: rgb(213, 216, 222);',
    ]);
    const after = PNG.sync.read(await page.locator('#map-canvas').screenshot());
    expect(Buffer.compare(before.data, after.data)).not.toBe(0);
    // The dots take those colours: each value's hue is on the map.
    for (const rgb of [[78, 121, 167], [242, 142, 43], [225, 87, 89]] as [number, number, number][]) expect(pixelsNear(after, rgb)).toBeGreaterThan(20);
    await page.screenshot({ path: join(ARTIFACTS, 'attributes-office.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a section per --compare-by column', async () => {
    const { page, errors } = await openOffline(browser, file);
    const headings = await page.$$eval('section h2', (h) => h.map((e) => e.textContent));
    expect(headings).toEqual(expect.arrayContaining(['Groups by office', 'Groups by tenure']));
    expect(await page.$$eval('#attribute-1 table tbody tr td:first-child', (c) => c.map((e) => e.textContent))).toEqual(['Q2 (2–5]', 'Q1 [1–2]', 'Q4 (5–13]']); // by E-I: −0.1667, 0, +0.6
    expect(errors).toEqual([]);
    await page.close();
  });
});
