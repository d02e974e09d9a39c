/**
 * The network map: sigma v3 (WebGL) on positions computed when the page was written. Colour by
 * group or community, size by PageRank, betweenness or degree, a hover card, a search box that
 * highlights a person and their contacts, legend clicks that highlight a group, and rings for
 * the key players and critical people; with `--compare`, the ties gained and lost and the people
 * who left (changes.ts), behind a switch; with a reporting line, each person's line to their
 * manager (reporting-line.ts), behind another. Highlighting only changes what sigma's reducers return;
 * the graph itself is built once.
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import { NodeCircleProgram, NodePointProgram } from 'sigma/rendering';
import { nameOf, rolesOf, topBy, type Viewer } from '../context.js';
import { h, section } from '../dom.js';
import { setFocusTarget, type Focus } from '../focus.js';
import type { MapEdge, MapNode } from './attributes.js';
import { addChangeLayer, changeLegend, ghostCard, isGhost } from './changes.js';
import { colorOf, FADED, PALETTE } from './colors.js';
import { personCard } from './figures.js';
import { drawHover, drawLabel, type Mark } from './labels.js';
import { legend, type ColorBy } from './legend.js';
import { ATTRIBUTE_PREFIX, attributeColours, columnOf, numbersOf, numericColumns, type AttributeColours } from './attribute-colors.js';
import { addReportingLayer, reportingCounts, reportingLegend } from './reporting-line.js';
import { searchBox } from './search.js';

/** The first is the map's default: the go-to people drawn largest. */
const SIZE_BY = ['sourcePagerank', 'pagerank', 'betweenness', 'degree'] as const;
/** A measure, or a numeric people-file column (`attribute:NAME`). */
type SizeBy = (typeof SIZE_BY)[number] | `attribute:${string}`;

/** People drawn as point sprites rather than circles above this many (see the settings below). */
const POINTS_ABOVE = 2000;

/** Labels shown at once when highlighting: more than this and the picture turns to text. */
const MAX_FOCUS_LABELS = 30;

export interface MapSection {
  element: HTMLElement;
  /** Draws the map (after the rest of the page is on screen). */
  start: () => void;
}

