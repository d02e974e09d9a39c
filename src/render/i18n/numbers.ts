/**
 * How every view writes a number, by kind of figure (docs/reading-the-report.md, "How numbers
 * are written"), as a reader of each language writes it (Intl, so 0,74 and 73,7 % in Spanish).
 * Pure: the terminal, Markdown, `diff`, the HTML page and its viewer use the same code, so a
 * figure reads the same wherever it is shown. JSON and CSV keep full precision: there numbers are data.
 */
/** The languages of the views (`--lang`); each has its module of words beside this file. */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

export interface Fmt {
  lang: Lang;
  /** A count: 1,234 (en) · 1234, 12.345 (es). */
  int(value: number): string;
  /** A figure of no fixed kind (a weight, a threshold): integers and figures from 1,000 up as counts, 2 decimals from 1, 4 below; null → —. */
  num(value: number | null): string;
  /** An index (E-I, density, transitivity, modularity, centralization, constraint): always 4 decimals, minus as U+2212; null → —. */
  index(value: number | null): string;
  /** A centrality (PageRank, betweenness, closeness): always 4 decimals; null → —. */
  centrality(value: number | null): string;
  /** A p-value as a figure: 0.012, or < 0.001; null → —. */
  pValue(value: number | null): string;
  /** A share as a percentage with one decimal; null → —. */
  share(value: number | null): string;
  /** A p-value: `= 0.012`, or `< 0.001` below it (a permutation test estimates no further). */
  p(value: number): string;
  /** A distance in hops, always with two decimals (1.90, not 1.9, beside 2.03); null → —. */
  hops(value: number | null): string;
  /** A relative change as a signed percentage: +4.2%, −12.0%. */
  change(value: number): string;
  /** Names joined as a reader expects, the first `max` of them, then how many more. */
  list(items: readonly string[], max?: number): string;
}

/** What every view shows for a figure that is undefined (null). */
export const MISSING = '—';

/** Digits after the decimal point of an index and of a centrality, in every view. */
export const INDEX_DECIMALS = 4;
export const CENTRALITY_DECIMALS = 4;

/** The typographic minus (U+2212), in place of the hyphen Intl writes, so −0.5143 reads as a number. */
const minus = (text: string): string => (text.startsWith('-') ? `−${text.slice(1)}` : text);

/** Fixed decimals; a value that rounds to zero is 0, never −0.0000. */
function fixed(format: Intl.NumberFormat, decimals: number, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  const scale = 10 ** decimals;
  const rounded = Math.round(value * scale) / scale;
  return minus(format.format(rounded === 0 ? 0 : rounded));
}

export function fmtFor(lang: Lang): Fmt {
  const count = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const small = new Intl.NumberFormat(lang, { minimumFractionDigits: 4, maximumFractionDigits: 4 });
  const large = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const pValue = new Intl.NumberFormat(lang, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  const indexFormat = new Intl.NumberFormat(lang, { minimumFractionDigits: INDEX_DECIMALS, maximumFractionDigits: INDEX_DECIMALS });
  const centralityFormat = new Intl.NumberFormat(lang, { minimumFractionDigits: CENTRALITY_DECIMALS, maximumFractionDigits: CENTRALITY_DECIMALS });
  const pFigure = (value: number): string => (value < 0.001 ? `< ${pValue.format(0.001)}` : pValue.format(value));
  const twoDecimals = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const more = lang === 'es' ? (n: number) => `y ${count.format(n)} más` : (n: number) => `and ${count.format(n)} more`;
  const and = lang === 'es' ? 'y' : 'and';
  return {
    lang,
    int: (value) => minus(count.format(value)),
    num: (value) => {
      if (value === null || !Number.isFinite(value)) return MISSING;
      const abs = Math.abs(value);
      if (Number.isInteger(value) || abs >= 1000) return minus(count.format(value));
      return abs >= 1 ? fixed(large, 2, value) : fixed(small, 4, value);
    },
    index: (value) => fixed(indexFormat, INDEX_DECIMALS, value),
    centrality: (value) => fixed(centralityFormat, CENTRALITY_DECIMALS, value),
    pValue: (value) => (value === null || !Number.isFinite(value) ? MISSING : pFigure(value)),
    share: (value) => (value === null || !Number.isFinite(value) ? MISSING : minus(percent.format(value))),
    hops: (value) => (value === null || !Number.isFinite(value) ? MISSING : minus(twoDecimals.format(value))),
    p: (value) => (value < 0.001 ? pFigure(value) : `= ${pFigure(value)}`),
    change: (value) => `${value > 0 ? '+' : value < 0 ? '−' : '±'}${percent.format(Math.abs(value))}`,
    list: (items, max = 5) => {
      const shown = items.slice(0, max);
      // A name with a comma in it ("Pérez, José") would read as two people: such lists use semicolons.
      const sep = shown.some((item) => item.includes(',')) ? '; ' : ', ';
      if (items.length > max) return `${shown.join(sep)} ${more(items.length - max)}`;
      if (shown.length <= 1) return shown.join('');
      return `${shown.slice(0, -1).join(sep)} ${and} ${shown[shown.length - 1]!}`;
    },
  };
}
