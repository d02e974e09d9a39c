import { describe, expect, it } from 'vitest';
import louvain from 'graphology-communities-louvain';
import { communityCount, communityRows, detectCommunities, undirectedProjection } from '../../../src/core/metrics/communities.js';
import { indexGraph } from '../../../src/core/graph/csr.js';
import { louvainView } from '../../../src/core/metrics/louvain-view.js';
import { encodeGroups, groupLabels } from '../../../src/core/metrics/group-codes.js';
import { modularity } from '../../../src/core/metrics/modularity.js';
import { seededRandom } from '../../../src/core/base/random.js';
import { DATASETS, HAS_DATASETS, datasetGraph, orgGraph, readDataset, type Edge } from '../../helpers/groups.js';

/*
 * Two triangles with a bridge: a, b, c mutual; d, e, f mutual; c→d; z isolated.
 * Projection weights: 2 on each triangle edge (1 + 1), 1 on c–d; total m = 6·2 + 1 = 13.
 * Partition {a,b,c} {d,e,f} {z}: L = 6 each; degrees a 4, b 4, c 5 → d = 13 each; z 0.
 *   Q = 2·(6/13 − (13/26)²) = 12/13 − 1/2 = 11/26.
 *   At resolution 2: 12/13 − 2·(1/4 + 1/4) = −1/13.
 * networkx: modularity(U, [{a,b,c},{d,e,f},{z}], weight="weight") = 0.4230769230769231.
 */
const triangles: Edge[] = [
  ['a', 'b'], ['b', 'a'], ['a', 'c'], ['c', 'a'], ['b', 'c'], ['c', 'b'],
  ['d', 'e'], ['e', 'd'], ['d', 'f'], ['f', 'd'], ['e', 'f'], ['f', 'e'],
  ['c', 'd'],
];
const groupsOfTriangles = { a: 'X', b: 'X', c: 'Y', d: 'Y', e: 'Y', f: null, z: 'X' };

describe('detectCommunities on two triangles with a bridge', () => {
  const graph = orgGraph(triangles, groupsOfTriangles);
  const membership = detectCommunities(graph, { seed: 42, resolution: 1 });

  it('finds the triangles, numbered by size then smallest id, the isolate alone', () => {
    // People a b c d e f z.
    expect([...membership]).toEqual([0, 0, 0, 1, 1, 1, 2]);
    expect(communityCount(membership)).toBe(3);
  });

  it('has modularity 11/26', () => {
    expect(modularity(graph, membership)).toBeCloseTo(11 / 26, 12);
    expect(modularity(graph, membership, 2)).toBeCloseTo(-1 / 13, 12);
  });

  it('describes each community by its groups', () => {
    // 0 = {a X, b X, c Y}: X 2 of 3 grouped; 1 = {d Y, e Y, f —}: Y 2 of 2; 2 = {z X}.
    expect(communityRows(membership, encodeGroups(groupLabels(graph)))).toEqual([
      { id: 0, size: 3, groups: { X: 2, Y: 1 }, dominantGroup: 'X', dominantShare: 2 / 3 },
      { id: 1, size: 3, groups: { Y: 2 }, dominantGroup: 'Y', dominantShare: 1 },
      { id: 2, size: 1, groups: { X: 1 }, dominantGroup: 'X', dominantShare: 1 },
    ]);
  });
});

describe('communities edge cases', () => {
  it('puts every isolate alone, numbered by id, and has no modularity without ties', () => {
    const graph = orgGraph([], { c: null, a: null, b: null });
    const membership = detectCommunities(graph, { seed: 1, resolution: 1 });
    expect([...membership]).toEqual([0, 1, 2]);
    expect(modularity(graph, membership)).toBeNull();
  });

  it('breaks a tie in the dominant group by the smallest label, null without grouped members', () => {
    const rows = communityRows([0, 0, 0, 1], encodeGroups(['Q', 'P', null, null]));
    expect(rows[0]).toMatchObject({ groups: { P: 1, Q: 1 }, dominantGroup: 'P', dominantShare: 0.5 });
    expect(rows[1]).toEqual({ id: 1, size: 1, groups: {}, dominantGroup: null, dominantShare: null });
  });

  it('numbers equal-size communities by their smallest member id', () => {
    // Pairs b↔y and a↔x (a x b y in id order) of equal size: the one holding "a" comes first.
    const graph = orgGraph([['b', 'y'], ['y', 'b'], ['a', 'x'], ['x', 'a']]);
    expect([...detectCommunities(graph, { seed: 3, resolution: 1 })]).toEqual([0, 1, 0, 1]);
  });
});

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const rng = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe.skipIf(!HAS_DATASETS)('determinism on lazega-lawfirm', () => {
  const data = readDataset(`${DATASETS}/lazega-lawfirm`);
  const graph = datasetGraph(data);
  const options = { seed: 42, resolution: 1 };
  const first = [...detectCommunities(graph, options)];

  it('gives the same partition for the same seed', () => {
    expect([...detectCommunities(datasetGraph(data), options)]).toEqual(first);
  });

  it('gives the same partition when the ties come in another order', () => {
    for (const seed of [1, 2, 3]) {
      const other = datasetGraph(data, 'department', shuffled(data.edges, seed));
      expect([...detectCommunities(other, options)]).toEqual(first);
    }
  });

  it('the CSR view finds the very partition Louvain finds on the graphology projection', () => {
    const { und, ids } = indexGraph(graph);
    for (const seed of [1, 42, 7]) {
      const onGraph = louvain(undirectedProjection(graph), { getEdgeWeight: 'weight', rng: seededRandom(seed) });
      const onView = louvain(louvainView(und) as unknown as Parameters<typeof louvain>[0], { getEdgeWeight: 'weight', rng: seededRandom(seed) }) as Record<number, number>;
      expect(ids.map((_, i) => onView[i])).toEqual(ids.map((id) => onGraph[id]));
    }
  });

  it('agrees with the modularity Louvain reports for its own partition', () => {
    const detailed = louvain.detailed(undirectedProjection(graph), {
      getEdgeWeight: 'weight',
      rng: seededRandom(42),
    });
    const membership = graph.nodes().map((id) => detailed.communities[id]!);
    expect(modularity(graph, membership)).toBeCloseTo(detailed.modularity, 9);
  });

  it('numbers communities by size descending', () => {
    const sizes = Array.from({ length: communityCount(first) }, (_, c) => first.filter((x) => x === c).length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });
});