export function mapSection(v: Viewer): MapSection {
  const { t, x, data } = v;
  const canvas = h('div', { class: 'map-canvas', id: 'map-canvas' });
  const card = h('div', { class: 'hover-card', hidden: '' });
  canvas.appendChild(card);
  const details = h('div', { class: 'details', hidden: '' });
  const legendBox = h('div', { class: 'legend' });
  const colorSelect = select('color-by', t.map.colorBy, colorChoices(v), (k) => columnOf(k) ?? t.map.color[k as 'group' | 'community']);
  const sizeChoices = [...SIZE_BY, ...numericColumns(v).map((c) => `${ATTRIBUTE_PREFIX}${c}`)];
  const sizeSelect = select('size-by', t.map.sizeBy, sizeChoices, (k) => columnOf(k) ?? t.map.size[k as (typeof SIZE_BY)[number]]);
  const clear = h('button', { type: 'button', class: 'clear' }, t.map.clear);
  const core = innerCore(v);
  const coreBox = h('input', { type: 'checkbox', name: 'core' }) as HTMLInputElement;
  const coreToggle = core.k > 0 ? h('label', { class: 'control core-toggle' }, coreBox, ` ${t.map.core(x.int(core.people.length), x.int(core.k))}`) : null;
  const lines = reportingCounts(v);
  const linesBox = h('input', { type: 'checkbox', name: 'reporting-line' }) as HTMLInputElement;
  const linesToggle = lines ? h('label', { class: 'control reporting-toggle' }, linesBox, ` ${t.map.reportingLine.toggle}`) : null;
  const linesLegend = lines ? reportingLegend(v, lines) : null;
  const status = h('span', { class: 'map-status muted', 'aria-live': 'polite' });
  const drawn = data.ties.source.length;
  const element = section(
    'map',
    t.map.heading,
    t.map.hint,
    drawn < data.ties.total ? h('p', { class: 'note thinned' }, t.map.thinned(x.int(drawn), x.int(data.ties.total))) : null,
    h('div', { class: 'map-controls' }, colorSelect.label, sizeSelect.label, coreToggle, linesToggle, clear, status),
    h('div', { class: 'map-body' }, canvas, h('aside', { class: 'map-side' }, details, marksLegend(v), linesLegend, legendBox)),
  );
  const controls = element.querySelector('.map-controls')!;

  const changesBox = h('div', { class: 'changes-box' });
  element.querySelector('.map-side')!.insertBefore(changesBox, legendBox);

  const start = () => {
    const state = createMap(v, canvas, card);
    if (!state) {
      canvas.replaceChildren(h('p', { class: 'no-webgl' }, t.map.noWebgl));
      return;
    }
    const showDetails = (i: number | null) => {
      details.hidden = i === null;
      details.replaceChildren(...(i === null ? [] : [personCard(v, i)]));
    };
    const focus = (f: Focus | null, fromCore = false) => {
      if (f?.type === 'people' && f.withReports && linesLegend && !linesBox.checked) {
        linesBox.checked = true;
        linesLegend.hidden = false;
        state.showReportingLine(true);
      }
      state.focus(f);
      // Any other highlight replaces the core's.
      if (!fromCore) coreBox.checked = false;
      canvas.dataset.core = coreBox.checked ? 'shown' : 'hidden';
      const search = controls.querySelector<HTMLInputElement>('input.search');
      if (search && f?.type !== 'person') search.value = '';
      showDetails(f?.type === 'person' ? f.person : null);
      status.textContent = f?.type === 'person' ? t.map.neighbours(state.neighbours(f.person).length) : '';
    };
    setFocusTarget({ focus });
    controls.insertBefore(searchBox(v, (i) => focus({ type: 'person', person: i })), clear);
    clear.addEventListener('click', () => focus(null));
    coreBox.addEventListener('change', () => focus(coreBox.checked ? { type: 'people', people: core.people } : null, true));
    // Not a highlight: the layer stays over whatever is highlighted, the core included.
    linesBox.addEventListener('change', () => {
      state.showReportingLine(linesBox.checked);
      if (linesLegend) linesLegend.hidden = !linesBox.checked;
    });
    state.onClickPerson((i) => focus({ type: 'person', person: i }));
    const drawLegend = () => legendBox.replaceChildren(legend(v, colorSelect.value() as ColorBy, (f) => focus(f)));
    colorSelect.onChange((value) => {
      state.colorBy(value as ColorBy);
      drawLegend();
    });
    sizeSelect.onChange((value) => state.sizeBy(value as SizeBy));
    drawLegend();
    const changes = changeLegend(v, state.changeLayer, (show) => state.showChanges(show));
    if (changes) changesBox.replaceChildren(changes);
  };
  return { element, start };
}

/**
 * Colour by group while the palette can tell the groups apart; with more groups than colours
 * (or none), by community first — the informal structure then reads at a glance — and group second.
 */
function colorChoices(v: Viewer): ColorBy[] {
  const groups = v.data.people.groupNames.length;
  // Then every people-file column: homophily by office or level reads on the map as by group.
  const columns = v.data.people.attributes.names.map((name): ColorBy => `${ATTRIBUTE_PREFIX}${name}`);
  if (groups === 0) return ['community', ...columns];
  return [...(groups <= PALETTE.length || v.data.communities.rows.length === 0 ? (['group', 'community'] as const) : (['community', 'group'] as const)), ...columns];
}

function select(id: string, labelText: string, options: string[], name: (key: string) => string) {
  const control = h('select', { name: id }, ...options.map((o) => h('option', { value: o }, name(o))));
  return {
    label: h('label', { class: 'control' }, `${labelText} `, control),
    value: () => control.value,
    onChange: (f: (value: string) => void) => control.addEventListener('change', () => f(control.value)),
  };
}

/** The people at the largest core number (org `coreSize` of them), and that number. */
function innerCore(v: Viewer): { k: number; people: number[] } {
  const { coreNumber } = v.data.people;
  let k = 0;
  for (const c of coreNumber) if (c > k) k = c;
  const people: number[] = [];
  coreNumber.forEach((c, i) => {
    if (k > 0 && c === k) people.push(i);
  });
  return { k, people };
}

function marksLegend(v: Viewer): HTMLElement {
  return h(
    'div',
    { class: 'marks' },
    h('span', { class: 'mark mark-key-player' }, v.t.map.markKeyPlayer),
    h('span', { class: 'mark mark-critical' }, v.t.map.markCritical),
  );
}

