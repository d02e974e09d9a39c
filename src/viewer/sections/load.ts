/**
 * Who carries the collaboration (org `overload`, role `overloaded`): the top shares and the Gini
 * coefficient of what people give, the overloaded people, and the Lorenz curve.
 */
import { lorenzCurve } from '../charts/lorenz.js';
import type { Viewer } from '../context.js';
import { h, section, table } from '../dom.js';
import { personButton } from './people-list.js';

export function loadSection(v: Viewer, onPerson: (i: number) => void, indexOf: ReadonlyMap<string, number>): HTMLElement | null {
  const { t, x, data } = v;
  const words = t.load;
  const { overload } = data.org;
  const { lorenz, overloaded } = data.load;
  if (lorenz === null || overload.top5Share === null) return null;
  const parts: (HTMLElement | null)[] = [
    h('p', null, words.shares(x.share(overload.top1Share), x.share(overload.top5Share), x.share(overload.top20Share))),
    h('p', null, words.gini(x.index(overload.gini))),
  ];
  if (overloaded.length > 0) {
    const rows = overloaded.map((p) => {
      const i = indexOf.get(p.id);
      return [i === undefined ? p.id : personButton(v, i, onPerson), x.num(p.outStrength), x.num(p.inStrength)];
    });
    parts.push(h('h3', null, words.overloaded), table([t.top.person, words.gives, words.receives], rows, 'data compact overloaded'));
  }
  const marks = [
    { top: 0.2, share: overload.top20Share },
    { top: 0.05, share: overload.top5Share },
    { top: 0.01, share: overload.top1Share },
  ].map((m) => ({ ...m, label: `${x.share(m.top)} → ${x.share(m.share)}` }));
  const chart = lorenzCurve({
    people: lorenz.people, given: lorenz.given, marks, format: (v) => x.share(v),
    labels: { people: words.people, given: words.given, equality: words.equality, name: words.curve },
  });
  parts.push(h('figure', null, h('figcaption', null, words.curve), chart));
  return section('load', words.heading, words.intro, ...parts);
}
