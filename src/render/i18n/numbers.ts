/**
 * Numbers, shares and lists as a reader of each language writes them (Intl, so 0,74 and
 * 73,7 % in Spanish). Pure: the terminal, the HTML page and its viewer use the same code.
 */
/** The languages of the views (`--lang`); each has its module of words beside this file. */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

export interface Fmt {
  lang: Lang;
  /** A count: 1,234 (en) · 1234, 12.345 (es). */
  int(value: number): string;
  /** A figure: up to 4 decimals below 1, 2 above, integers as counts; null → —. */
  num(value: number | null): string;
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

export function fmtFor(lang: Lang): Fmt {
  const count = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const small = new Intl.NumberFormat(lang, { maximumFractionDigits: 4, minimumFractionDigits: 0 });
  const large = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const pValue = new Intl.NumberFormat(lang, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  const twoDecimals = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const more = lang === 'es' ? (n: number) => `y ${count.format(n)} más` : (n: number) => `and ${count.format(n)} more`;
  const and = lang === 'es' ? 'y' : 'and';
  return {
    lang,
    int: (value) => count.format(value),
    num: (value) => {
      if (value === null || !Number.isFinite(value)) return MISSING;
      if (Number.isInteger(value)) return count.format(value);
      return Math.abs(value) >= 1 ? large.format(value) : small.format(value);
    },
    share: (value) => (value === null || !Number.isFinite(value) ? MISSING : percent.format(value)),
    hops: (value) => (value === null || !Number.isFinite(value) ? MISSING : twoDecimals.format(value)),
    p: (value) => (value < 0.001 ? `< ${pValue.format(0.001)}` : `= ${pValue.format(value)}`),
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