interface MapState {
  focus(f: Focus | null): void;
  neighbours(i: number): number[];
  colorBy(by: ColorBy): void;
  sizeBy(by: SizeBy): void;
  onClickPerson(f: (i: number) => void): void;
  /** The `--compare` change layer drawn, or null. */
  changeLayer: ReturnType<typeof addChangeLayer>;
  showChanges(show: boolean): void;
  showReportingLine(show: boolean): void;
}

function createMap(v: Viewer, container: HTMLElement, card: HTMLElement): MapState | null {
  const { data } = v;
  const p = data.people;
  const n = p.count;
  if (!webglAvailable()) return null;
  const marks = markOf(v);
  // Multi: a pair gained since the `--compare` snapshot is drawn twice, grey and green over it.
  const graph = new Graph<MapNode, MapEdge>({ type: 'undirected', multi: true, allowSelfLoops: false });
  const sizes = sizesFor(v, SIZE_BY[0]);
  const initialColor = colorChoices(v)[0]!;
  for (let i = 0; i < n; i++) {
    graph.addNode(String(i), {
      x: p.x[i]!,
      // Screen y grows downwards; the layout's does not.
      y: -p.y[i]!,
      size: sizes[i]!,
      color: colorFor(v, initialColor, i),
      label: nameOf(v.data, i),
      mark: marks[i] ?? null,
      forceLabel: marks[i] !== null && marks[i] !== undefined,
      zIndex: marks[i] ? 1 : 0,
    });
  }
  const { ties } = data;
  let heaviest = 0;
  for (const w of ties.weight) heaviest = Math.max(heaviest, w);
  const scale = Math.log1p(heaviest) || 1;
  // The more ties drawn, the lighter each one. Opaque greys: sigma's WebGL canvas composites
  // colours as premultiplied, so a translucent grey would turn out nearly white.
  const tieColor = ties.source.length > 20_000 ? '#d6dae1' : ties.source.length > 3000 ? '#c8cdd6' : '#b3bac6';
  const adjacency: number[][] = Array.from({ length: n }, () => []);
  ties.source.forEach((s, k) => {
    const tgt = ties.target[k]!;
    adjacency[s]!.push(tgt);
    adjacency[tgt]!.push(s);
    graph.addEdgeWithKey(String(k), String(s), String(tgt), {
      s,
      t: tgt,
      size: 0.8 + (2.6 * Math.log1p(ties.weight[k]!)) / scale,
      color: tieColor,
    });
  });

  const layer = addChangeLayer(v, graph, n <= 200 ? 6 : n <= 2000 ? 3.5 : 2);
  // A person's contacts in the change layer, ghosts included: a focus on them shows those too.
  const changeAdjacency = new Map<number, number[]>();
  graph.forEachEdge((_edge, a) => {
    if (!a.change) return;
    changeAdjacency.set(a.s, [...(changeAdjacency.get(a.s) ?? []), a.t]);
    changeAdjacency.set(a.t, [...(changeAdjacency.get(a.t) ?? []), a.s]);
  });
  let changesShown = true;

  let focused: Set<number> | null = null;
  let focusPerson: number | null = null;
  let focusLabels = new Set<number>();
  let sigma: Sigma<MapNode, MapEdge>;
  try {
    sigma = new Sigma<MapNode, MapEdge>(graph, container, {
      zIndex: true,
      renderEdgeLabels: false,
      // Above a few thousand people, point sprites: one vertex per person instead of a quad, which
      // is what keeps panning fluid without a GPU (measured in BENCHMARKS.md, "HTML report").
      defaultNodeType: n > POINTS_ABOVE ? 'point' : 'circle',
      nodeProgramClasses: { circle: NodeCircleProgram, point: NodePointProgram },
      labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      labelSize: 12,
      labelWeight: '500',
      labelDensity: 0.6,
      labelGridCellSize: 90,
      labelRenderedSizeThreshold: n > 2000 ? 9 : 6,
      hideEdgesOnMove: ties.source.length > 8000,
      defaultDrawNodeLabel: drawLabel,
      defaultDrawNodeHover: drawHover,
      minCameraRatio: 0.02,
      maxCameraRatio: 4,
      nodeReducer: (node, attributes) => {
        const i = Number(node);
        if (!changesShown && i >= n) return { ...attributes, hidden: true };
        if (!focused) return attributes;
        if (!focused.has(i)) return { ...attributes, color: FADED, label: null, forceLabel: false, mark: null, zIndex: 0 };
        return { ...attributes, zIndex: 2, forceLabel: focusLabels.has(i) || attributes.forceLabel, highlighted: i === focusPerson };
      },
      edgeReducer: (_edge, attributes) => {
        if (attributes.change && !changesShown) return { ...attributes, hidden: true };
        if (!focused) return attributes;
        const inside = focusPerson !== null ? attributes.s === focusPerson || attributes.t === focusPerson : focused.has(attributes.s) && focused.has(attributes.t);
        if (!inside) return { ...attributes, hidden: true };
        return attributes.change ? { ...attributes, size: attributes.size + 0.6, zIndex: 2 } : { ...attributes, color: '#4b5563', size: attributes.size + 0.6, zIndex: 1 };
      },
    });
  } catch {
    return null;
  }
  markFirstDraw(sigma, container);
  const reporting = addReportingLayer(v, sigma);
  if (reporting) container.dataset.reportingLine = 'hidden';
  const lineAdjacency = reporting ? reportingAdjacency(v) : [];
  const reportsOf = reporting ? directReportsOf(v) : [];

  sigma.on('enterNode', ({ node, event }) => {
    card.replaceChildren(isGhost(v, Number(node)) ? ghostCard(v, Number(node)) : personCard(v, Number(node)));
    card.hidden = false;
    const left = Math.min(event.x + 14, container.clientWidth - card.offsetWidth - 8);
    const top = Math.min(event.y + 14, container.clientHeight - card.offsetHeight - 8);
    card.style.left = `${Math.max(8, left)}px`;
    card.style.top = `${Math.max(8, top)}px`;
  });
  sigma.on('leaveNode', () => {
    card.hidden = true;
  });

  const labelTop = (members: number[]) => new Set(members.length <= MAX_FOCUS_LABELS ? members : topBy(members.map((i) => graph.getNodeAttribute(String(i), 'size')), MAX_FOCUS_LABELS).map((k) => members[k]!));
  let clickPerson: (i: number) => void = () => {};
  // A ghost is not in this report: nothing to search or show beyond its hover card.
  sigma.on('clickNode', ({ node }) => {
    if (!isGhost(v, Number(node))) clickPerson(Number(node));
  });
  sigma.on('clickStage', () => state.focus(null));

  let current: Focus | null = null;
  /** What a highlight shows, without moving the camera. */
  const highlight = (f: Focus | null) => {
    current = f;
    focusPerson = f?.type === 'person' ? f.person : null;
    const members = f ? membersOf(v, f, adjacency) : null;
    if (members && focusPerson !== null && changesShown) members.push(...(changeAdjacency.get(focusPerson) ?? []));
    // A person highlighted with the reporting line shown: their manager and direct reports too,
    // tied or not — the untied ones are what the layer is for.
    if (members && focusPerson !== null && reporting?.shown) members.push(...(lineAdjacency[focusPerson] ?? []));
    if (members && f?.type === 'people' && f.withReports && reporting?.shown) for (const m of f.people) members.push(...(reportsOf[m] ?? []));
    const inFocus = members ? new Set(members) : null;
    focused = inFocus;
    focusLabels = members ? labelTop(members) : new Set();
    if (focusPerson !== null) focusLabels.add(focusPerson);
    // The lines of the people highlighted: a person's own, a group's to managers outside it too
    // (a person brought forward as someone's manager or report brings no lines of their own).
    const person = focusPerson;
    const own = f?.type === 'people' && f.withReports ? new Set(f.people) : inFocus;
    reporting?.filter(person !== null ? (i, m) => i === person || m === person : own ? (i, m) => own.has(i) || own.has(m) : null);
    sigma.refresh({ skipIndexation: true });
  };

  const state: MapState = {
    focus(f) {
      highlight(f);
      const camera = sigma.getCamera();
      if (focusPerson !== null) {
        const at = sigma.getNodeDisplayData(String(focusPerson));
        if (at) void camera.animate({ x: at.x, y: at.y, ratio: Math.min(camera.ratio, 0.45) }, { duration: 500 });
      } else {
        void camera.animatedReset({ duration: 400 });
      }
    },
    neighbours: (i) => adjacency[i] ?? [],
    colorBy(by) {
      graph.updateEachNodeAttributes((node, a) => (Number(node) >= n ? a : { ...a, color: colorFor(v, by, Number(node)) }));
    },
    sizeBy(by) {
      const next = sizesFor(v, by);
      graph.updateEachNodeAttributes((node, a) => (Number(node) >= n ? a : { ...a, size: next[Number(node)]! }));
    },
    onClickPerson(f) {
      clickPerson = f;
    },
    changeLayer: layer,
    showChanges(show) {
      changesShown = show;
      container.dataset.changes = show ? 'shown' : 'hidden';
      sigma.refresh({ skipIndexation: true });
    },
    showReportingLine(show) {
      if (!reporting) return;
      reporting.show(show);
      container.dataset.reportingLine = show ? 'shown' : 'hidden';
      if (current?.type === 'person') highlight(current);
    },
  };
  if (layer) container.dataset.changes = 'shown';
  return state;
}

