/**
 * `analyze --compare BEFORE` in headless Chromium, on fixtures/diff/reporting-line (worked by hand
 * in test/cli/diff-reporting-line.test.ts): BEFORE is the JSON report of the earlier month, made
 * with its own people file, so the chart differs between the snapshots. The "Changes since …"
 * section says who changed manager (fay: dan → ana), who gained (cai) and lost (eva) the tie with
 * the same manager, the share of ties on the reporting line (4/7 → 4/5), the office E-I
 * (−1/7 → −1/3, north and south 0.2 → 0) and the tenure bins that moved; in English and Spanish.
 * Screenshots under test/artifacts/.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ARTIFACTS, CHROMIUM, CHROMIUM_ARGS as ARGS, HAS_CHROMIUM, openOffline, writeHtml } from '../helpers/browser.js';
import { ROOT, run } from '../helpers/cli.js';

const DIR = join(ROOT, 'fixtures/diff/reporting-line');

describe.skipIf(!HAS_CHROMIUM)('the reporting line and the --compare-by columns in the HTML comparison', () => {
  let browser: Browser;
  let dir: string;
  const files: Record<string, string> = {};

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'orgnet-compare-line-'));
    mkdirSync(ARTIFACTS, { recursive: true });
    const before = join(dir, 'before.json');
    const made = await run(['analyze', join(DIR, 'before.csv'), '--people', join(DIR, 'people-before.csv'), '--compare-by', 'office,tenure', '--format', 'json', '-o', before, '--quiet']);
    expect(made.code).toBe(0);
    const after = [join(DIR, 'after.csv'), '--people', join(DIR, 'people-after.csv'), '--compare-by', 'office,tenure', '--compare', before, '--quiet'];
    files.en = await writeHtml(dir, 'line-en', after);
    files.es = await writeHtml(dir, 'line-es', [...after, '--lang', 'es']);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('who changed manager, the ties with the same manager, and the share of ties on the line', async () => {
    const { page, errors } = await openOffline(browser, files.en!);
    expect(errors).toEqual([]);
    const block = page.locator('#changes [data-block=reporting-line]');
    const text = (await block.textContent())!;
    expect(text).toContain('1 person changed manager; of those with the same manager in both snapshots, 1 gained a tie with them and 1 lost theirs.');
    expect(text).toContain('Ties on the reporting line: 57.1% before, 80.0% now.'); // 4/7, 4/5
    expect(await block.locator('tbody tr').allTextContents()).toEqual(['faydanana']);
    expect(text).toContain('Gained a tie with their manager');
    expect(text).toContain('cai (manager ana)');
    expect(text).toContain('eva (manager dan)');
    await block.screenshot({ path: join(ARTIFACTS, 'compare-reporting-line.png') });
  });

  test('the organization table has the reporting line\'s figures beside the others', async () => {
    const { page, errors } = await openOffline(browser, files.en!);
    expect(errors).toEqual([]);
    const rows = await page.locator('#changes [data-block=organization] tbody tr').allTextContents();
    // 4 of 7 ties on the line before, 4 of 5 after; two managers on both sides (diff-reporting-line.test.ts).
    expect(rows).toContain('Ties on the reporting line57.1%80.0%+22.9 pts');
    expect(rows).toContain('Managers220');
    expect(rows.some((r) => r.startsWith('On the reporting line'))).toBe(true);
    expect(rows.some((r) => r.startsWith('Longest chain'))).toBe(true);
    // After the organization's own figures, as the workbook's Summary lists them.
    expect(rows.findIndex((r) => r.startsWith('On the reporting line'))).toBeGreaterThan(rows.findIndex((r) => r.startsWith('Density')));
  });

  test('office: the column E-I and the values that moved; tenure: bins that moved are said to', async () => {
    const { page, errors } = await openOffline(browser, files.en!);
    expect(errors).toEqual([]);
    const office = page.locator('#changes [data-block=attributes] [data-column=office]');
    expect(await office.textContent()).toContain('E-I index −0.1429 → −0.3333 (−0.1905)');
    expect(await office.locator('tbody tr').allTextContents()).toEqual(['north3 → 30.20000.0000−0.2000', 'south3 → 30.20000.0000−0.2000']);
    const tenure = page.locator('#changes [data-block=attributes] [data-column=tenure]');
    expect(await tenure.locator('.bins-differ').count()).toBe(1);
    expect(await tenure.textContent()).toContain('Values gone: Q1 [1–2], Q2 (2–3], Q3 (3–5] and Q4 (5–6].');
    await page.locator('#changes [data-block=attributes]').screenshot({ path: join(ARTIFACTS, 'compare-attributes.png') });
  });

  test('--lang es: the same blocks in Spanish', async () => {
    const { page, errors } = await openOffline(browser, files.es!);
    expect(errors).toEqual([]);
    const line = (await page.textContent('#changes [data-block=reporting-line]'))!;
    expect(line).toContain('La línea jerárquica');
    expect(line).toContain('1 persona cambió de responsable');
    expect(line).toContain('eva (responsable dan)');
    expect(await page.textContent('#changes [data-block=attributes]')).toContain('Grupos según otros atributos');
  });
});
