/**
 * `orgnet export` as a user runs it: each file is read back with graphology's own readers
 * (graphology-gexf, graphology-graphml, Graph.from) and with networkx (scripts/read_exports.py:
 * read_gexf, read_graphml, a reader of graphology's JSON), and every node attribute is compared
 * with the JSON report of the same run, every edge with the ties aggregated from the CSV
 * (helpers.ts). The networkx half is skipped, visibly, where /usr/bin/python3 has no networkx.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph, { DirectedGraph } from 'graphology';
import * as gexf from 'graphology-gexf';
import * as graphml from 'graphology-graphml';
import { afterAll, describe, expect, test } from 'vitest';
import type { Report } from '../../src/core/model/report.js';
import { ROOT, run, runJson } from '../helpers/cli.js';
import { DATASETS, HAS_DATASETS } from '../helpers/datasets.js';
import { flatten, HAS_NETWORKX, personKinds, readWithNetworkx, reportPeople, tiesOfCsv, type Kind } from './export-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'orgnet-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FORMATS = ['gexf', 'graphml', 'json'] as const;
const kinds = personKinds();

interface Case { name: string; args: string[]; csv: string }

type Exported = { report: Report; files: Record<(typeof FORMATS)[number], string> };
const exported = new Map<string, Promise<Exported>>();

/** The JSON report and the three exports of one run, made once per case. */
function exportAll(c: Case): Promise<Exported> {
  if (!exported.has(c.name)) exported.set(c.name, exportFresh(c));
  return exported.get(c.name)!;
}

