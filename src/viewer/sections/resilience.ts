/**
 * Resilience: cut points, the critical people and their dependents, the key players and the
 * fragmentation curve as they leave. Shows whichever fragmentation measures the report holds.
 */
import { fragmentationCurve, type CurveSeries } from '../charts/curve.js';
import { groupOf, nameOf, namerOf, rolesOf, type Viewer } from '../context.js';
import { h, section, table } from '../dom.js';
import { MISSING } from '../../render/i18n/numbers.js';

export function resilienceSection(v: Viewer, onPerson: (i: number) => void, indexOf: ReadonlyMap<string, number>): HTMLElement | null {
  const { t, x, data } = v;
  const r = t.resilience;
  const { keyPlayers } = data.resilience;
  if (data.people.count === 0) return null;
  const critical: number[] = [];
  for (let i = 0; i < data.people.count; i++) if (rolesOf(data, i).includes('critical')) critical.push(i);
  critical.sort((a, b) => data.people.dependents[b]! - data.people.dependents[a]! || a - b);

  const person = (i: number) => {
    const button = h('button', { type: 'button', class: 'link' }, nameOf(data, i));
    button.addEventListener('click', () => onPerson(i));
    return button;
  };
  const cutOff = new Map(data.resilience.critical.map((c) => [c.id, c.cutOffGroups]));
  const groupsCutOff = (i: number) =>
    (cutOff.get(data.people.id[i]!) ?? []).map((g) => `${g.group ?? r.noGroup} (${x.int(g.people)})`).join(', ') || MISSING;
  const { hops, distanceFragmentation } = data.resilience;
  const parts: (HTMLElement | null)[] = [
    distanceFragmentation === null ? null : h('p', null, hops === null ? r.nobodyReaches : r.distance(x.hops(hops), x.index(distanceFragmentation))),
    h('p', null, data.org.cutPoints > 0 ? r.cutPoints(x.int(data.org.cutPoints)) : r.noCutPoints),
    critical.length
      ? h(
          'div',
          null,
          h('h3', null, r.critical),
          table([t.top.person, t.person.group, r.dependents, r.cutOff], critical.map((i) => [person(i), groupOf(data, i) ?? MISSING, x.int(data.people.dependents[i]!), groupsCutOff(i)]), 'data compact'),
        )
      : null,
  ];
  if (keyPlayers.length > 0) {
    const steps = [r.start, ...keyPlayers.map((k) => namerOf(data, indexOf)(k.id))];
    const series: CurveSeries[] = [];
    const { fragmentation } = data.resilience;
    if (distanceFragmentation !== null && keyPlayers.every((k) => k.distanceFragmentation !== null)) {
      series.push({ name: r.distanceFragmentation, values: [distanceFragmentation, ...keyPlayers.map((k) => k.distanceFragmentation)], className: 'series-df' });
    }
    if (fragmentation !== null) series.push({ name: r.fragmentation, values: [fragmentation, ...keyPlayers.map((k) => k.fragmentation)], className: 'series-f' });
    const withHops = keyPlayers.some((k) => k.distanceFragmentation !== null);
    const head = [t.top.person, ...series.map((s) => s.name), ...(withHops ? [r.without] : [])];
    const rows = keyPlayers.map((k, step) => {
      const i = indexOf.get(k.id);
      const words = k.distanceFragmentation === null ? MISSING : k.hops === null ? r.nobody : r.apart(x.hops(k.hops));
      return [i === undefined ? namerOf(data, indexOf)(k.id) : person(i), ...series.map((s) => x.index(s.values[step + 1] ?? null)), ...(withHops ? [words] : [])];
    });
    parts.push(
      h('h3', null, r.keyPlayers),
      table(head, rows, 'data compact'),
      series.length
        ? h('figure', null, h('figcaption', null, r.curve), fragmentationCurve(steps, series, x.num, r.removed), legend(series))
        : null,
    );
  }
  const reach = data.org.reachPlayers;
  if (reach.length > 0) {
    let before = 0;
    const rows = reach.map((p) => {
      const i = indexOf.get(p.id);
      const added = Math.round((p.reach - before) * data.org.people);
      before = p.reach;
      return [i === undefined ? namerOf(data, indexOf)(p.id) : person(i), x.int(added), x.share(p.reach)];
    });
    parts.push(h('h3', null, r.reachPlayers), table([t.top.person, r.adds, r.reached], rows, 'data compact reach-players'));
  }
  return section('resilience', r.heading, r.intro, ...parts);
}

function legend(series: CurveSeries[]): HTMLElement {
  return h('div', { class: 'chart-legend' }, ...series.map((s) => h('span', { class: `key ${s.className}` }, s.name)));
}
