/**
 * A people-file column named `__proto__` (or `constructor`) is a column like any other: its
 * values reach every format that lists people's attributes, through the real binary. Assigned
 * key by key into a plain object, `__proto__` would set the object's prototype instead of a
 * value, and the CSV, GEXF, GraphML and workbook showed `[object Object]` while JSON and NDJSON
 * dropped the column.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import * as XLSX from 'xlsx';
import { orgnet } from '../helpers/binary.js';
import { tempDir } from '../helpers/temp-dir.js';


const dir = tempDir('proto-column');
const FILE = join(dir, 'interactions.csv');
const PEOPLE = join(dir, 'people.csv');
writeFileSync(FILE, 'source,target\na,b\nb,c\n');
writeFileSync(PEOPLE, 'id,department,__proto__,constructor\na,X,v-a,c-a\nb,Y,v-b,c-b\nc,X,v-c,c-c\n');
/** What the people file says, by person: the values every format must show. */
const EXPECTED = { a: ['v-a', 'c-a'], b: ['v-b', 'c-b'], c: ['v-c', 'c-c'] };

const run = (args: string[]) => {
  const r = orgnet([...args, '--people', PEOPLE]);
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
};

describe('a people-file column named __proto__', () => {
  test('JSON and NDJSON: an attribute of its own', () => {
    const report = JSON.parse(run(['analyze', FILE, '--format', 'json'])) as { people: { id: string; attributes: Record<string, string> }[] };
    const ndjson = run(['analyze', FILE, '--format', 'ndjson', '--table', 'people']).trim().split('\n').map((l) => JSON.parse(l) as { id: string; attributes: Record<string, string> });
    for (const rows of [report.people, ndjson]) {
      expect(rows.map((p) => [p.id, Object.entries(p.attributes)])).toEqual(
        Object.entries(EXPECTED).map(([id, [proto, ctor]]) => [id, [['__proto__', proto], ['constructor', ctor]]]),
      );
    }
  });

  test('CSV: the columns attributes.__proto__ and attributes.constructor', () => {
    const [header, ...rows] = run(['analyze', FILE, '--format', 'csv', '--table', 'people']).trim().split('\r\n').map((l) => l.split(','));
    const at = (name: string) => header!.indexOf(name);
    expect(rows.map((r) => [r[0], r[at('attributes.__proto__')], r[at('attributes.constructor')]])).toEqual(Object.entries(EXPECTED).map(([id, v]) => [id, ...v]));
  });

  test('GEXF, GraphML and graphology JSON: the node attribute', () => {
    const gexf = run(['export', FILE, '--to', 'gexf']);
    const graphml = run(['export', FILE, '--to', 'graphml']);
    const json = JSON.parse(run(['export', FILE, '--to', 'json'])) as { nodes: { key: string; attributes: Record<string, unknown> }[] };
    for (const [, [proto, ctor]] of Object.entries(EXPECTED)) {
      expect(gexf).toContain(`value="${proto}"`);
      expect(gexf).toContain(`value="${ctor}"`);
      expect(graphml).toContain(`>${proto}</data>`);
      expect(graphml).toContain(`>${ctor}</data>`);
    }
    expect(gexf).not.toContain('[object Object]');
    expect(graphml).not.toContain('[object Object]');
    expect(json.nodes.map((n) => [n.key, n.attributes['attributes.__proto__'], n.attributes['attributes.constructor']])).toEqual(Object.entries(EXPECTED).map(([id, v]) => [id, ...v]));
  });

  test('the workbook: the people sheet', () => {
    const path = join(dir, 'report.xlsx');
    run(['analyze', FILE, '-o', path]);
    const book = XLSX.read(readFileSync(path));
    const cells = book.SheetNames.flatMap((name) => XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name]!, { header: 1 }).flat().map(String));
    for (const [proto, ctor] of Object.values(EXPECTED)) expect(cells).toEqual(expect.arrayContaining([proto, ctor]));
    expect(cells).not.toContain('[object Object]');
  });
});
