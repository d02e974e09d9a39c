/**
 * Colouring and sizing the map by a people-file column: its values by how many people hold them
 * (ties by value), the first 20 a colour each and the rest one grey, as groups are coloured; a
 * column whose every value is a number can also size the dots.
 */
import type { Viewer } from '../context.js';

/** A choice of the colour or size menu that names a people-file column. */
export const ATTRIBUTE_PREFIX = 'attribute:';

export const columnOf = (choice: string): string | null => (choice.startsWith(ATTRIBUTE_PREFIX) ? choice.slice(ATTRIBUTE_PREFIX.length) : null);

export interface AttributeColours {
  /** The values, most held first (ties by value): value k gets palette colour k. */
  values: string[];
  counts: number[];
  /** Per person, the index of their value in `values`, or null without one. */
  rank: (number | null)[];
  /** People without a value. */
  none: number;
}

export function attributeColours(v: Viewer, column: string): AttributeColours {
  const p = v.data.people;
  const c = p.attributes.names.indexOf(column);
  const cells = c < 0 ? [] : p.attributes.values[c]!;
  const counts = new Map<string, number>();
  for (const value of cells) if (value !== null && value !== '') counts.set(value, (counts.get(value) ?? 0) + 1);
  const values = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([value]) => value);
  const position = new Map(values.map((value, k) => [value, k]));
  const rank = Array.from({ length: p.count }, (_, i) => {
    const value = cells[i];
    return value === null || value === undefined || value === '' ? null : position.get(value)!;
  });
  return { values, counts: values.map((value) => counts.get(value)!), rank, none: rank.filter((r) => r === null).length };
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The columns whose every non-empty value is a number (tenure, age): they can size the dots. */
export function numericColumns(v: Viewer): string[] {
  const { names, values } = v.data.people.attributes;
  return names.filter((_, c) => {
    const cells = values[c]!.filter((x): x is string => x !== null && x !== '');
    return cells.length > 0 && cells.every((x) => NUMBER.test(x.trim()));
  });
}

/** A numeric column's values per person (null without one). */
export function numbersOf(v: Viewer, column: string): (number | null)[] {
  const p = v.data.people;
  const c = p.attributes.names.indexOf(column);
  return Array.from({ length: p.count }, (_, i) => {
    const x = c < 0 ? null : p.attributes.values[c]![i];
    return x === null || x === undefined || x === '' ? null : Number(x);
  });
}