async function exportFresh(c: Case): Promise<Exported> {
  const json = await runJson<Report>(['analyze', ...c.args, '--format', 'json', '--quiet']);
  expect(json.code).toBe(0);
  const report = json.json;
  const files = {} as Record<(typeof FORMATS)[number], string>;
  for (const format of FORMATS) {
    const path = join(dir, `${c.name}.${format}`);
    const r = await run(['export', ...c.args, '-o', path, '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    files[format] = path;
  }
  return { report, files };
}

/** JSON has one kind of number: a double that is a whole number reads back as an int there. */
function kindMatches(expected: Kind, actual: string, format: string): boolean {
  if (expected === 'float' && format === 'json') return actual === 'float' || actual === 'int';
  return expected === actual;
}

function checkNetworkx(report: Report, files: Record<string, string>, csv: string): void {
  const graphs = readWithNetworkx(Object.values(files));
  const people = reportPeople(report);
  const ties = tiesOfCsv(csv);
  const personSpells = nodeSpells(ties);
  for (const [format, path] of Object.entries(files)) {
    const g = graphs[path]!;
    expect(g.directed, format).toBe(true);
    expect(g.multigraph, format).toBe(false);
    if (format === 'gexf') expect(g.mode, format).toBe([...ties.values()].some((t) => t.first !== null) ? 'dynamic' : 'static');
    expect(Object.keys(g.nodes).sort(), format).toEqual([...people.keys()].sort());
    for (const [id, attrs] of Object.entries(g.nodes)) {
      // The label is the person's name (their label, else their id); in GraphML a field like any other.
      const { label, spells, ...rest } = attrs;
      // The dynamic GEXF's person spell: the first day of any of their ties to the last.
      const want = personSpells.get(id);
      if (format === 'gexf') expect(spells?.[0], `${format} ${id} spells`).toEqual(want ? [want] : undefined);
      else expect(spells).toBeUndefined();
      const person = people.get(id)!;
      const { label: _shown, ...expected } = flatten(person);
      if (format !== 'graphml') expect(label, `${format} ${id} label`).toEqual([person.label ?? id, 'str']);
      else if (label !== undefined) expect(label).toEqual([person.label, 'str']);
      expect(Object.fromEntries(Object.entries(rest).map(([k, [v]]) => [k, v])), `${format} ${id}`).toEqual(expected);
      for (const [key, [, kind]] of Object.entries(rest)) {
        expect(kindMatches(kinds(key), kind, format), `${format} ${id} ${key}: ${kind}, expected ${kinds(key)}`).toBe(true);
      }
    }
    expect(g.edges.length, format).toBe(ties.size);
    for (const [source, target, attrs] of g.edges) {
      const tie = ties.get(`${source}\u0000${target}`);
      expect(tie, `${format} ${source} → ${target}`).toBeDefined();
      const { id: _gexfEdgeId, spells: edgeSpells, ...rest } = attrs;
      // The tie's spell, from the day of its first interaction to the day of its last.
      const day = (iso: string | null) => iso?.slice(0, 10) ?? null;
      if (format === 'gexf' && tie!.first !== null) expect(edgeSpells?.[0], `${source} → ${target} spells`).toEqual([[day(tie!.first), day(tie!.last)]]);
      else expect(edgeSpells).toBeUndefined();
      const expected: Record<string, [unknown, string]> = { weight: [tie!.weight, 'float'], count: [tie!.count, 'int'] };
      if (tie!.first !== null) expected.first = [tie!.first, 'str'];
      if (tie!.last !== null) expected.last = [tie!.last, 'str'];
      if (format === 'json') rest.weight = [rest.weight![0], Number.isInteger(rest.weight![0]) ? 'float' : rest.weight![1]];
      expect(rest, `${format} ${source} → ${target}`).toEqual(expected);
    }
  }
}

/** Each person's [first day, last day] over their timed ties, from the ties table. */
function nodeSpells(ties: ReturnType<typeof tiesOfCsv>): Map<string, [string, string]> {
  const out = new Map<string, [string, string]>();
  for (const [key, tie] of ties) {
    if (tie.first === null || tie.last === null) continue;
    for (const id of key.split('\u0000')) {
      const [a, b] = [tie.first.slice(0, 10), tie.last.slice(0, 10)];
      const had = out.get(id);
      out.set(id, had ? [a < had[0] ? a : had[0], b > had[1] ? b : had[1]] : [a, b]);
    }
  }
  return out;
}

const JS_KIND: Record<Kind, string> = { int: 'number', float: 'number', bool: 'boolean', str: 'string' };

function checkGraphology(report: Report, files: Record<string, string>, csv: string): void {
  const read: Record<string, Graph> = {
    gexf: gexf.parse(DirectedGraph, readFileSync(files.gexf!, 'utf8')),
    graphml: graphml.parse(DirectedGraph, readFileSync(files.graphml!, 'utf8')),
    json: Graph.from(JSON.parse(readFileSync(files.json!, 'utf8')) as Parameters<typeof Graph.from>[0]),
  };
  const people = reportPeople(report);
  const ties = tiesOfCsv(csv);
  for (const [format, graph] of Object.entries(read)) {
    expect(graph.type, format).toBe('directed');
    expect(graph.order, format).toBe(people.size);
    expect(graph.size, format).toBe(ties.size);
    graph.forEachNode((id, attrs) => {
      const { label, ...rest } = attrs;
      const { label: _shown, ...expected } = flatten(people.get(id)!);
      if (format !== 'graphml') expect(label).toBe(people.get(id)!.label ?? id);
      else expect(label ?? null).toBe(people.get(id)!.label);
      expect(rest, `${format} ${id}`).toEqual(expected);
      for (const [key, value] of Object.entries(rest)) expect(typeof value, `${format} ${id} ${key}`).toBe(JS_KIND[kinds(key)]);
      if (format !== 'gexf') return;
      // Integers are declared as such: a count must never read back as 2.5 or "2"
      expect(Number.isInteger(rest.inDegree)).toBe(true);
    });
    graph.forEachEdge((_edge, attrs, source, target) => {
      const tie = ties.get(`${source}\u0000${target}`)!;
      expect(attrs.weight, `${format} ${source} → ${target}`).toBe(tie.weight);
      expect(attrs.count).toBe(tie.count);
      expect(attrs.first ?? null).toBe(tie.first);
      expect(attrs.last ?? null).toBe(tie.last);
    });
  }
}

const CASES: Case[] = [
  { name: 'triangle', args: ['fixtures/cli/triangle-plus-one.csv', '--people', 'fixtures/cli/triangle-plus-one.people.csv'], csv: 'fixtures/cli/triangle-plus-one.csv' },
  { name: 'acme', args: ['fixtures/acme/interactions.csv', '--people', 'fixtures/acme/people.csv'], csv: 'fixtures/acme/interactions.csv' },
  { name: 'timed', args: ['fixtures/cli/timed-relations.csv'], csv: 'fixtures/cli/timed-relations.csv' },
];

describe('every person field and tie field survives the round trip', () => {
  for (const c of CASES) {
    test(`${c.name}: graphology reads back what the report says`, async () => {
      const { report, files } = await exportAll(c);
      checkGraphology(report, files, join(ROOT, c.csv));
    });
    test.skipIf(!HAS_NETWORKX)(`${c.name}: networkx reads back what the report says`, async () => {
      const { report, files } = await exportAll(c);
      checkNetworkx(report, files, join(ROOT, c.csv));
    });
  }
});

describe.skipIf(!HAS_DATASETS)('real data sets', () => {
  for (const name of ['enron-perry-wolfe', 'krackhardt-hightech']) {
    const csv = join(DATASETS, name, 'interactions.csv');
    const c = { name, args: [csv, '--people', join(DATASETS, name, 'people.csv')], csv };
    test(`${name}: graphology`, async () => {
      const { report, files } = await exportAll(c);
      checkGraphology(report, files, csv);
    });
    test.skipIf(!HAS_NETWORKX)(`${name}: networkx`, async () => {
      const { report, files } = await exportAll(c);
      checkNetworkx(report, files, csv);
    });
  }
});

describe('names that XML and JSON must escape', () => {
  // fixtures/cli/tricky-names.csv: a comma, quotes and a line break inside names, and names
  // starting with = + - @ (a spreadsheet would run them; a graph file keeps them as they are).
  const TRICKY = ['+plus', '-neg', '=cmd', '@at', 'Smith, Jane', 'say "hi"', 'two\nlines'];
  const TIES = [['+plus', '=cmd'], ['-neg', '@at'], ['=cmd', 'Smith, Jane'], ['Smith, Jane', 'say "hi"'], ['say "hi"', 'two\nlines']];

  test('every reader gets the names back exactly', async () => {
    const { files } = await exportAll({ name: 'tricky', args: ['fixtures/cli/tricky-names.csv'], csv: 'fixtures/cli/tricky-names.csv' });
    const graphs = [
      gexf.parse(DirectedGraph, readFileSync(files.gexf, 'utf8')),
      graphml.parse(DirectedGraph, readFileSync(files.graphml, 'utf8')),
      Graph.from(JSON.parse(readFileSync(files.json, 'utf8')) as Parameters<typeof Graph.from>[0]),
    ];
    for (const g of graphs) {
      expect(g.nodes()).toEqual(TRICKY);
      expect(g.mapEdges((_e, _a, s, t) => [s, t])).toEqual(TIES);
    }
    if (!HAS_NETWORKX) return;
    for (const g of Object.values(readWithNetworkx(Object.values(files)))) {
      expect(Object.keys(g.nodes)).toEqual(TRICKY);
      expect(g.edges.map(([s, t]) => [s, t])).toEqual(TIES);
    }
  });

  test('control characters: XML gets visible escapes and a warning says so; JSON keeps them', async () => {
    // fixtures/cli/control-characters.csv: "ESC[31mredESC[0m" → ana → "two LF lines"
    for (const format of ['gexf', 'graphml']) {
      const path = join(dir, `control.${format}`);
      const r = await run(['export', 'fixtures/cli/control-characters.csv', '-o', path]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe(`orgnet: warning: 1 name holds control characters that ${format} (XML) cannot carry; written as visible escapes such as \\x1b (--to json keeps them)\n`);
      const text = readFileSync(path, 'utf8');
      expect(text).not.toContain("\u001b");
      const g = format === 'gexf' ? gexf.parse(DirectedGraph, text) : graphml.parse(DirectedGraph, text);
      expect(g.nodes()).toEqual(['\\x1b[31mred\\x1b[0m', 'ana', 'two\nlines']);
      if (HAS_NETWORKX) expect(Object.keys(readWithNetworkx([path])[path]!.nodes)).toEqual(['\\x1b[31mred\\x1b[0m', 'ana', 'two\nlines']);
    }
    const json = await runJson<Parameters<typeof Graph.from>[0]>(['export', 'fixtures/cli/control-characters.csv', '--to', 'json']);
    expect(json.stderr).toBe('');
    const graph = Graph.from(json.json);
    expect(graph.nodes()).toEqual(['\u001b[31mred\u001b[0m', 'ana', 'two\nlines']);
  });
});

describe('the command', () => {
  const TRIANGLE = 'fixtures/cli/triangle-plus-one.csv';

  test('the format comes from the extension, --to wins over it, and without -o the file goes to stdout', async () => {
    const gexfOut = await run(['export', TRIANGLE, '--to', 'gexf']);
    expect(gexfOut.code).toBe(0);
    expect(gexfOut.stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<gexf xmlns="http:\/\/www\.gexf\.net\/1\.2draft" version="1\.2">/);
    expect(gexfOut.stdout).toContain('<graph mode="static" defaultedgetype="directed">');
    const graphmlOut = await run(['export', TRIANGLE, '--to', 'graphml']);
    expect(graphmlOut.stdout).toContain('<graph id="G" edgedefault="directed">');
    const path = join(dir, 'forced.xml');
    expect((await run(['export', TRIANGLE, '--to', 'graphml', '-o', path])).code).toBe(0);
    expect(readFileSync(path, 'utf8')).toContain('<graphml ');
  });

  test('analysis options apply: --remove and --min-tie-weight change the exported graph', async () => {
    // triangle-plus-one.csv: a→b 2, b→a 1, b→c 1, c→a 1, c→d 1 (e is only in its people file).
    // Without d and with ties of weight ≥ 2 only: a, b, c remain, and the one tie a→b.
    const r = await runJson<Parameters<typeof Graph.from>[0]>(['export', TRIANGLE, '--to', 'json', '--remove', 'd', '--min-tie-weight', '2']);
    expect(r.code).toBe(0);
    const graph = Graph.from(r.json);
    expect(graph.nodes()).toEqual(['a', 'b', 'c']);
    expect(graph.mapEdges((_e, a, s, t) => [s, t, a.weight])).toEqual([['a', 'b', 2]]);
  });

  test('usage errors exit 2 and write nothing', async () => {
    const none = await run(['export', TRIANGLE]);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('orgnet: export needs a format: add --to gexf|graphml|json, or -o FILE ending in .gexf, .graphml or .json\n');
    const unknown = await run(['export', TRIANGLE, '-o', join(dir, 'graph.txt')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('cannot tell the export format of');
    const badTo = await run(['export', TRIANGLE, '--to', 'dot']);
    expect(badTo.code).toBe(2);
    expect(badTo.stderr).toContain("argument 'dot' is invalid");
    const overInput = await run(['export', TRIANGLE, '--to', 'gexf', '-o', TRIANGLE]);
    expect(overInput.code).toBe(2);
    expect(overInput.stderr).toContain('refusing to write the output over the input file');
  });

  test('bad input: exit 2, FILE:LINE on stderr, no file left behind', async () => {
    const path = join(dir, 'bad.gexf');
    const r = await run(['export', 'fixtures/input/bad-weight.csv', '-o', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^fixtures\/input\/bad-weight\.csv:3: bad weight/);
    expect(() => readFileSync(path)).toThrow();
  });
});
