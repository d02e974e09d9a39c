/**
 * The go-to people lead the default top list (sourcePagerank, networkx pagerank(G.reverse())).
 * lazega-lawfirm's advice survey is read as the README says: --reverse, so that a tie points from
 * the adviser to the lawyer who asked. The references are independent of orgnet: the nominations
 * are counted from the raw file here, and the scores are networkx's (test/golden/lazega-lawfirm.json,
 * written by scripts/golden.py on the file's own direction: reversing the reversed ties gives
 * back the file, so sourcePagerank under --reverse is networkx's pagerank of the file as it is).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/model/report.js';
import { ROOT, run, runJson } from '../helpers/cli.js';
import { DATASETS, HAS_DATASETS } from '../helpers/datasets.js';

const LAZEGA = join(DATASETS, 'lazega-lawfirm');
const ARGS = ['analyze', join(LAZEGA, 'interactions.csv'), '--people', join(LAZEGA, 'people.csv'), '--reverse'];

/** How often each lawyer was named as an adviser: the target column of the raw survey file. */
function nominations(): Map<string, number> {
  const lines = readFileSync(join(LAZEGA, 'interactions.csv'), 'utf8').trim().split('\n').slice(1);
  const counts = new Map<string, number>();
  for (const line of lines) {
    const target = line.split(',')[1]!.trim();
    counts.set(target, (counts.get(target) ?? 0) + 1);
  }
  return counts;
}

/** Person ids of the terminal's top-people table, in its order. */
function topTable(stdout: string): string[] {
  const section = stdout.slice(stdout.indexOf('Top 10 people by'));
  return [...section.matchAll(/^│ (\S+)\s+│/gm)].map((m) => m[1]!).filter((id) => id !== 'person');
}

interface Golden {
  nodes: string[];
  person: { pagerank: number[]; sourcePagerank: number[] };
}
const golden = (): Golden => JSON.parse(readFileSync(join(ROOT, 'test/golden/lazega-lawfirm.json'), 'utf8')) as Golden;

/** The five highest by networkx scores, ties by id. */
function topFive(nodes: string[], scores: number[]): string[] {
  return nodes.map((id, i) => [id, scores[i]!] as const).sort((a, b) => b[1] - a[1] || Number(a[0]) - Number(b[0])).slice(0, 5).map(([id]) => id);
}

describe.runIf(HAS_DATASETS)('lazega-lawfirm read with --reverse: the go-to lawyers lead', () => {
  let report: Report;
  let table: string;
  beforeAll(async () => {
    report = (await runJson<Report>([...ARGS, '--format', 'json'])).json;
    table = (await run(ARGS, { env: { COLUMNS: '160' } })).stdout;
  });

  it('sourcePagerank equals networkx pagerank of the survey as filed (asker → adviser)', () => {
    const byId = new Map(report.people.map((p) => [p.id, p.sourcePagerank]));
    const { nodes, person } = golden();
    nodes.forEach((id, i) => expect(Math.abs(byId.get(id)! - person.pagerank[i]!), id).toBeLessThan(1e-9));
  });

  it('the default top 10 is sorted by the go-to score and holds the most sought-after partners', () => {
    const top = topTable(table);
    expect(table).toContain('Top 10 people by go-to score (sourcePagerank)');
    expect(top).toHaveLength(10);
    const named = nominations();
    const mostNamed = [...named].sort((a, b) => b[1] - a[1] || Number(a[0]) - Number(b[0])).slice(0, 5).map(([id]) => id);
    expect(mostNamed).toEqual(['26', '13', '17', '24', '34']);
    // 26, 13, 17 and 24 are in the top 10; 34 (named 25 times, by less-consulted colleagues) is 12th.
    expect(top).toEqual(expect.arrayContaining(['26', '13', '17', '24']));
    const status = new Map(report.people.map((p) => [p.id, p.attributes.status]));
    for (const id of top) {
      expect(status.get(id), `${id} is a partner`).toBe('partner');
      expect(named.get(id) ?? 0, `${id} is named as an adviser at least 19 times`).toBeGreaterThanOrEqual(19);
    }
  });

  // PageRank under --reverse is networkx pagerank of the file reversed: golden sourcePagerank.
  it('the associates PageRank puts first (they ask, they are not asked) are out of it', () => {
    const { nodes, person } = golden();
    const askers = topFive(nodes, person.sourcePagerank);
    expect(askers).toEqual(['69', '66', '67', '71', '51']);
    const top = topTable(table);
    for (const id of askers) expect(top).not.toContain(id);
  });

  it('--sort pagerank still ranks by what flows in', async () => {
    const { nodes, person } = golden();
    const byPagerank = topTable((await run([...ARGS, '--sort', 'pagerank'], { env: { COLUMNS: '160' } })).stdout);
    expect(byPagerank.slice(0, 5)).toEqual(topFive(nodes, person.sourcePagerank));
  });
});