/** Each person's direct reports. */
function directReportsOf(v: Viewer): number[][] {
  const reports: number[][] = Array.from({ length: v.data.people.count }, () => []);
  v.data.reportingLine?.manager.forEach((m, i) => {
    if (m >= 0) reports[m]!.push(i);
  });
  return reports;
}

/** Each person's manager and direct reports (the reporting line's pairs, both ways). */
function reportingAdjacency(v: Viewer): number[][] {
  const manager = v.data.reportingLine?.manager ?? [];
  const adjacency: number[][] = Array.from({ length: v.data.people.count }, () => []);
  manager.forEach((m, i) => {
    if (m < 0) return;
    adjacency[i]!.push(m);
    adjacency[m]!.push(i);
  });
  return adjacency;
}

function membersOf(v: Viewer, f: Focus, adjacency: number[][]): number[] {
  const p = v.data.people;
  const all = Array.from({ length: p.count }, (_, i) => i);
  switch (f.type) {
    case 'person':
      return [f.person, ...(adjacency[f.person] ?? [])];
    case 'people':
      // A copy: a highlight adds to it, and the caller keeps its list.
      return [...f.people];
    case 'group':
      return all.filter((i) => p.group[i] === f.group);
    case 'community':
      return all.filter((i) => p.community[i] === f.community);
  }
}

