/** A report built without a part holds nulls where that part's figures would be: they were not computed. */
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze.js';
import { DEFAULT_OPTIONS } from '../../../src/core/options.js';
import { ALL_PARTS, NO_PARTS, type Part } from '../../../src/core/report/parts.js';
import { ROOT } from '../../helpers/cli.js';

const file = join(ROOT, 'fixtures/acme/interactions.csv');
const people = join(ROOT, 'fixtures/acme/people.csv');
const run = (parts: typeof ALL_PARTS) =>
  analyze(
    { interactions: { stream: createReadStream(file), file }, people: { stream: createReadStream(people), file: people } },
    DEFAULT_OPTIONS,
    { version: '0', now: () => new Date(0), parts },
  );

describe('report parts', () => {
  it('with the summary alone: no search, no communities, no activity, no key players; the cheap figures are the same', async () => {
    const [bare, full] = [await run(new Set<Part>(['summary'])), await run(ALL_PARTS)];
    expect(bare.report.people.map((p) => p.id)).toEqual(full.report.people.map((p) => p.id));
    expect(bare.report.people.every((p) => p.betweenness === null && p.closeness === null && p.community === null)).toBe(true);
    expect(bare.report.people.every((p) => p.roles.length === 0 && p.constraint === null && p.activity.activePeriods === null)).toBe(true);
    expect(bare.report.communities).toEqual([]);
    expect(bare.report.activity.series).toEqual([]);
    expect([bare.report.org.modularity, bare.report.org.keyPlayers]).toEqual([null, []]);
    expect(bare.report.org.density).toBe(full.report.org.density);
    expect(bare.report.org.reciprocity).toBe(full.report.org.reciprocity);
    expect(bare.report.mixing).toEqual(full.report.mixing);
    expect(bare.report.people.map((p) => p.pagerank)).toEqual(full.report.people.map((p) => p.pagerank));
  });

  it('without any part (the ties and mixing tables): no person rows, the counts, the mixing cells', async () => {
    const [none, full] = [await run(NO_PARTS), await run(ALL_PARTS)];
    expect(none.report.people).toEqual([]);
    const { people, ties, interactions, totalWeight } = full.report.org;
    expect(none.report.org).toMatchObject({ people, ties, interactions, totalWeight, density: null, transitivity: null });
    expect(none.report.mixing).toEqual(full.report.mixing);
    expect(none.report.mixing.length).toBeGreaterThan(0);
  });
});
