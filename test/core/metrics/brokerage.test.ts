import { describe, expect, it } from 'vitest';
import { brokerage } from '../../../src/core/metrics/brokerage.js';
import { encodeGroups, groupLabels, NO_GROUP } from '../../../src/core/metrics/group-codes.js';
import { indexGraph } from '../../../src/core/graph/csr.js';
import type { OrgGraph } from '../../../src/core/graph/types.js';
import type { Brokerage } from '../../../src/core/model/report.js';
import { DATASETS, HAS_DATASETS, datasetGraph, fixtureGraph, readDataset } from '../../helpers/groups.js';

const ZERO: Brokerage = { coordinator: 0, itinerant: 0, gatekeeper: 0, representative: 0, liaison: 0 };

/*
 * brokerage-five-roles: groups A (a1..a12), B (b1..b4), C (c1..c4), x without a group.
 * Each open two-path a→p→b, the only one through its broker p:
 *   a1→a2→a3  A A A  coordinator     (a2)
 *   a4→b1→a5  A B A  itinerant       (b1)
 *   c1→b2→b3  C B B  gatekeeper      (b2)
 *   c2→c3→a6  C C A  representative  (c3)
 *   a7→b4→c4  A B C  liaison         (b4)
 * Not counted: x→b1→a5 (x has no group), a8→a9→a10 (closed by a8→a10), a11→a12→a11 (a = b).
 */
describe('brokerage on brokerage-five-roles', () => {
  const graph = fixtureGraph('brokerage-five-roles');
  const { ids } = indexGraph(graph);
  const counts = brokerage(graph, encodeGroups(groupLabels(graph)));
  const of = (id: string) => counts[ids.indexOf(id)];

  it('finds each role exactly once, at its broker', () => {
    expect(of('a2')).toEqual({ ...ZERO, coordinator: 1 });
    expect(of('b1')).toEqual({ ...ZERO, itinerant: 1 });
    expect(of('b2')).toEqual({ ...ZERO, gatekeeper: 1 });
    expect(of('c3')).toEqual({ ...ZERO, representative: 1 });
    expect(of('b4')).toEqual({ ...ZERO, liaison: 1 });
  });

  it('counts nothing anywhere else', () => {
    const brokers = new Set(['a2', 'b1', 'b2', 'c3', 'b4']);
    ids.filter((id) => !brokers.has(id) && id !== 'x').forEach((id) => expect(of(id)).toEqual(ZERO));
  });

  it('is null for a person without a group', () => {
    expect(of('x')).toBeNull();
  });

  it('is null for everyone without groups', () => {
    const none = encodeGroups(new Array<string | null>(ids.length).fill(null));
    expect(brokerage(graph, none).every((b) => b === null)).toBe(true);
  });
});

/** Every ordered triple, tie tests on a Set of "a>b" keys: slow but obviously right. */
function bruteForce(graph: OrgGraph, code: Int32Array): (Brokerage | null)[] {
  const { ids } = indexGraph(graph);
  const tie = new Set(graph.mapEdges((_e, _a, s, t) => `${s}>${t}`));
  const group = (id: string) => code[ids.indexOf(id)]!;
  return ids.map((p) => {
    if (group(p) === NO_GROUP) return null;
    const out: Brokerage = { ...ZERO };
    for (const a of graph.inNeighbors(p)) {
      for (const b of graph.outNeighbors(p)) {
        if (a === b || tie.has(`${a}>${b}`) || group(a) === NO_GROUP || group(b) === NO_GROUP) continue;
        const [ga, gp, gb] = [group(a), group(p), group(b)];
        if (ga === gp && gb === gp) out.coordinator++;
        else if (ga === gb) out.itinerant++;
        else if (gb === gp) out.gatekeeper++;
        else if (ga === gp) out.representative++;
        else out.liaison++;
      }
    }
    return out;
  });
}

describe.skipIf(!HAS_DATASETS)('brokerage on real data', () => {
  for (const name of ['lazega-lawfirm', 'krackhardt-hightech']) {
    it(`${name}: equals a brute-force count`, () => {
      const graph = datasetGraph(readDataset(`${DATASETS}/${name}`));
      const groups = encodeGroups(groupLabels(graph));
      expect(brokerage(graph, groups)).toEqual(bruteForce(graph, groups.code));
    });
  }
});
