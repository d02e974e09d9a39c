// What the diff's findings table says a finding is about: people are named as people, so a
// numeric id such as 8 does not read as a count beside the severities.
import { describe, expect, test } from 'vitest';
import type { FindingChange } from '../../../src/core/model/diff.js';
import { findingSubject } from '../../../src/render/diff/sections.js';

const oneWay = (ids: string[]): FindingChange => ({
  kind: 'one-way-people',
  presence: 'kept',
  subject: { type: 'people', ids },
  severity: { before: 'medium', after: 'low' },
});

describe('diff findings: what each is about', () => {
  test('one person: "person 8", not a bare 8', () => {
    expect(findingSubject(oneWay(['8']), 10)).toBe('person 8');
  });

  test('several people: "people" and their ids, the first `top` of them', () => {
    expect(findingSubject(oneWay(['8', '12']), 10)).toBe('people 8, 12');
    expect(findingSubject(oneWay(['8', '12', '30']), 2)).toBe('people 8, 12, … (3 in all)');
  });

  test('a group and a community are named as such', () => {
    expect(findingSubject({ ...oneWay([]), kind: 'silo-group', subject: { type: 'group', group: 'Sales' } }, 10)).toBe('Sales');
    expect(findingSubject({ ...oneWay([]), kind: 'cross-group-community', subject: { type: 'community', community: 3 } }, 10)).toBe('community 3');
  });
});
