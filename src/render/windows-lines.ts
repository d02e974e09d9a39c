/**
 * The network over time (`--windows`) as lines of text, for the terminal and Markdown: one line
 * per figure, its first and last value and a sparkline scaled from the series' own lowest to its
 * highest value (an E-I series runs from −1 to 1, a density series near 0: scaling from 0 would
 * flatten both). A window without a value is a blank in the sparkline.
 */
import type { Span } from '../core/model/options.js';
import type { WindowGroup, WindowOrg, WindowRow } from '../core/model/report.js';
import { formatIndex, formatNumber, formatShare } from './format.js';
import { MISSING } from './i18n/numbers.js';
import { reportEn } from './i18n/report-en.js';

const words = reportEn.windows;

const BARS = '▁▂▃▄▅▆▇█';

export function rangeSparkline(values: readonly (number | null)[]): string {
  const defined = values.filter((v): v is number => v !== null);
  if (defined.length === 0) return ' '.repeat(values.length);
  const low = Math.min(...defined);
  const high = Math.max(...defined);
  return values.map((v) => (v === null ? ' ' : high === low ? BARS[3] : BARS[Math.min(7, Math.floor(((v - low) / (high - low)) * 7.999))])).join('');
}

export interface FigureLine {
  label: string;
  values: (number | null)[];
  /** How one value is written: a share as a percentage, an index with its sign. */
  format: (value: number | null) => string;
}

type OrgKey = Exclude<keyof WindowOrg, 'people' | 'ties'>;

/** The organization's figures, in the order the report lists them; reciprocity left out for undirected data. */
export function orgLines(windows: readonly WindowRow[], undirected: boolean): FigureLine[] {
  const figure = (label: string, key: keyof WindowOrg, format: FigureLine['format']): FigureLine => ({ label, values: windows.map((w) => w.org[key]), format });
  const f = words.figures;
  const keys: [string, OrgKey, FigureLine['format']][] = [
    [f.density, 'density', formatIndex],
    ...(undirected ? [] : ([[f.reciprocity, 'reciprocity', formatShare], [f.mutualPairs, 'dyadReciprocity', formatShare]] as [string, OrgKey, FigureLine['format']][])),
    [f.eiIndex, 'eiIndex', formatIndex],
    [f.modularity, 'modularity', formatIndex],
    [f.transitivity, 'transitivity', formatIndex],
    [f.distanceFragmentation, 'distanceFragmentation', formatIndex],
  ];
  const lines = [figure(f.activePeople, 'people', formatNumber), figure(f.ties, 'ties', formatNumber), ...keys.map(([label, key, format]) => figure(label, key, format))];
  // A figure no window has (E-I without groups) says nothing: left out.
  return lines.filter((l) => l.values.some((v) => v !== null));
}

/** `4 windows of 2 months, one every month`: how the windows were laid out, in words. */
export function windowsWords(count: number, span: Span, step: Span): string {
  return words.laidOut(count, span, step, span.count === step.count && span.unit === step.unit);
}

/** One line per group for one group figure (E-I by default), groups in the report's order. */
export function groupLines(windows: readonly WindowRow[], key: Exclude<keyof WindowGroup, 'group'> = 'eiIndex'): FigureLine[] {
  const names = windows[0]?.groups.map((g) => g.group) ?? [];
  const format = key === 'activePeople' ? formatNumber : key === 'eiIndex' ? formatIndex : formatShare;
  return names.map((group, k) => ({ label: group, values: windows.map((w) => w.groups[k]?.[key] ?? null), format }));
}

/** `0.31 → 0.42`: the first and the last window's value. */
export function firstToLast(line: FigureLine): string {
  const first = line.values[0] ?? null;
  const last = line.values[line.values.length - 1] ?? null;
  return `${first === null ? MISSING : line.format(first)} → ${last === null ? MISSING : line.format(last)}`;
}

/** `0.12 to 0.45`: the lowest and highest value, so a sparkline's height reads as a size; '' when flat or empty. */
export function lowToHigh(line: FigureLine): string {
  const defined = line.values.filter((v): v is number => v !== null);
  if (defined.length === 0) return '';
  const [low, high] = [Math.min(...defined), Math.max(...defined)];
  return low === high ? '' : words.lowToHigh(line.format(low), line.format(high));
}

/** The partial windows, named by their start, or null when every window is complete. */
export function partialWindows(windows: readonly WindowRow[]): string | null {
  const partial = windows.filter((w) => w.coverage < 1);
  if (partial.length === 0) return null;
  const shown = partial.map((w) => `${w.start} (${formatShare(w.coverage)})`).join(', ');
  return words.partial(partial.length, shown);
}
