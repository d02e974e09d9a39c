/** What every block of "Changes since …" is made of: the data, a heading, lists of names. */
import type { CompareData } from '../../render/html/compare-data.js';
import type { Viewer } from '../context.js';
import { h, type Child } from '../dom.js';

export interface Blocks {
  v: Viewer;
  c: CompareData;
  /** A person's id, as a button that finds them on the map when they are on it. */
  person: (id: string) => Child;
}

/** A block of the section: its heading and content. */
export function block(name: string, heading: string, ...children: Child[]): HTMLElement {
  return h('div', { class: 'change-block', 'data-block': name }, h('h3', null, heading), ...children);
}

/** Some names, then "and N more". */
export function names(v: Viewer, items: Child[], total: number): HTMLElement {
  const list = h('ul', { class: 'people-list' }, ...items.map((item) => h('li', null, item)));
  if (total > items.length) list.appendChild(h('li', { class: 'muted' }, v.t.compare.more(v.x.int(total - items.length))));
  return list;
}