/** Each column's colours once, not once per person. */
const columnColours = new Map<string, AttributeColours>();

function colorFor(v: Viewer, by: ColorBy, i: number): string {
  const p = v.data.people;
  if (by === 'group') return colorOf(p.group[i] ?? null);
  const column = columnOf(by);
  if (column !== null) {
    if (!columnColours.has(column)) columnColours.set(column, attributeColours(v, column));
    return colorOf(columnColours.get(column)!.rank[i] ?? null);
  }
  const c = p.community[i];
  // A single-person community (an isolate) is not worth a colour of its own.
  return c === null || c === undefined || v.data.communities.rows.every((row) => row.id !== c) ? colorOf(null) : colorOf(c);
}

/** Dot sizes in screen pixels: the square root of the measure over its maximum, between a floor and a ceiling by organization size. */
function sizesFor(v: Viewer, by: SizeBy): number[] {
  const p = v.data.people;
  const column = columnOf(by);
  const values = column !== null ? numbersOf(v, column) : { sourcePagerank: p.sourcePagerank, pagerank: p.pagerank, betweenness: p.betweenness, degree: p.degreeCentrality }[by as (typeof SIZE_BY)[number]];
  const [low, high] = p.count <= 200 ? [4, 18] : p.count <= 2000 ? [2.5, 14] : [1.5, 10];
  let max = 0;
  for (const value of values) if (value !== null && value > max) max = value;
  return values.map((value) => low + (high - low) * (max > 0 && value !== null ? Math.sqrt(Math.max(value, 0) / max) : 0));
}

function markOf(v: Viewer): Mark[] {
  const { data } = v;
  const keyPlayers = new Set(data.resilience.keyPlayers.map((k) => k.id));
  return data.people.id.map((id, i) => (keyPlayers.has(id) ? 'key-player' : rolesOf(data, i).includes('critical') ? 'critical' : null));
}

function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

/**
 * Records when the map was first drawn (milliseconds since the page started loading) on the
 * container, `data-drawn`: the benchmark and the browser tests read it.
 */
function markFirstDraw(sigma: Sigma<MapNode, MapEdge>, container: HTMLElement): void {
  const mark = () => {
    if (!container.dataset.drawn) container.dataset.drawn = performance.now().toFixed(0);
  };
  sigma.once('afterRender', mark);
  requestAnimationFrame(() => requestAnimationFrame(mark));
}
