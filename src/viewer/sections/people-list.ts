/** A list of people as buttons (click: find them on the map), the first ones and how many more. */
import { nameOf, type Viewer } from '../context.js';
import { h } from '../dom.js';

const SHOWN = 40;

/** One person as a button that finds them on the map. */
export function personButton(v: Viewer, i: number, onPerson: (i: number) => void): HTMLElement {
  const button = h('button', { type: 'button', class: 'link' }, nameOf(v.data, i));
  button.addEventListener('click', () => onPerson(i));
  return button;
}

export function peopleList(v: Viewer, people: readonly number[], onPerson: (i: number) => void, shown = SHOWN): HTMLElement {
  const list = h('ul', { class: 'people-list' });
  for (const i of people.slice(0, shown)) list.appendChild(h('li', null, personButton(v, i, onPerson)));
  if (people.length > shown) list.appendChild(h('li', { class: 'muted' }, v.t.more(v.x.int(people.length - shown))));
  return list;
}
