/**
 * The map's reporting-line layer in headless Chromium (pages opened as html-report.test.ts opens
 * them: offline, no request, no console error). krackhardt-hightech's reports_to.csv (source
 * reports to target) over its advice ties and over its friendship ties; the legend's counts are
 * counted here from the raw files: a line is "tied" when the pair has a row in either direction.
 * The acme example has no reporting line: no switch, no layer.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, HAS_CHROMIUM, openOffline, pixelsNear, writeHtml } from '../helpers/browser.js';
import { DATASETS, HAS_DATASETS } from '../helpers/datasets.js';
import { dataOf } from '../helpers/html.js';

const KRACKHARDT = join(DATASETS, 'krackhardt-hightech');
/** The layer's violet (src/viewer/map/colors.ts REPORTING_LINE, #5b21b6). */
const VIOLET: [number, number, number] = [0x5b, 0x21, 0xb6];

type Row = Record<string, string>;
const rows = (file: string): Row[] => parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Row[];

/** Manager–report pairs with a tie either way in TIES, and without. */
function expectedCounts(ties: string): { tied: number; untied: number } {
  const pairs = new Set(rows(join(KRACKHARDT, ties)).flatMap((r) => [`${r.source}>${r.target}`, `${r.target}>${r.source}`]));
  const lines = rows(join(KRACKHARDT, 'reports_to.csv'));
  const tied = lines.filter((r) => pairs.has(`${r.source}>${r.target}`)).length;
  return { tied, untied: lines.length - tied };
}

const mapPixels = async (page: Page): Promise<PNG> => PNG.sync.read(await page.locator('#map-canvas').screenshot());

