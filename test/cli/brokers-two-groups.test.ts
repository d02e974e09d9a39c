/**
 * A firm of two practices has brokers: lazega-lawfirm (litigation and corporate, read with
 * --reverse as its README says). The broker rule (betweenness at or above the 90th percentile and
 * above 0, and an open two-path a→p→b through the person that crosses a group boundary) is
 * worked out here from independent pieces: networkx betweenness (test/golden/lazega-lawfirm.json;
 * directed betweenness is the same on the reversed ties, every shortest path read backwards) and
 * the open two-paths walked one by one over the raw file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/model/report.js';
import { ROOT, runJson } from '../helpers/cli.js';
import { DATASETS, HAS_DATASETS } from '../helpers/datasets.js';

const LAZEGA = join(DATASETS, 'lazega-lawfirm');

function csvRows(file: string): string[][] {
  return readFileSync(file, 'utf8').trim().split('\n').slice(1).map((line) => line.split(','));
}

/** Brokers by the rule, from networkx betweenness and a walk over every two-path. */
function referenceBrokers(): string[] {
  const golden = JSON.parse(readFileSync(join(ROOT, 'test/golden/lazega-lawfirm.json'), 'utf8')) as { nodes: string[]; person: { betweenness: number[] } };
  const practice = new Map(csvRows(join(LAZEGA, 'people.csv')).map(([id, department]) => [id!, department!]));
  // --reverse: the adviser (target column) → the lawyer who asked (source column).
  const out = new Map<string, Set<string>>();
  const inn = new Map<string, Set<string>>();
  for (const [asker, adviser] of csvRows(join(LAZEGA, 'interactions.csv'))) {
    if (asker === adviser) continue;
    if (!out.has(adviser!)) out.set(adviser!, new Set());
    if (!inn.has(asker!)) inn.set(asker!, new Set());
    out.get(adviser!)!.add(asker!);
    inn.get(asker!)!.add(adviser!);
  }
  const crosses = (p: string) => {
    for (const a of inn.get(p) ?? []) {
      for (const b of out.get(p) ?? []) {
        if (a === b || out.get(a)?.has(b)) continue;
        if (!(practice.get(a) === practice.get(p) && practice.get(b) === practice.get(p))) return true;
      }
    }
    return false;
  };
  const betweenness = new Map(golden.nodes.map((id, i) => [id, golden.person.betweenness[i]!]));
  const tied = golden.nodes.filter((id) => (out.get(id)?.size ?? 0) + (inn.get(id)?.size ?? 0) > 0);
  const sorted = tied.map((id) => betweenness.get(id)!).sort((x, y) => x - y);
  const p90 = sorted[Math.ceil(0.9 * sorted.length - 1e-9) - 1]!;
  return tied.filter((id) => betweenness.get(id)! > 0 && betweenness.get(id)! >= p90 - 1e-12 && crosses(id)).sort((x, y) => Number(x) - Number(y));
}

describe.runIf(HAS_DATASETS)('lazega-lawfirm: brokers between the two practices', () => {
  let report: Report;
  beforeAll(async () => {
    const result = await runJson<Report>(['analyze', join(LAZEGA, 'interactions.csv'), '--people', join(LAZEGA, 'people.csv'), '--reverse', '--format', 'json']);
    report = result.json;
  });

  it('two groups only: no one has neighbours in two groups other than their own', () => {
    expect(new Set(report.people.map((p) => p.group))).toEqual(new Set(['litigation', 'corporate']));
  });

  it('the broker role goes to the people the rule names, 30 and 39 among them', () => {
    const brokers = report.people.filter((p) => p.roles.includes('broker')).map((p) => p.id);
    const expected = referenceBrokers();
    expect(brokers).toEqual(expected);
    expect(expected).toEqual(expect.arrayContaining(['30', '39']));
    // Each of them lies on open two-paths across the practices, and the report's counts say so.
    for (const p of report.people.filter((q) => q.roles.includes('broker'))) {
      const b = p.brokerage!;
      expect(b.gatekeeper + b.representative + b.itinerant + b.liaison, p.id).toBeGreaterThan(0);
    }
  });
});
