/**
 * Every structural metric against networkx reference values (scripts/golden.py writes
 * test/golden/*.json; the networkx call behind each field is named there). The values are the same
 * under networkx 2.8.8 and 3.x; constraint is the networkx ≥ 3 definition (null only for an isolate).
 * 1e-9 absolute, PageRank included: both run the power iteration to an L1 change below 1e-10, and
 * golden.py checks networkx's result against the stationary vector solved directly.
 * Distance fragmentation and key players: golden.py removes each candidate and recomputes
 * 1 − global_efficiency by brute force.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexGraph } from '../../../src/core/graph/csr.js';
import { betweennessFromSources } from '../../../src/core/metrics/betweenness.js';
import { keyPlayers } from '../../../src/core/metrics/key-players.js';
import { orgStructure } from '../../../src/core/analysis/org-summary.js';
import { personStructure, type PersonStructure } from '../../../src/core/analysis/person-summary.js';
import type { KeyPlayer } from '../../../src/core/model/report.js';
import { edgesFromCsv, graphFromEdges } from '../../helpers/graph.js';

type Value = number | boolean | null;

interface Golden {
  name: string;
  origin: string;
  nodes: string[];
  edges: [string, string, number][];
  keyPlayersK: number;
  keyPlayerCandidates: number;
  person: Record<keyof PersonStructure, Value[]>;
  sampledBetweenness: { sources: number[]; betweenness: number[] };
  org: Record<string, Value | KeyPlayer[]>;
}

const ROOT = join(import.meta.dirname, '../../..');
const DIR = join(ROOT, 'test/golden');
const goldens: Golden[] = readdirSync(DIR)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Golden);

function expectClose(actual: Value | undefined, expected: Value | undefined, tolerance: number, label: string): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    expect(Math.abs(actual - expected), `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
  } else {
    expect(actual, label).toBe(expected);
  }
}

describe.each(goldens)('$name (networkx golden)', (golden) => {
  const graph = graphFromEdges(golden.edges, golden.nodes);
  let person: PersonStructure;
  beforeAll(async () => {
    person = await personStructure(graph);
  });

  it('indexes people in the same sorted order as Python', () => {
    expect(indexGraph(graph).ids).toEqual(golden.nodes);
  });

  it.runIf(golden.origin.startsWith('fixtures/graphs/'))('matches its fixture CSV', () => {
    const fromCsv = graphFromEdges(edgesFromCsv(readFileSync(join(ROOT, golden.origin), 'utf8')), golden.nodes);
    const ties = (g: typeof graph) => g.mapEdges((_e, a, s, t) => [s, t, a.weight]);
    expect(ties(fromCsv)).toEqual(ties(graph));
  });

  it.each(Object.keys(golden.person) as (keyof PersonStructure)[])('person %s', (field) => {
    const tolerance = 1e-9;
    const actual = person[field];
    const expected = golden.person[field];
    expect(actual).toHaveLength(expected.length);
    expected.forEach((value, i) => expectClose(actual[i], value, tolerance, `${field}[${golden.nodes[i]}]`));
  });

  it('sampled betweenness from fixed sources (networkx betweenness_centrality_subset × n/k)', () => {
    const { sources, betweenness } = golden.sampledBetweenness;
    const actual = betweennessFromSources(graph, sources);
    betweenness.forEach((value, i) => expectClose(actual[i], value, 1e-9, `sampled[${golden.nodes[i]}]`));
  });

  it('org numbers', async () => {
    const options = { keyPlayers: golden.keyPlayersK, candidates: golden.keyPlayerCandidates, samples: 200, seed: 42 };
    const resilience = await keyPlayers(graph, person.betweenness, options);
    const org = { ...orgStructure(graph), distanceFragmentation: resilience.distanceFragmentation };
    for (const [field, expected] of Object.entries(golden.org)) {
      if (field === 'keyPlayers') {
        const players = expected as KeyPlayer[];
        expect(resilience.keyPlayers.map((p) => p.id)).toEqual(players.map((p) => p.id));
        players.forEach((p, i) => {
          expectClose(resilience.keyPlayers[i]?.distanceFragmentation, p.distanceFragmentation, 1e-9, `keyPlayers[${i}].distanceFragmentation`);
          expectClose(resilience.keyPlayers[i]?.fragmentation, p.fragmentation, 1e-9, `keyPlayers[${i}].fragmentation`);
        });
      } else {
        expectClose(org[field as keyof typeof org] as Value, expected as Value, 1e-9, `org.${field}`);
      }
    }
    expect(Object.keys(golden.org)).toEqual(expect.arrayContaining(['fragmentation', 'distanceFragmentation', 'keyPlayers']));
  });
});
