/**
 * Activity over time: interactions and active people per period, the trend, who is dormant or
 * fading, and — apart — who is listed but never seen. Periods an export cut short are named.
 */
import { lineChart } from '../charts/line-chart.js';
import { statusOf, type Viewer } from '../context.js';
import { h, section } from '../dom.js';
import { peopleList } from './people-list.js';
import { MISSING } from '../../render/i18n/numbers.js';

export function activitySection(v: Viewer, onPerson: (i: number) => void): HTMLElement | null {
  const { t, x, data } = v;
  const { series, period, trend } = data.activity;
  if (series.length === 0) return null;
  const a = t.activity;
  const labels = series.map((s) => periodName(v, s.period));
  const charts = h(
    'div',
    { class: 'charts' },
    h('figure', null, h('figcaption', null, a.interactions), lineChart({ labels, values: series.map((s) => s.interactions), name: a.interactions, format: x.num, className: 'series-interactions' })),
    h('figure', null, h('figcaption', null, a.activePeople), lineChart({ labels, values: series.map((s) => s.activePeople), name: a.activePeople, format: x.int, className: 'series-people' })),
  );
  const trendText = trend === null ? MISSING : `${trend > 0 ? '+' : ''}${x.share(trend)}`;
  const partial = series.filter((s) => s.coverage !== undefined && s.coverage < 1);
  const partialText = partial.length
    ? h('p', { class: 'note partial-periods' }, a.partial(x.list(partial.map((s) => a.covered(periodName(v, s.period), x.share(s.coverage)))), partial.length > 1, partial.length === series.length))
    : null;
  const lists = (['dormant', 'fading', 'growing', 'absent'] as const).map((status) => {
    const people: number[] = [];
    for (let i = 0; i < data.people.count; i++) if (statusOf(data, i) === status) people.push(i);
    if (people.length === 0) return null;
    return h(
      'div',
      { class: 'status-list', 'data-status': status },
      h('h3', null, a.statusHeading[status], ` (${x.int(people.length)})`, h('span', { class: 'muted' }, ` — ${a.statusNote[status]}`)),
      peopleList(v, people, onPerson),
    );
  });
  return section('activity', a.heading, a.intro(a.period[period]), charts, h('p', null, a.trend(trendText)), partialText, ...lists);
}

/** A relative clock's period (`week 2`, core/analysis/activity/periods.ts) in the page's language; a calendar period as it is. */
function periodName(v: Viewer, label: string): string {
  const m = /^(day|week|month|quarter) (-?\d+)$/.exec(label);
  return m === null ? label : `${v.t.activity.period[m[1] as keyof Viewer['t']['activity']['period']]} ${m[2]}`;
}
