/**
 * Names that carry bidirectional text, in the HTML report written by the real binary and opened
 * in headless Chromium (fixtures/html/bidi-names): a label with a right-to-left override
 * (U+202E), an Arabic label, a label with a left-to-right isolate (U+2066) and a group name with
 * an override. Each such name must sit inside U+2068…U+2069 wherever the page shows it — in the
 * findings' sentences and the people lists — so it cannot reorder the text around it; a name
 * without right-to-left text is shown as it is. A screenshot of the findings is saved under
 * test/artifacts/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, HAS_CHROMIUM, openOffline } from '../helpers/browser.js';
import { orgnet } from '../helpers/binary.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

const FX = 'fixtures/html/bidi-names';
const [FSI, PDI] = ['\u2068', '\u2069'];

describe.skipIf(!HAS_CHROMIUM)('bidirectional names in the HTML report', () => {
  let browser: Browser;
  let file: string;

  beforeAll(async () => {
    file = join(tempDir('bidi-html'), 'report.html');
    const r = orgnet(['analyze', `${FX}/interactions.csv`, '--people', `${FX}/people.csv`, '-o', file]);
    expect(r.status, r.stderr).toBe(0);
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    removeTempDirs();
  });

  test('every name with right-to-left text or a bidirectional control is isolated, in sentences and lists', async () => {
    const { page, errors } = await openOffline(browser, file);
    const findings = await page.locator('ol.findings').textContent();
    const lists = (await page.locator('ul.people-list').allTextContents()).join('\n');
    // The key-player finding names all four: each is isolated where it holds right-to-left text.
    expect(findings).toContain(`${FSI}Ana\u202e tnaw I${PDI}`);
    expect(findings).toContain(`${FSI}يوسف${PDI}`);
    expect(findings).toContain(`${FSI}Eve\u2066 x${PDI}`);
    // The role lists (central connectors, one-way people) name two of them.
    expect(lists).toContain(`${FSI}يوسف${PDI}`);
    expect(lists).toContain(`${FSI}Eve\u2066 x${PDI}`);
    // A name of left-to-right letters only is as it was written.
    expect(findings).toContain('Bob\u200b,');
    expect(findings).not.toContain(`${FSI}Bob`);
    // No person's override escapes their name: wherever the page shows Ana's label as text, it is isolated.
    // Run in the page (as text: the page's DOM types are not this file's).
    const shown = await page.evaluate<string[]>(`(() => {
      const found = [];
      const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n !== null; n = walk.nextNode()) {
        if (n.parentElement.tagName !== 'SCRIPT' && n.nodeValue.includes('Ana\\u202e')) found.push(n.nodeValue);
      }
      return found;
    })()`);
    expect(shown.length).toBeGreaterThan(0);
    for (const text of shown) expect(text).toContain(`${FSI}Ana\u202e tnaw I${PDI}`);
    // A group name is isolated in a finding's sentence too (mapFindingGroups); the sentences here name no group.
    await page.locator('#findings').screenshot({ path: join(ARTIFACTS, 'bidi-names-findings.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
