/** A report built without a part holds nulls where that part's figures would be: they were not computed. */
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis/analyze.js';
import { DEFAULT_OPTIONS } from '../../../src/core/model/options.js';
import { ALL_PARTS, NO_PARTS, type Part } from '../../../src/core/model/parts.js';
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
    expect(bare.report.people.map((p) => p.pagerank)).toEqual(full.report.people.map((p) => p.pagerank));
    // Groups are a part of their own: without it, no group rows, mixing cells or E-I index.
    expect([bare.report.groups, bare.report.mixing, bare.report.org.eiIndex]).toEqual([[], [], null]);
  });

  it('without any part (the ties table): no person rows, no groups, no mixing; the counts', async () => {
    const [none, full] = [await run(NO_PARTS), await run(ALL_PARTS)];
    expect(none.report.people).toEqual([]);
    const { people, ties, interactions, totalWeight } = full.report.org;
    expect(none.report.org).toMatchObject({ people, ties, interactions, totalWeight, density: null, transitivity: null, eiIndex: null });
    expect([none.report.groups, none.report.mixing]).toEqual([[], []]);
  });

  it('with the groups part alone (the mixing table): the mixing cells, the group rows and E-I of the full report', async () => {
    const [groups, full] = [await run(new Set<Part>(['groups'])), await run(ALL_PARTS)];
    expect(groups.report.mixing).toEqual(full.report.mixing);
    expect(groups.report.mixing.length).toBeGreaterThan(0);
    expect(groups.report.org.eiIndex).toBe(full.report.org.eiIndex);
    expect(groups.report.groups.map((g) => [g.group, g.size, g.eiIndex])).toEqual(full.report.groups.map((g) => [g.group, g.size, g.eiIndex]));
  });
});
