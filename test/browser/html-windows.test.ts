/**
 * `--windows` in the HTML report, in headless Chromium: a chart per figure of the organization,
 * one point per window, a hollow dot for a partial window; choosing a group draws its figures
 * instead; no request leaves the page, no console error. The 2-month windows of a hand-worked
 * file (test/cli/windows.test.ts): four windows, three of them partial. Screenshots under test/artifacts/.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ARTIFACTS, CHROMIUM, CHROMIUM_ARGS as ARGS, HAS_CHROMIUM, openOffline, writeHtml } from '../helpers/browser.js';

const ROWS = [
  'source,target,timestamp',
  'a,b,2026-01-12T10:00:00Z', 'b,a,2026-01-20T10:00:00Z', 'a,c,2026-02-03T09:00:00Z', 'c,d,2026-02-15T09:00:00Z',
  'd,c,2026-03-01T09:00:00Z', 'a,b,2026-03-20T09:00:00Z', 'b,d,2026-04-05T09:00:00Z', '',
].join('\n');

describe.skipIf(!HAS_CHROMIUM)('the HTML report with --windows', () => {
  let browser: Browser;
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'orgnet-windows-browser-'));
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(dir, 'rows.csv'), ROWS);
    writeFileSync(join(dir, 'people.csv'), 'id,department\na,X\nb,X\nc,Y\nd,Y\n');
    file = await writeHtml(dir, 'windows', [join(dir, 'rows.csv'), '--people', join(dir, 'people.csv'), '--windows', '2month:month', '--permutations', '0']);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a chart per figure, the organization first; a group chosen from the list draws its own', async () => {
    const { page, requests, errors } = await openOffline(browser, file);
    const section = page.locator('#windows');
    expect(await section.locator('h2').textContent()).toBe('The network over time');
    const captions = () => section.locator('figcaption').allTextContents();
    expect(await captions()).toEqual(['active people', 'density', 'reciprocity', 'E-I index (−1 inward, +1 outward)', 'modularity', 'transitivity', 'distance fragmentation']);
    // Four windows: four points on each chart, three of them hollow (Jan–Feb, Mar–Apr, Apr–May are cut by the data).
    const first = section.locator('figure').first();
    expect(await first.locator('circle').count()).toBe(4);
    expect(await first.locator('circle.partial').count()).toBe(3);
    await section.screenshot({ path: join(ARTIFACTS, 'windows-organization.png') });
    await page.selectOption('#window-subject', 'Y');
    expect(await captions()).toEqual(['E-I index (−1 inward, +1 outward)', 'share of ties inside the group', 'reciprocity', 'active members']);
    // Y's E-I per window, hand-worked: Jan–Feb a→c in, c→d inside: 0; Feb–Mar a→c, c→d, d→c: −1/3; Mar–Apr d→c, b→d: 0; Apr–May b→d: +1.
    const titles = await section.locator('figure').first().locator('circle title').allTextContents();
    expect(titles.map((t) => t.split(': ')[1]!.split(' ')[0])).toEqual(['0.0000', '−0.3333', '0.0000', '1.0000']);
    await section.screenshot({ path: join(ARTIFACTS, 'windows-group.png') });
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });
});
