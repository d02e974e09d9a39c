/**
 * Weakly connected components: groups of people joined by ties in either direction.
 *
 * Definition: the connected components of the undirected projection; an isolate is a
 * component of one. `largestComponentShare` = size of the largest / n; `isolates` = people
 * with no tie.
 * Undefined: `largestComponentShare` is `null` for an empty organization.
 * Weight: ignored, and so is direction.
 * networkx: `number_connected_components(U)` (= `number_weakly_connected_components(G)`),
 * `max(map(len, weakly_connected_components(G))) / n`, `len(list(isolates(G)))`.
 * Iterative search: a recursive one overflows the stack on large organizations.
 */
import { indexGraph, type Adjacency, type GraphSource } from '../graph/csr.js';

export interface Components {
  /** Component number of each person, numbered in order of their smallest member. */
  componentOf: Int32Array;
  sizes: number[];
}

export interface ComponentSummary {
  components: number;
  largestComponentShare: number | null;
  isolates: number;
}

export function weakComponents(und: Adjacency, alive: Uint8Array | null = null): Components {
  const { offsets, index } = und;
  const n = offsets.length - 1;
  const componentOf = new Int32Array(n).fill(-1);
  const sizes: number[] = [];
  const queue = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    if (componentOf[s] !== -1 || (alive && alive[s] === 0)) continue;
    const c = sizes.length;
    componentOf[s] = c;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++]!;
      for (let p = offsets[v]!; p < offsets[v + 1]!; p++) {
        const w = index[p]!;
        if (componentOf[w] !== -1 || (alive && alive[w] === 0)) continue;
        componentOf[w] = c;
        queue[tail++] = w;
      }
    }
    sizes.push(tail);
  }
  return { componentOf, sizes };
}

export function componentSummary(graph: GraphSource): ComponentSummary {
  const { n, und } = indexGraph(graph);
  const { sizes } = weakComponents(und);
  let isolates = 0;
  for (let v = 0; v < n; v++) if (und.offsets[v + 1] === und.offsets[v]) isolates++;
  return {
    components: sizes.length,
    largestComponentShare: n === 0 ? null : sizes.reduce((a, b) => Math.max(a, b), 0) / n,
    isolates,
  };
}
