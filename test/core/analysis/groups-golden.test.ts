/**
 * Group and community figures on real data against networkx / scikit-learn reference values
 * written by scripts/golden_groups.py (test/golden/groups/*.json).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectCommunities } from '../../../src/core/metrics/communities.js';
import { encodeGroups, groupLabels } from '../../../src/core/metrics/group-codes.js';
import { groupRows } from '../../../src/core/analysis/groups.js';
import { modularity } from '../../../src/core/metrics/modularity.js';
import { groupAlignment } from '../../../src/core/metrics/nmi.js';
import type { OrgGraph } from '../../../src/core/graph/types.js';
import { DATASETS, HAS_DATASETS, datasetGraph, readDataset } from '../../helpers/groups.js';

interface GoldenGroup {
  size: number;
  internalTies: number;
  externalTies: number;
  density: number | null;
  reciprocity: number | null;
}

interface Golden {
  graph: { people: number; ties: number; totalWeight: number };
  groups: Record<string, GoldenGroup>;
  modularity: { departments: number; 'departmentsResolution0.5': number };
  nmi?: { second: string; value: number };
  louvainBest: number;
  louvainSeeds: number[];
}

function golden(name: string): Golden {
  const url = new URL(`../../golden/groups/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as Golden;
}

/** Group codes as a partition; people without a group each in a block of their own. */
function groupPartition(graph: OrgGraph): number[] {
  const { names, code } = encodeGroups(groupLabels(graph));
  let next = names.length;
  return Array.from(code, (g) => (g < 0 ? next++ : g));
}

const close = (actual: number | null, expected: number | null) =>
  expected === null ? expect(actual).toBeNull() : expect(actual).toBeCloseTo(expected, 9);

describe.skipIf(!HAS_DATASETS).each(['lazega-lawfirm', 'krackhardt-hightech', 'email-eu-core'])('%s', (name) => {
  const ref = golden(name);
  const data = readDataset(`${DATASETS}/${name}`);
  const graph = datasetGraph(data);

  it('reads the same graph as the reference', () => {
    let weight = 0;
    graph.forEachEdge((_e, attr) => (weight += attr.weight));
    expect([graph.order, graph.size, weight]).toEqual([ref.graph.people, ref.graph.ties, ref.graph.totalWeight]);
  });

  it('group size, ties, density and reciprocity match networkx on induced subgraphs', () => {
    const rows = groupRows(graph, encodeGroups(groupLabels(graph)), new Array(graph.order).fill(null));
    expect(rows.map((r) => r.group)).toEqual(Object.keys(ref.groups).sort());
    for (const row of rows) {
      const g = ref.groups[row.group]!;
      expect([row.size, row.internalTies, row.externalTies]).toEqual([g.size, g.internalTies, g.externalTies]);
      close(row.density, g.density);
      close(row.reciprocity, g.reciprocity);
    }
  });

  it('modularity of the department partition matches networkx', () => {
    const partition = groupPartition(graph);
    close(modularity(graph, partition), ref.modularity.departments);
    close(modularity(graph, partition, 0.5), ref.modularity['departmentsResolution0.5']);
  });

  // Krackhardt's advice network has hardly any community structure (networkx's best Q is
  // 0.097, its five seeds range 0.073–0.097): there a relative bound means little, so the
  // check is that Louvain lands within the range networkx itself reaches.
  const weak = name === 'krackhardt-hightech';
  it(weak ? 'Louvain stays within the modularity range of networkx seeds' : 'Louvain reaches at least 97 % of the best networkx louvain_communities modularity', () => {
    const membership = detectCommunities(graph, { seed: 42, resolution: 1 });
    const floor = weak ? Math.min(...ref.louvainSeeds) : 0.97 * ref.louvainBest;
    expect(modularity(graph, membership)!).toBeGreaterThanOrEqual(floor);
  });

  if (ref.nmi) {
    const second = ref.nmi.second;
    it(`NMI between department and ${second} matches scikit-learn`, () => {
      const other = groupPartition(datasetGraph(data, second));
      close(groupAlignment(other, encodeGroups(groupLabels(graph))), ref.nmi!.value);
    });
  }
});
