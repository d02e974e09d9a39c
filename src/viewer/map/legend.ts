/**
 * The legend beside the map: one entry per group (or community), the largest first, with its
 * colour and size. Clicking an entry highlights its members. Beyond the palette, entries are grey.
 */
import type { Viewer } from '../context.js';
import { h } from '../dom.js';
import type { Focus } from '../focus.js';
import { attributeColours, columnOf } from './attribute-colors.js';
import { colorOf, NONE, PALETTE } from './colors.js';

/** By group, community, or a people-file column (`attribute:NAME`). */
export type ColorBy = 'group' | 'community' | `attribute:${string}`;

export function legend(v: Viewer, by: ColorBy, onFocus: (f: Focus) => void): HTMLElement {
  const { t, x, data } = v;
  const p = data.people;
  const entry = (color: string, name: string, count: number, focus: Focus | null) => {
    const swatch = h('span', { class: 'swatch' });
    swatch.style.background = color;
    const button = h('button', { type: 'button', class: 'legend-entry' }, swatch, h('span', { class: 'legend-name' }, name), h('span', { class: 'legend-count' }, x.int(count)));
    if (focus) button.addEventListener('click', () => onFocus(focus));
    else button.disabled = true;
    return h('li', null, button);
  };
  const list = h('ul', { class: 'legend-list' });
  if (by === 'group') {
    const counts = new Array<number>(p.groupNames.length).fill(0);
    let none = 0;
    for (const g of p.group) {
      if (g === null) none++;
      else counts[g]!++;
    }
    p.groupNames.forEach((name, g) => list.appendChild(entry(colorOf(g), name, counts[g]!, { type: 'group', group: g })));
    if (none > 0) list.appendChild(entry(NONE, t.map.noGroup, none, null));
    const grey = p.groupNames.length - PALETTE.length;
    return h('div', null, h('h3', null, t.map.legendGroups), grey > 0 ? h('p', { class: 'muted' }, t.map.otherGroups(grey)) : null, list);
  }
  const column = columnOf(by);
  if (column !== null) {
    const a = attributeColours(v, column);
    a.values.forEach((value, k) => list.appendChild(entry(colorOf(k), value, a.counts[k]!, null)));
    if (a.none > 0) list.appendChild(entry(NONE, t.map.noValue, a.none, null));
    const grey = a.values.length - PALETTE.length;
    return h('div', null, h('h3', null, column), grey > 0 ? h('p', { class: 'muted' }, t.map.otherValues(grey)) : null, list);
  }
  for (const row of data.communities.rows) list.appendChild(entry(colorOf(row.id), t.map.community(row.id), row.size, { type: 'community', community: row.id }));
  const grey = data.communities.rows.filter((row) => row.id >= PALETTE.length).length;
  const note = grey > 0 ? h('p', { class: 'muted' }, t.map.otherCommunities(grey)) : null;
  return h('div', null, h('h3', null, t.map.legendCommunities), note, list);
}
