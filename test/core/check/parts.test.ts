/** What a check computes (model/parts.ts): only the parts its rules read. */
import { describe, expect, it } from 'vitest';
import { parseRules, partsForRules } from '../../../src/core/check/index.js';
import { partsFor } from '../../../src/render/index.js';

const parts = (...rules: string[]) => [...partsForRules(parseRules(rules))].sort();

describe('partsForRules', () => {
  it('density, reciprocity and other counts need the summary alone: no search, no Louvain', () => {
    expect(parts('density >= 0.1', 'reciprocity >= 0.3', 'org.isolates <= 2', 'max(people.inDegree) <= 40')).toEqual(['summary']);
    expect(parts('mean(groups.eiIndex) >= -0.5')).toEqual(['groups']);
    expect(parts('eiIndex <= 0')).toEqual(['groups', 'summary']);
  });

  it('each field names what it reads', () => {
    expect(parts('max(people.betweenness) <= 0.5')).toEqual(['paths', 'summary']);
    expect(parts('modularity >= 0.3')).toEqual(['communities', 'summary']);
    expect(parts('activeShare >= 80%')).toEqual(['activity', 'summary']);
    expect(parts('count(people.activity.status=dormant) <= 3')).toEqual(['activity', 'summary']);
    expect(parts('count(people.roles=critical) <= 2')).toEqual(['communities', 'paths', 'structure', 'summary']);
    expect(parts('cutPoints <= 3', 'mean(people.constraint) <= 0.5')).toEqual(['structure', 'summary']);
    expect(parts('mean(groups.activityRate) >= 0.5')).toEqual(['activity', 'groups']);
    expect(parts('last(windows.org.reciprocity) >= 0.3')).toEqual(['groups', 'windows']);
  });
});

describe('partsFor (analyze)', () => {
  it('the whole report for a view, what the table shows for one table', () => {
    expect([...partsFor('json', 'people')].sort()).toEqual(['activity', 'communities', 'groups', 'keyPlayers', 'paths', 'structure', 'summary', 'windows']);
    expect([...partsFor('csv', 'windows')].sort()).toEqual(['groups', 'windows']);
    expect([...partsFor('csv', 'ties')]).toEqual([]);
    expect([...partsFor('csv', 'mixing')]).toEqual(['groups']);
    expect([...partsFor('csv', 'communities')].sort()).toEqual(['communities', 'groups']);
    expect([...partsFor('csv', 'groups')].sort()).toEqual(['activity', 'groups', 'paths']);
  });
});
