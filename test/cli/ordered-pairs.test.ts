/**
 * A directed file whose direction is only the order of its ids (ingest/layouts/direction.ts): every
 * pair one way, always from the smaller id to the larger — how contact exports write a pair.
 * Reciprocity is then 0 by construction, so analyze warns, suggests --undirected, and makes none of
 * the findings that read the direction; a file that is one-way for real (one pair against the
 * order) keeps its low-reciprocity finding. The files are built here; the counts worked by hand.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/model/report.js';
import { runJson } from '../helpers/cli.js';
import { DATASETS, HAS_DATASETS } from '../helpers/datasets.js';

const DIRECTED = ['low-reciprocity', 'one-way-people', 'overload', 'informal-leaders'];

/** Pairs (i, i+1) and (i, i+2) of people 1..12: 11 + 10 = 21 ties, each from the smaller number. */
function pairs(name: (i: number) => string, flip: (i: number, j: number) => boolean = () => false): string {
  const rows = ['source,target'];
  for (let i = 1; i <= 12; i++) {
    for (const j of [i + 1, i + 2]) {
      if (j > 12) continue;
      rows.push(flip(i, j) ? `${name(j)},${name(i)}` : `${name(i)},${name(j)}`);
    }
  }
  return rows.join('\n') + '\n';
}

const NAMES = ['axo', 'bym', 'cuz', 'dwq', 'efy', 'fiq', 'gux', 'hoz', 'ivv', 'jyk', 'kuq', 'lyx'];
const byName = (i: number) => NAMES[i - 1]!;

async function analyze(stdin: string, ...args: string[]): Promise<{ report: Report; stderr: string; stdout: string }> {
  const r = await runJson<Report>(['analyze', '-', '--format', 'json', ...args], { stdin });
  expect(r.code).toBe(0);
  return { report: r.json, stderr: r.stderr, stdout: r.stdout };
}

const kinds = (report: Report) => report.findings.map((f) => f.kind);
const WARNING = /each of the 21 pairs of people appears in one direction only.*--undirected/;

describe('pairs written one way, in the order of their ids', () => {
  it('ordered by number (9 before 10, though "10" sorts first as text): a warning, and no finding that reads direction', async () => {
    const { report, stderr } = await analyze(pairs(String));
    expect(report.org.ties).toBe(21);
    expect(report.org.reciprocity).toBe(0);
    expect(stderr).toMatch(WARNING);
    expect(report.meta.warnings.some((w) => WARNING.test(w))).toBe(true);
    for (const kind of DIRECTED) expect(kinds(report)).not.toContain(kind);
  });

  it('ordered by text, and the reverse order (as --reverse gives): the same', async () => {
    for (const args of [[], ['--reverse']]) {
      const { report } = await analyze(pairs(byName), ...args);
      expect(report.meta.warnings.some((w) => WARNING.test(w))).toBe(true);
      for (const kind of DIRECTED) expect(kinds(report)).not.toContain(kind);
    }
  });

  it('one pair against the order: the file may be one-way for real, so no warning and the low-reciprocity finding stands', async () => {
    const { report } = await analyze(pairs(byName, (i, j) => i === 4 && j === 5));
    expect(report.org.reciprocity).toBe(0);
    expect(report.meta.warnings.some((w) => /one direction only/.test(w))).toBe(false);
    expect(kinds(report)).toContain('low-reciprocity');
  });

  it('fewer than 20 ties can be ordered by chance: no warning', async () => {
    const text = pairs(byName).split('\n').slice(0, 20).join('\n') + '\n'; // header + 19 ties
    const { report } = await analyze(text);
    expect(report.org.ties).toBe(19);
    expect(report.meta.warnings.some((w) => /one direction only/.test(w))).toBe(false);
  });

  it('read with --undirected: no warning', async () => {
    const { report } = await analyze(pairs(byName), '--undirected');
    expect(report.meta.warnings.some((w) => /one direction only/.test(w))).toBe(false);
  });

  it('with --pseudonymize the order is read from the file ids, and no id appears anywhere', async () => {
    const r = await runJson<Report>(['analyze', '-', '--format', 'json', '--pseudonymize', '--salt', 'ordered-pairs-test'], { stdin: pairs(byName) });
    expect(r.code).toBe(0);
    const report = r.json;
    expect(report.meta.warnings.some((w) => WARNING.test(w))).toBe(true);
    for (const kind of DIRECTED) expect(kinds(report)).not.toContain(kind);
    for (const name of NAMES) expect(r.stdout + r.stderr).not.toContain(name);
  });

  it('validate says it too', async () => {
    const r = await runJson<{ notes: string[] }>(['validate', '-', '--format', 'json'], { stdin: pairs(String) });
    expect(r.code).toBe(0);
    const notes = r.json.notes;
    expect(notes.some((n) => WARNING.test(n))).toBe(true);
  });
});

describe.skipIf(!HAS_DATASETS)('sociopatterns-workplace-2015 read as directed', () => {
  const dir = join(DATASETS, 'sociopatterns-workplace-2015');
  // Its README: source < target always (by number), 4,274 pairs, none reciprocated.
  it('is recognised as contacts: the warning names --undirected and the direction findings are not made', async () => {
    const r = await runJson<Report>(['analyze', join(dir, 'interactions.csv'), '--people', join(dir, 'people.csv'), '--format', 'json']);
    expect(r.code).toBe(0);
    const report = r.json;
    expect(report.meta.warnings.some((w) => /each of the 4,274 pairs of people appears in one direction only/.test(w))).toBe(true);
    for (const kind of DIRECTED) expect(kinds(report)).not.toContain(kind);
  });
});
