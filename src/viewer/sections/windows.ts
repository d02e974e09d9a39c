/**
 * The network over time (`--windows`): a chart per figure of the organization, and the same for
 * any one group, chosen from a list — E-I, the share of ties inside, reciprocity, active members.
 * Every figure is that of the window's own network (docs/metrics.md#the-network-over-time).
 */
import { windowChart, type Scale } from '../charts/window-chart.js';
import type { Viewer } from '../context.js';
import { h, section } from '../dom.js';
import type { WindowRow } from '../../core/model/report.js';

interface Figure {
  name: string;
  scale: Scale;
  values: (number | null)[];
  format: (v: number) => string;
}

export function windowsSection(v: Viewer): HTMLElement | null {
  const windows = v.data.windows;
  if (!windows || windows.length === 0) return null;
  const { t, x } = v;
  const w = t.windows;
  const labels = windows.map((row) => row.start);
  const partial = windows.map((row) => row.coverage < 1);
  const charts = h('div', { class: 'charts window-charts' });
  const draw = (figures: Figure[]) => {
    charts.replaceChildren(
      ...figures
        .filter((f) => f.values.some((value) => value !== null))
        .map((f) => h('figure', null, h('figcaption', null, f.name), windowChart({ labels, values: f.values, partial, name: f.name, scale: f.scale, format: f.format }))),
    );
  };
  const org = orgFigures(v, windows);
  const groups = windows[0]!.groups.map((g) => g.group);
  const select = h('select', { id: 'window-subject', 'aria-label': w.subject }, h('option', { value: '' }, w.organization), ...groups.map((g) => h('option', { value: g }, g)));
  select.addEventListener('change', () => draw(select.value === '' ? org : groupFigures(v, windows, groups.indexOf(select.value))));
  draw(org);
  const partialCount = partial.filter(Boolean).length;
  const note = partialCount > 0 ? h('p', { class: 'note' }, w.partial(x.int(partialCount), partialCount > 1)) : null;
  const picker = groups.length > 0 ? h('p', null, h('label', { for: 'window-subject' }, `${w.subject} `), select) : null;
  return section('windows', w.heading, w.intro(x.int(windows.length)), picker, charts, note);
}

function orgFigures(v: Viewer, windows: WindowRow[]): Figure[] {
  const { x, t } = v;
  const f = t.windows.figures;
  const of = (key: keyof WindowRow['org']) => windows.map((row) => row.org[key]);
  return [
    { name: f.people, scale: 'amount', values: of('people'), format: x.int },
    { name: f.density, scale: 'amount', values: of('density'), format: x.index },
    ...(v.data.directed ? [{ name: f.reciprocity, scale: 'share' as const, values: of('reciprocity'), format: x.share }] : []),
    { name: f.eiIndex, scale: 'index', values: of('eiIndex'), format: x.index },
    { name: f.modularity, scale: 'amount', values: of('modularity'), format: x.index },
    { name: f.transitivity, scale: 'share', values: of('transitivity'), format: x.index },
    { name: f.distanceFragmentation, scale: 'share', values: of('distanceFragmentation'), format: x.index },
  ];
}

function groupFigures(v: Viewer, windows: WindowRow[], g: number): Figure[] {
  const { x, t } = v;
  const f = t.windows.figures;
  const of = <K extends 'eiIndex' | 'internalShare' | 'reciprocity' | 'activePeople'>(key: K) => windows.map((row) => row.groups[g]?.[key] ?? null);
  return [
    { name: f.eiIndex, scale: 'index', values: of('eiIndex'), format: x.index },
    { name: f.internalShare, scale: 'share', values: of('internalShare'), format: x.share },
    ...(v.data.directed ? [{ name: f.reciprocity, scale: 'share' as const, values: of('reciprocity'), format: x.share }] : []),
    { name: f.activePeople, scale: 'amount', values: of('activePeople'), format: x.int },
  ];
}
