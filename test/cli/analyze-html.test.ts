/**
 * `orgnet analyze … --format html` as users run it: the format from the extension, the page on
 * standard output, --lang, --min-group-size reaching the page, and the acme findings.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from '../helpers/cli.js';
import { dataOf } from '../helpers/html.js';
import { ACME, ACME_PEOPLE, expectExit2, useTempDirs } from './analyze-helpers.js';

const tempDir = useTempDirs();

describe('analyze --format html', () => {
  test('-o report.html alone writes the page; nothing on standard output', async () => {
    const dir = tempDir();
    const out = join(dir, 'report.html');
    const r = await run(['analyze', ACME, '--people', ACME_PEOPLE, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(dataOf(html).people.count).toBe(80);
  });

  test('.htm is HTML too; --format html writes to standard output', async () => {
    const dir = tempDir();
    const r = await run(['analyze', ACME, '-o', join(dir, 'report.HTM')]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'report.HTM'), 'utf8')).toMatch(/^<!doctype html>/);
    const out = await run(['analyze', ACME, '--format', 'html']);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^<!doctype html>/);
  });

  test('--lang es sets the page language; another language is a usage error', async () => {
    const es = await run(['analyze', ACME, '--format', 'html', '--lang', 'es']);
    expect(es.stdout).toContain('<html lang="es">');
    expect(dataOf(es.stdout).lang).toBe('es');
    const fr = await run(['analyze', ACME, '--format', 'html', '--lang', 'fr']);
    expectExit2(fr);
    expect(fr.stderr).toMatch(/--lang.*fr.*en, es/);
  });

  test('--undirected: the page is told the data has no direction, and each pair is one line of the map', async () => {
    const r = await run(['analyze', 'fixtures/graphs/two-triangles-bridge.csv', '--undirected', '--format', 'html']);
    expect(r.code).toBe(0);
    const data = dataOf(r.stdout);
    expect(data.directed).toBe(false);
    expect(data.org.reciprocity).toBeNull();
    // two triangles (3 ties each) and the bridge: 7 pairs, each drawn once
    expect(data.ties.total).toBe(7);
    expect(data.ties.source).toHaveLength(7);
  });

  test('bad input leaves no file behind', async () => {
    const dir = tempDir();
    const out = join(dir, 'report.html');
    const r = await run(['analyze', 'fixtures/input/bad-weight.csv', '-o', out]);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  test('--min-group-size 13: the four groups under 13 people reach the page only as "(small groups)"', async () => {
    const r = await run(['analyze', ACME, '--people', ACME_PEOPLE, '--format', 'html', '--min-group-size', '13']);
    expect(r.code).toBe(0);
    const data = dataOf(r.stdout);
    // Marketing, Operations, People (12 each) and Finance (10): 46 pooled; Engineering 20, Sales 14
    expect(data.people.groupNames).toEqual(['(small groups)', 'Engineering', 'Sales']);
    const groupFacing = JSON.stringify([data.groups, data.mixing, data.communities, data.findings, data.people.groupNames]);
    for (const name of ['Marketing', 'Operations', 'People', 'Finance']) expect(groupFacing).not.toContain(`"${name}"`);
    expect(data.people.group.filter((g) => g === 0)).toHaveLength(46);
  });

  test('acme: the findings the README works out — Marketing a silo, mostly dormant or fading; two one-way people', async () => {
    const r = await run(['analyze', ACME, '--people', ACME_PEOPLE, '--format', 'html']);
    const { findings } = dataOf(r.stdout);
    const silo = findings.find((f) => f.kind === 'silo-group');
    // 53 internal, 17 external ties: (17 − 53) / 70 = −0.5143
    expect(silo?.subject).toEqual({ type: 'group', group: 'Marketing' });
    expect(silo?.figures).toMatchObject({ internalTies: 53, externalTies: 17, size: 12 });
    expect(silo?.figures.eiIndex).toBeCloseTo((17 - 53) / 70, 12);
    // nine of twelve dormant, the other three fading
    const inactive = findings.find((f) => f.kind === 'inactive-group');
    expect(inactive).toMatchObject({ severity: 'high', subject: { group: 'Marketing' }, figures: { dormant: 9, fading: 3, size: 12, share: 1 } });
    const oneWay = findings.find((f) => f.kind === 'one-way-people');
    expect(oneWay?.subject).toEqual({ type: 'people', ids: expect.arrayContaining(['raj.patel', 'greta.lindqvist']) });
    expect(oneWay?.figures.count).toBe(2);
  });
});
