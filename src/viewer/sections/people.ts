/** Top people by each centrality, and the people who hold each role. */
import { ROLE_ORDER } from '../../render/html/page-data.js';
import { nameOf, rolesOf, topBy, type Viewer } from '../context.js';
import { h, section, table } from '../dom.js';
import { peopleList } from './people-list.js';

const TOP = 10;

export function topPeopleSection(v: Viewer, onPerson: (i: number) => void): HTMLElement | null {
  const { t, x, data } = v;
  if (data.people.count === 0) return null;
  const p = data.people;
  const measures = [
    { title: t.top.sourcePagerank, note: t.top.sourcePagerankNote, values: p.sourcePagerank },
    { title: t.top.pagerank, note: t.top.pagerankNote, values: p.pagerank },
    { title: t.top.betweenness, note: t.top.betweennessNote, values: p.betweenness },
    { title: t.top.closeness, note: t.top.closenessNote, values: p.closeness },
    { title: t.top.degree, note: t.top.degreeNote, values: p.degreeCentrality },
  ].filter((m) => m.values.some((value) => value !== null));
  const tables = measures.map((m) => {
    const rows = topBy(m.values, TOP).map((i) => {
      const name = h('button', { type: 'button', class: 'link' }, nameOf(data, i));
      name.addEventListener('click', () => onPerson(i));
      return [name, x.centrality(m.values[i] ?? null)];
    });
    return h('div', { class: 'top-table' }, h('h3', null, m.title), h('p', { class: 'muted' }, m.note), table([t.top.person, t.top.value], rows));
  });
  return section('people', t.top.heading, t.top.intro, h('div', { class: 'top-grid' }, ...tables));
}

export function rolesSection(v: Viewer, onPerson: (i: number) => void): HTMLElement | null {
  const { t, x, data } = v;
  const blocks = ROLE_ORDER.map((role) => {
    const people: number[] = [];
    for (let i = 0; i < data.people.count; i++) if (rolesOf(data, i).includes(role)) people.push(i);
    if (people.length === 0) return null;
    return h(
      'div',
      { class: 'role', 'data-role': role },
      h('h3', null, `${t.roles.name[role]} (${x.int(people.length)})`),
      h('p', { class: 'muted' }, t.roles.note[role]),
      peopleList(v, people, onPerson),
    );
  }).filter((b): b is HTMLDivElement => b !== null);
  if (blocks.length === 0) return null;
  return section('roles', t.roles.heading, t.roles.intro, h('div', { class: 'roles-grid' }, ...blocks));
}
