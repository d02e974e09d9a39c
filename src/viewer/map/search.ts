/**
 * The search box: matches a person's name, id or any of their attributes (an e-mail), ignoring
 * case and accents; the best matches are offered, Enter takes the first.
 */
import { nameOf, type Viewer } from '../context.js';
import { h } from '../dom.js';

const SUGGESTIONS = 8;
const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

export function searchBox(v: Viewer, onPick: (i: number) => void): HTMLElement {
  const p = v.data.people;
  // What each person can be found by, folded once.
  const keys = p.id.map((id, i) => fold([nameOf(v.data, i), id, ...p.attributes.values.map((column) => column[i] ?? '')].join('\u0000')));
  const input = h('input', { type: 'search', class: 'search', placeholder: v.t.map.search, 'aria-label': v.t.map.searchLabel, autocomplete: 'off', spellcheck: 'false' });
  const list = h('ul', { class: 'suggestions', role: 'listbox' });
  let matches: number[] = [];

  const update = () => {
    const query = fold(input.value.trim());
    list.replaceChildren();
    matches = [];
    if (query === '') return;
    const starts: number[] = [];
    const contains: number[] = [];
    keys.forEach((key, i) => {
      const at = key.indexOf(query);
      if (at === 0 || (at > 0 && key[at - 1] === '\u0000')) starts.push(i);
      else if (at > 0) contains.push(i);
    });
    matches = [...starts, ...contains].slice(0, SUGGESTIONS);
    if (matches.length === 0) list.appendChild(h('li', { class: 'muted' }, v.t.map.noMatch));
    for (const i of matches) {
      const item = h('li', { role: 'option' }, h('button', { type: 'button', class: 'link' }, nameOf(v.data, i)));
      item.addEventListener('click', () => pick(i));
      list.appendChild(item);
    }
  };
  const pick = (i: number) => {
    input.value = nameOf(v.data, i);
    list.replaceChildren();
    onPick(i);
  };
  input.addEventListener('input', update);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && matches[0] !== undefined) pick(matches[0]);
    if (event.key === 'Escape') list.replaceChildren();
  });
  return h('div', { class: 'search-box' }, input, list);
}