describe.skipIf(!HAS_CHROMIUM || !HAS_DATASETS)('the reporting line on the map', () => {
  let browser: Browser;
  let dir: string;
  const files: Record<string, string> = {};
  const chart = (ties: string, extra: string[] = []) => [join(KRACKHARDT, ties), '--people', join(KRACKHARDT, 'people.csv'), '--hierarchy', join(KRACKHARDT, 'reports_to.csv'), '--reverse', ...extra];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'orgnet-reporting-'));
    mkdirSync(ARTIFACTS, { recursive: true });
    files.advice = await writeHtml(dir, 'advice', chart('interactions.csv'));
    files.friendship = await writeHtml(dir, 'friendship', chart('friendship.csv'));
    files.es = await writeHtml(dir, 'friendship-es', chart('friendship.csv', ['--lang', 'es', '--pseudonymize', '--salt', 'reporting-line-test']));
    files.acme = await writeHtml(dir, 'acme', ['fixtures/acme/interactions.csv', '--people', 'fixtures/acme/people.csv']);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Opens the page, checks the switch, and returns the legend's counts and the pixels before and after. */
  async function switchOn(file: string) {
    const opened = await openOffline(browser, file);
    const { page } = opened;
    const canvas = page.locator('#map-canvas');
    await canvas.scrollIntoViewIfNeeded();
    await page.waitForTimeout(400);
    expect(await canvas.getAttribute('data-reporting-line')).toBe('hidden');
    expect(await page.isVisible('#map .reporting-legend')).toBe(false);
    const before = await mapPixels(page);
    await page.check('#map input[name=reporting-line]');
    await page.waitForTimeout(400);
    expect(await canvas.getAttribute('data-reporting-line')).toBe('shown');
    const after = await mapPixels(page);
    const counts = (await page.$$eval('#map .reporting-legend .reporting-count', (c) => c.map((e) => Number(e.textContent)))) as [number, number];
    return { ...opened, before, after, counts };
  }

  test('advice: every manager–report pair is tied; the switch draws the 20 lines over the ties', async () => {
    const expected = expectedCounts('interactions.csv');
    expect(expected).toEqual({ tied: 20, untied: 0 }); // as the data set's README and the project README say
    const { page, errors, requests, before, after, counts } = await switchOn(files.advice!);
    expect(await page.textContent('#map label.reporting-toggle')).toContain('Show the reporting line');
    expect(await page.$$eval('#map .reporting-legend .reporting-name', (n) => n.map((e) => e.textContent))).toEqual(['person and manager tied', 'no tie between them']);
    expect(counts).toEqual([expected.tied, expected.untied]);
    expect(Buffer.compare(before.data, after.data)).not.toBe(0);
    // Nothing violet before (no group takes the layer's colour); its lines after.
    expect(pixelsNear(before, VIOLET)).toBe(0);
    expect(pixelsNear(after, VIOLET)).toBeGreaterThan(200);
    await page.screenshot({ path: join(ARTIFACTS, 'reporting-line-advice.png'), fullPage: true });
    // Switched off again: the map as it was.
    await page.uncheck('#map input[name=reporting-line]');
    await page.waitForTimeout(400);
    expect(await page.locator('#map-canvas').getAttribute('data-reporting-line')).toBe('hidden');
    expect(pixelsNear(await mapPixels(page), VIOLET)).toBe(0);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  test('friendship: tied and untied lines counted apart; a highlighted group keeps only the lines of its people', async () => {
    const expected = expectedCounts('friendship.csv');
    expect(expected.untied).toBeGreaterThan(0);
    const { page, errors, after, counts } = await switchOn(files.friendship!);
    expect(counts).toEqual([expected.tied, expected.untied]);
    const all = pixelsNear(after, VIOLET);
    await page.screenshot({ path: join(ARTIFACTS, 'reporting-line-friendship.png'), fullPage: true });
    // The first group of the legend: its people's lines, to managers outside it too — fewer than all, not none.
    await page.locator('#map .legend .legend-entry').first().click();
    await page.waitForTimeout(900);
    const inGroup = pixelsNear(await mapPixels(page), VIOLET);
    expect(inGroup).toBeGreaterThan(0);
    expect(inGroup).toBeLessThan(all);
    // Still shown under a highlight: the switch is not one.
    expect(await page.isChecked('#map input[name=reporting-line]')).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the hover card names their manager and counts their direct reports, as reports_to.csv has them', async () => {
    const lines = rows(join(KRACKHARDT, 'reports_to.csv'));
    const { page, errors } = await openOffline(browser, files.advice!);
    for (const id of ['14', '7']) {
      // The suggestion that is this id (an attribute can start with the same digits).
      await page.fill('#map input.search', id);
      await page.locator('#map .suggestions button').getByText(id, { exact: true }).click();
      await page.waitForTimeout(300);
      expect(await page.textContent('#map .details .person-name')).toBe(id);
      const card = await page.$$eval('#map .details dt', (dt) => Object.fromEntries(dt.map((e) => [e.textContent, e.nextElementSibling?.textContent])));
      expect(card['manager']).toBe(lines.find((r) => r.source === id)?.target ?? '—');
      expect(card['direct reports']).toBe(String(lines.filter((r) => r.target === id).length));
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the finding on managers with no tie to their reports shows them with the reporting line', async () => {
    const { page, errors } = await openOffline(browser, files.friendship!);
    const finding = page.locator('#findings li[data-kind=distant-managers]');
    expect(await finding.count()).toBe(1);
    await finding.locator('button.show-on-map').click();
    await page.waitForTimeout(1200);
    expect(await page.isChecked('#map input[name=reporting-line]')).toBe(true);
    expect(await page.locator('#map-canvas').getAttribute('data-reporting-line')).toBe('shown');
    expect(await page.isVisible('#map .reporting-legend')).toBe(true);
    // The manager (7: 3 of 4 reports with no friendship tie) and their 4 lines, not all 20.
    const shown = pixelsNear(await mapPixels(page), VIOLET);
    expect(shown).toBeGreaterThan(50);
    await page.locator('#map-canvas').screenshot({ path: join(ARTIFACTS, 'reporting-line-distant-managers.png') });
    await page.click('#map button.clear');
    await page.waitForTimeout(900);
    expect(pixelsNear(await mapPixels(page), VIOLET)).toBeGreaterThan(shown);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('in Spanish and pseudonymized: the same counts, the words of es.ts, no original id in the data', async () => {
    const expected = expectedCounts('friendship.csv');
    const { page, errors, counts } = await switchOn(files.es!);
    expect(counts).toEqual([expected.tied, expected.untied]);
    expect(await page.textContent('#map label.reporting-toggle')).toContain('Mostrar la línea jerárquica');
    expect(await page.textContent('#map .reporting-legend h3')).toBe('Línea jerárquica');
    // The layer's data are indexes into the people columns; every id there is a pseudonym.
    const data = dataOf(readFileSync(files.es!, 'utf8'));
    const originals = new Set(rows(join(KRACKHARDT, 'people.csv')).map((r) => r.id));
    expect(data.people.id.filter((id) => originals.has(id))).toEqual([]);
    expect(data.reportingLine!.manager.every((m) => Number.isInteger(m) && m >= -1 && m < data.people.id.length)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('without a reporting line (acme): no switch, no legend, no layer', async () => {
    const { page, errors } = await openOffline(browser, files.acme!);
    expect(await page.$$('#map input[name=reporting-line]')).toHaveLength(0);
    expect(await page.$$('#map .reporting-legend')).toHaveLength(0);
    expect(await page.locator('#map-canvas').getAttribute('data-reporting-line')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });
});
