/**
 * The (event, person) rows of a two-mode file (docs/input.md `--events`) and their projection onto
 * the co-attendance network.
 *
 * Rows of one event may be anywhere in the file, so nothing can be projected before the end.
 * Each row is kept as two integers (event index, person index) in growable typed arrays, plus
 * one earliest timestamp per event: 8 bytes a row, no object per row. At the end the rows are
 * grouped by event with a counting sort, and each event's people sorted and de-duplicated.
 *
 * Per event with k distinct people: k < 2 → too small; k > maxSize → too large (a broadcast, not
 * collaboration); otherwise every pair gets weight 1/(k − 1) and one count, at the event's time
 * (Newman 2001: a person's strength is then the number of such events attended). Events are
 * projected in event-id order (compareIds), so each tie's weight is summed in one order whatever
 * the order of the rows: floating-point sums of 1/(k − 1) would otherwise differ in the last bit
 * (the accumulator also compensates the rounding of each addition, tie-accumulator.ts).
 * Reference: M. E. J. Newman, "Scientific collaboration networks. II. Shortest paths, weighted
 * networks, and centrality", Phys. Rev. E 64 (2001) 016132.
 */
import { compareIds } from '../../base/ids.js';
import type { EventCounts } from '../../model/report.js';
import type { TieAccumulator } from './tie-accumulator.js';
import type { TimelineSink } from '../../model/ingest.js';

const INITIAL_ROWS = 1024;

export interface EventProjection {
  counts: EventCounts;
  /** Rows of events that made ties (repeated rows of one person included). */
  rowsUsed: number;
  /** Rows of events that made no tie. */
  rowsDropped: number;
  /** Tie-making events without any timestamp: in the totals, not in activity over time. */
  untimed: number;
  /** Per person index: tie-making events attended. */
  attended: Uint32Array;
}

export class EventPairs {
  private readonly index = new Map<string, number>();
  private readonly names: string[] = [];
  private times = new Float64Array(INITIAL_ROWS);
  private eventOf = new Int32Array(INITIAL_ROWS);
  private personOf = new Int32Array(INITIAL_ROWS);
  private size = 0;

  /** The index of an event id, interned on first sight. */
  event(id: string): number {
    let e = this.index.get(id);
    if (e === undefined) {
      e = this.names.length;
      this.index.set(id, e);
      this.names.push(id);
      if (e === this.times.length) this.times = grown(this.times, NaN);
      this.times[e] = NaN;
    }
    return e;
  }

  /** One row: `person` took part in `event`; `time` is NaN when the row has none. */
  add(event: number, person: number, time: number): void {
    if (this.size === this.eventOf.length) {
      this.eventOf = grown(this.eventOf, 0);
      this.personOf = grown(this.personOf, 0);
    }
    this.eventOf[this.size] = event;
    this.personOf[this.size] = person;
    this.size++;
    // NaN compares false, so the first timestamp replaces the NaN placeholder.
    if (time < this.times[event]! || Number.isNaN(this.times[event]!)) this.times[event] = time;
  }

  /** Projects every event onto `ties` (undirected) and, when timed, the timeline; `people` = persons interned. */
  project(ties: TieAccumulator, people: number, maxSize: number, timeline: TimelineSink | undefined): EventProjection {
    const { offsets, members } = this.byEvent();
    const out: EventProjection = {
      counts: { read: this.names.length, used: 0, tooSmall: 0, tooLarge: 0 },
      rowsUsed: 0,
      rowsDropped: 0,
      untimed: 0,
      attended: new Uint32Array(people),
    };
    const made: number[] = [];
    for (const e of this.order()) {
      const rows = offsets[e + 1]! - offsets[e]!;
      const group = distinct(members.subarray(offsets[e]!, offsets[e + 1]!));
      const k = group.length;
      if (k < 2 || k > maxSize) {
        if (k < 2) out.counts.tooSmall++;
        else out.counts.tooLarge++;
        out.rowsDropped += rows;
        continue;
      }
      out.counts.used++;
      out.rowsUsed += rows;
      const time = this.times[e]!;
      made.length = 0;
      for (let i = 0; i < k; i++) {
        out.attended[group[i]!]!++;
        for (let j = i + 1; j < k; j++) made.push(ties.add(group[i]!, group[j]!, 1 / (k - 1), time));
      }
      if (Number.isNaN(time)) out.untimed++;
      else timeline?.addEvent(group, made, time);
    }
    return out;
  }

  /** Rows grouped by event (counting sort): event e's people are members[offsets[e] .. offsets[e+1]). */
  private byEvent(): { offsets: Int32Array; members: Int32Array } {
    const events = this.names.length;
    const offsets = new Int32Array(events + 1);
    for (let r = 0; r < this.size; r++) offsets[this.eventOf[r]! + 1]!++;
    for (let e = 0; e < events; e++) offsets[e + 1]! += offsets[e]!;
    const fill = offsets.slice(0, events);
    const members = new Int32Array(this.size);
    for (let r = 0; r < this.size; r++) members[fill[this.eventOf[r]!]!++] = this.personOf[r]!;
    // The rows are now held once, grouped; the arrival-order copy is no longer needed.
    this.eventOf = new Int32Array(0);
    this.personOf = new Int32Array(0);
    return { offsets, members };
  }

  /** Event indexes in event-id order. */
  private order(): Int32Array {
    const order = Int32Array.from(this.names, (_, e) => e);
    return order.sort((a, b) => compareIds(this.names[a]!, this.names[b]!));
  }
}

/** Sorts `people` in place and returns its distinct values as a view at its start. */
function distinct(people: Int32Array): Int32Array {
  people.sort();
  let k = 0;
  for (let i = 0; i < people.length; i++) {
    if (i === 0 || people[i] !== people[i - 1]) people[k++] = people[i]!;
  }
  return people.subarray(0, k);
}

function grown<T extends Float64Array | Int32Array>(array: T, fill: number): T {
  const next = new (array.constructor as new (length: number) => T)(array.length * 2);
  next.set(array);
  next.fill(fill, array.length);
  return next;
}
