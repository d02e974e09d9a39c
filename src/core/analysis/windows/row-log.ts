/**
 * The timed rows of the interactions, kept while they are read so that the network of each
 * `--windows` window can be built without reading the file again: per row its tie (the ingest
 * tie index), its weight and its time, in growing typed arrays — 20 bytes a row, 40 MB for two
 * million rows. A tie-making event (`--events`) is kept as one entry per pair tie it made, with
 * the pair's share of the event, 1/(k − 1) for k people, as the tie's weight counts it.
 */
import type { TimelineSink } from '../../model/ingest.js';

export interface RowLog extends TimelineSink {
  readonly size: number;
  readonly tie: Int32Array;
  readonly weight: Float64Array;
  /** Epoch ms (or elapsed ms on a relative clock). */
  readonly time: Float64Array;
}

export function createRowLog(): RowLog {
  let size = 0;
  let tie = new Int32Array(1 << 16);
  let weight = new Float64Array(1 << 16);
  let time = new Float64Array(1 << 16);
  const push = (t: number, w: number, at: number) => {
    if (size === tie.length) {
      const grow = <A extends Int32Array | Float64Array>(a: A, wider: A): A => {
        wider.set(a);
        return wider;
      };
      tie = grow(tie, new Int32Array(size * 2));
      weight = grow(weight, new Float64Array(size * 2));
      time = grow(time, new Float64Array(size * 2));
    }
    tie[size] = t;
    weight[size] = w;
    time[size] = at;
    size++;
  };
  return {
    get size() {
      return size;
    },
    get tie() {
      return tie.subarray(0, size);
    },
    get weight() {
      return weight.subarray(0, size);
    },
    get time() {
      return time.subarray(0, size);
    },
    add(_source, _target, t, w, at) {
      push(t, w, at);
    },
    addEvent(people, ties, at) {
      const share = 1 / (people.length - 1);
      for (let i = 0; i < ties.length; i++) push(ties[i]!, share, at);
    },
  };
}

/** One sink that hands every row to each of `sinks` (the activity timeline and the row log). */
export function teeSink(sinks: readonly TimelineSink[]): TimelineSink | undefined {
  if (sinks.length <= 1) return sinks[0];
  return {
    add(source, target, t, w, at) {
      for (const sink of sinks) sink.add(source, target, t, w, at);
    },
    addEvent(people, ties, at) {
      for (const sink of sinks) sink.addEvent(people, ties, at);
    },
  };
}
