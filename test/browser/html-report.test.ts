/**
 * The HTML report in a real browser: Debian's headless Chromium driven by playwright-core.
 * Pages are opened from file:// with every other request blocked and recorded (there must be
 * none), console errors and dialogs recorded (there must be none), and screenshots saved under
 * test/artifacts/ for a person to look at. Skipped, visibly, where /usr/bin/chromium is absent
 * (CI installs it: .ci/run).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parse } from 'csv-parse/sync';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Report } from '../../src/core/model/report.js';
import { fmtFor } from '../../src/render/i18n/index.js';
import { ARTIFACTS, CHROMIUM, CHROMIUM_ARGS as ARGS, HAS_CHROMIUM, openOffline, writeHtml, type Opened } from '../helpers/browser.js';
import { runJson } from '../helpers/cli.js';
import { DATASETS, HAS_DATASETS } from '../helpers/datasets.js';

const HOSTILE = '</script><img src=x onerror=alert(1)>';
const ACME = ['fixtures/acme/interactions.csv', '--people', 'fixtures/acme/people.csv'];

describe.skipIf(!HAS_CHROMIUM)('the HTML report in headless Chromium', () => {
  let browser: Browser;
  let dir: string;
  const files: Record<string, string> = {};

  async function write(name: string, args: string[]): Promise<void> {
    files[name] = await writeHtml(dir, name, args);
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'orgnet-browser-'));
    mkdirSync(ARTIFACTS, { recursive: true });
    await write('acme', ACME);
    await write('acme-es', [...ACME, '--lang', 'es']);
    await write('hostile', ['fixtures/html/hostile-names/interactions.csv', '--people', 'fixtures/html/hostile-names/people.csv']);
    await write('bare', ['fixtures/graphs/two-triangles-bridge.csv']);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const open = (file: string): Promise<Opened> => openOffline(browser, file);

  async function mapPixels(page: Page): Promise<PNG> {
    return PNG.sync.read(await page.locator('#map-canvas').screenshot());
  }

  /** Moves the mouse onto the middle of the map, where the camera puts the person searched for. */
  async function hoverCentre(page: Page): Promise<void> {
    await page.locator('#map-canvas').scrollIntoViewIfNeeded();
    const box = (await page.locator('#map-canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2 - 40, box.y + box.height / 2 - 40);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  }

  /** Pixels that are not the map's white background, and pixels near one colour. */
  function count(png: PNG, near?: [number, number, number]): number {
    let n = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      if (near ? Math.abs(r - near[0]) + Math.abs(g - near[1]) + Math.abs(b - near[2]) < 24 : r < 240 || g < 240 || b < 240) n++;
    }
    return n;
  }

  test('acme opens offline: no request at all, no console error, every section in order', async () => {
    const { page, requests, errors, dialogs } = await open(files.acme!);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(await page.$$eval('section h2', (h) => h.map((e) => e.textContent))).toEqual([
      'Findings', 'Headline figures', 'Network map', 'Groups', 'Who talks to whom', 'Activity over time',
      'Top people', 'Roles', 'Who carries the collaboration', 'Resilience', 'Communities', 'About this report',
    ]);
    expect(await page.textContent('#findings')).toContain('Group Marketing is a silo');
    await page.screenshot({ path: join(ARTIFACTS, 'acme-en.png'), fullPage: true });
    await page.locator('#map').screenshot({ path: join(ARTIFACTS, 'acme-map.png') });
    await page.close();
  });

  test('the map draws: the canvas holds people and ties, not just its white background', async () => {
    const { page } = await open(files.acme!);
    const png = await mapPixels(page);
    const drawn = count(png) / (png.width * png.height);
    expect(drawn).toBeGreaterThan(0.03);
    // Engineering's colour (#4e79a7) is on the map
    expect(count(png, [0x4e, 0x79, 0xa7])).toBeGreaterThan(200);
    await page.close();
  });

  test('the search box finds a person by name, shows their figures, and the hover card follows', async () => {
    const { page, errors } = await open(files.acme!);
    const json = await runJson<Report>(['analyze', ...ACME, '--format', 'json']);
    const report = json.json;
    const ana = report.people.find((p) => p.id === 'ana.garcia')!;
    const x = fmtFor('en');

    // Found by her name, shown by it (acme's `name` column is the display name), her id beneath.
    await page.fill('#map input.search', 'Ana Garc');
    expect(await page.$$eval('#map .suggestions li', (items) => items.map((e) => e.textContent))).toEqual(['Ana García']);
    await page.press('#map input.search', 'Enter');
    const details = (await page.textContent('#map .details')) ?? '';
    expect(await page.textContent('#map .details .person-name')).toBe('Ana García');
    expect(await page.textContent('#map .details .person-id')).toBe('ana.garcia');
    expect(details).toContain(`PageRank${x.num(ana.pagerank)}`);
    expect(details).toContain(`betweenness${x.num(ana.betweenness)}`);
    expect(details).toContain(`ties in / out${ana.inDegree} / ${ana.outDegree}`);
    expect(details).toContain(`core number${ana.coreNumber}`);
    expect(details).toContain(`reciprocity${x.share(ana.reciprocity)}`);
    expect(await page.textContent('#map .map-status')).toMatch(/^\d+ contacts highlighted$/);

    // The camera moved to her: the centre of the map is her dot, and hovering it shows her card.
    await page.waitForTimeout(800);
    await hoverCentre(page);
    await page.waitForSelector('#map .hover-card:not([hidden])', { timeout: 5000 });
    expect(await page.textContent('#map .hover-card .person-name')).toBe('Ana García');
    await page.screenshot({ path: join(ARTIFACTS, 'acme-search.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the colour and size switches redraw the map', async () => {
    const { page, errors } = await open(files.acme!);
    expect(await page.$$eval('#map select[name=color-by] option', (o) => o.map((e) => e.textContent))).toEqual(['group', 'community', 'location', 'title']);
    const byGroup = await mapPixels(page);
    await page.selectOption('#map select[name=color-by]', 'community');
    await page.waitForTimeout(400);
    expect(await page.textContent('#map .legend h3')).toBe('Communities');
    await page.selectOption('#map select[name=size-by]', 'betweenness');
    await page.waitForTimeout(400);
    const after = await mapPixels(page);
    expect(Buffer.compare(byGroup.data, after.data)).not.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('who carries the collaboration: the overloaded, the top shares and the Lorenz curve, as the JSON report says', async () => {
    const report = (await runJson<Report>(['analyze', ...ACME, '--format', 'json'])).json;
    const { overload } = report.org;
    const x = fmtFor('en');
    const { page, errors } = await open(files.acme!);
    const text = (await page.textContent('#load'))!;
    for (const share of [overload.top1Share, overload.top5Share, overload.top20Share]) expect(text).toContain(x.share(share));
    expect(text).toContain(x.index(overload.gini));
    // The overloaded table: the role's people, by name, with what each gives and receives.
    const overloaded = report.people.filter((p) => p.roles.includes('overloaded')).sort((a, b) => b.outStrength - a.outStrength);
    expect(overloaded.length).toBeGreaterThan(0);
    const rows = await page.$$eval('#load table.overloaded tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows).toEqual(overloaded.map((p) => [p.label ?? p.id, x.num(p.outStrength), x.num(p.inStrength)]));
    // The curve runs from (0, 0) to (1, 1) through one point per person (80): the polyline's
    // points, read back into shares, are the cumulative shares of the sorted outStrengths.
    const points = await page.$eval('#load svg.lorenz polyline', (l) => l.getAttribute('points')!.split(' ').map((p: string) => p.split(',').map(Number)));
    expect(points).toHaveLength(report.people.length + 1);
    const given = report.people.map((p) => p.outStrength).sort((a, b) => a - b);
    const total = given.reduce((a, b) => a + b, 0);
    const [x0, y0] = points[0]!;
    const [x1, y1] = points[points.length - 1]!;
    let sum = 0;
    given.forEach((g, k) => {
      sum += g;
      const [px, py] = points[k + 1]!;
      expect((px! - x0!) / (x1! - x0!)).toBeCloseTo((k + 1) / given.length, 2);
      expect((py! - y0!) / (y1! - y0!)).toBeCloseTo(sum / total, 2);
    });
    // The top 5 % marked where they begin, with their share.
    expect(await page.$$eval('#load svg.lorenz circle title', (t) => t.map((e) => e.textContent))).toContain(`${x.share(0.05)} → ${x.share(overload.top5Share)}`);
    expect(errors).toEqual([]);
    await page.locator('#load').screenshot({ path: join(ARTIFACTS, 'acme-load.png') });
    await page.close();
  });

  test('the core toggle highlights the innermost core: everyone else fades, and unticked it comes back', async () => {
    const report = (await runJson<Report>(['analyze', ...ACME, '--format', 'json'])).json;
    const k = Math.max(...report.people.map((p) => p.coreNumber));
    const { page, errors } = await open(files.acme!);
    const label = (await page.textContent('#map .core-toggle'))!;
    expect(label).toContain(`${report.org.coreSize} people`);
    expect(label).toContain(`${k} or more`);
    const faded: [number, number, number] = [0xec, 0xee, 0xf2];
    const before = await mapPixels(page);
    await page.check('#map input[name=core]');
    await page.waitForTimeout(700);
    expect(await page.getAttribute('#map-canvas', 'data-core')).toBe('shown');
    const after = await mapPixels(page);
    // 62 of 80 people fade: far more faded pixels than before, far fewer in Engineering's colour.
    expect(count(after, faded)).toBeGreaterThan(count(before, faded) + 500);
    await page.locator('#map').screenshot({ path: join(ARTIFACTS, 'acme-core.png') });
    await page.uncheck('#map input[name=core]');
    await page.waitForTimeout(700);
    expect(await page.getAttribute('#map-canvas', 'data-core')).toBe('hidden');
    expect(count(await mapPixels(page), faded)).toBeLessThan(count(after, faded));
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a legend click highlights one group: the others fade', async () => {
    const { page } = await open(files.acme!);
    const before = await mapPixels(page);
    await page.click('#map .legend-entry:has-text("Marketing")');
    await page.waitForTimeout(700);
    const after = await mapPixels(page);
    const engineering: [number, number, number] = [0x4e, 0x79, 0xa7];
    const marketing: [number, number, number] = [0xe1, 0x57, 0x59];
    expect(count(before, engineering)).toBeGreaterThan(200);
    expect(count(after, engineering)).toBeLessThan(count(before, engineering) / 20);
    expect(count(after, marketing)).toBeGreaterThan(200);
    await page.locator('#map').screenshot({ path: join(ARTIFACTS, 'acme-legend-marketing.png') });
    await page.close();
  });

  test('--lang es: every heading in Spanish, <html lang="es">, findings worded in Spanish', async () => {
    const { page, errors, requests } = await open(files['acme-es']!);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.$$eval('section h2', (h) => h.map((e) => e.textContent))).toEqual([
      'Hallazgos', 'Cifras principales', 'Mapa de la red', 'Grupos', 'Quién habla con quién', 'Actividad en el tiempo',
      'Personas destacadas', 'Roles', 'Quién sostiene la colaboración', 'Resiliencia', 'Comunidades', 'Sobre este informe',
    ]);
    expect(await page.textContent('#findings')).toContain('El grupo Marketing es un silo');
    expect(await page.textContent('#figures')).toContain('73,7'); // reciprocity with a decimal comma
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'acme-es.png'), fullPage: true });
    await page.close();
  });

  test('the heatmap diagonal is each group\'s internalShare, as the groups table and the JSON report say', async () => {
    const report = (await runJson<Report>(['analyze', ...ACME, '--format', 'json'])).json;
    const x = fmtFor('en');
    const { page, errors } = await open(files.acme!);
    await page.locator('#mixing').scrollIntoViewIfNeeded();
    const diagonal = await page.$$eval('#mixing rect.heat-diagonal title', (titles) => titles.map((t) => t.textContent ?? ''));
    // "Marketing: 53 ties inside, 75.7% of its ties": one per group, the JSON report's I and I / (I + E).
    expect(diagonal).toHaveLength(report.groups.length);
    for (const g of report.groups) {
      expect(diagonal).toContain(`${g.group}: ${x.int(g.internalTies)} ties inside, ${x.share(g.internalShare)} of its ties`);
    }
    // The groups table's "inside" column shows the same share.
    const rows = await page.$$eval('#groups table.groups-table tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    for (const g of report.groups) {
      const row = rows.find((cells) => cells[0]!.startsWith(g.group))!;
      expect(row[2], g.group).toBe(x.share(g.internalShare));
    }
    expect(errors).toEqual([]);
    await page.locator('#mixing').screenshot({ path: join(ARTIFACTS, 'acme-mixing.png') });
    await page.close();
  });

  test('hostile names are shown as text and run nothing', async () => {
    const { page, errors, dialogs, requests } = await open(files.hostile!);
    await page.fill('#map input.search', '</script>');
    await page.press('#map input.search', 'Enter');
    expect(await page.textContent('#map .details')).toContain(HOSTILE);
    await page.waitForTimeout(800);
    await hoverCentre(page);
    await page.waitForSelector('#map .hover-card:not([hidden])', { timeout: 5000 });
    expect(await page.textContent('#map .hover-card')).toContain(HOSTILE);
    // found by an attribute: bo's title
    await page.fill('#map input.search', 'svg onload');
    await page.press('#map input.search', 'Enter');
    expect(await page.textContent('#map .details')).toContain('"><svg onload=alert(3)>');
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    // Markup that reached the page would show here: the policy refuses its image and its handler, and says so.
    expect(errors).toEqual([]);
    expect(await page.$$eval('img, svg[onload], script:not([type]):not([src])', (e) => e.length)).toBe(1); // the viewer's own script only
    const text = await page.innerText('body');
    expect(text).toContain(HOSTILE);
    expect(text).toContain('<img src=x onerror=alert(2)>'); // a group name
    await page.screenshot({ path: join(ARTIFACTS, 'hostile-names.png'), fullPage: true });
    await page.close();
  });

  test('no people file and no timestamps: the group and activity sections are left out, the rest works', async () => {
    const { page, errors } = await open(files.bare!);
    expect(await page.$$eval('section h2', (h) => h.map((e) => e.textContent))).toEqual([
      'Findings', 'Headline figures', 'Network map', 'Top people', 'Roles', 'Who carries the collaboration', 'Resilience', 'Communities', 'About this report',
    ]);
    expect(await page.$$eval('#map select[name=color-by] option', (o) => o.map((e) => e.textContent))).toEqual(['community']);
    expect(await page.$$eval('.kpi', (k) => k.map((e) => e.getAttribute('data-kpi')))).toEqual(['people', 'ties', 'density', 'reciprocity', 'modularity']);
    expect(errors).toEqual([]);
    await page.close();
  });

  describe.skipIf(!HAS_DATASETS)('a real organization: email-eu-core (Yin, Benson, Leskovec & Gleich 2017)', () => {
    test('1,005 people open offline, draw, and show their findings', async () => {
      const data = join(DATASETS, 'email-eu-core');
      await write('email-eu-core', [join(data, 'interactions.csv'), '--people', join(data, 'people.csv')]);
      const { page, errors, requests } = await open(files['email-eu-core']!);
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
      expect(count(await mapPixels(page)) / (1280 * 640)).toBeGreaterThan(0.03);
      expect(await page.$$eval('#findings li.finding', (l) => l.length)).toBeGreaterThan(3);
      await page.screenshot({ path: join(ARTIFACTS, 'email-eu-core.png'), fullPage: true });
      await page.locator('#map').screenshot({ path: join(ARTIFACTS, 'email-eu-core-map.png') });
      writeFileSync(join(ARTIFACTS, 'email-eu-core.first-draw-ms.txt'), `${await page.getAttribute('#map-canvas', 'data-drawn')}\n`);
      await page.close();
    });

    test('sociopatterns-2015, a relative clock: no 1970 on the page; the 15 people never seen are apart, never dormant', async () => {
      const data = join(DATASETS, 'sociopatterns-workplace-2015');
      // Who has no row, from the two files themselves (csv-parse, not orgnet).
      const rows = parse(readFileSync(join(data, 'interactions.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
      const seen = new Set(rows.flatMap((row) => [row.source!, row.target!]));
      const listed = parse(readFileSync(join(data, 'people.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
      const never = listed.map((p) => p.id!).filter((id) => !seen.has(id));
      expect(never).toHaveLength(15);
      await write('sociopatterns-2015-es', [join(data, 'interactions.csv'), '--people', join(data, 'people.csv'), '--undirected', '--period', 'week', '--lang', 'es']);
      const { page, errors, requests } = await open(files['sociopatterns-2015-es']!);
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
      const text = await page.innerText('body');
      // A date of the recording's years, as the page would write one: 1970-01-05, 1970-01, 1970-W02.
      expect(text).not.toMatch(/(?<![\d.])19(69|7\d)-(\d\d|W\d\d)/);
      expect(await page.textContent('#activity')).toContain('semana 1');
      const list = (status: string) =>
        page.$$eval(`#activity .status-list[data-status=${status}] ul.people-list button`, (b) => b.map((e) => e.textContent ?? ''));
      expect(await page.textContent('#activity .status-list[data-status=absent] h3')).toMatch(/^Sin datos \(15\)/);
      expect((await list('absent')).sort()).toEqual([...never].sort());
      for (const status of ['dormant', 'fading']) for (const id of await list(status)) expect(never).not.toContain(id);
      expect(await page.textContent('#findings')).toMatch(/En el fichero de personas hay 15 que no aparecen en los datos/);
      await page.locator('#activity').screenshot({ path: join(ARTIFACTS, 'sociopatterns-2015-activity-es.png') });
      await page.close();
    });
  });
});
