/**
 * The words of every view, by language: `stringsFor(lang)` for the page, `describeFinding`
 * for a finding's sentence (the terminal, the page and any other view word findings the same).
 */
import type { Finding } from '../../core/model/findings.js';
import { namedFinding } from '../person-name.js';
import { en, type FindingText, type Strings } from './en.js';
import { es } from './es.js';
import { fmtFor, type Fmt, type Lang } from './numbers.js';

export { fmtFor, MISSING, type Fmt, type Lang } from './numbers.js';
export type { FindingText, Strings } from './en.js';

const STRINGS: Record<Lang, Strings> = { en, es };

export function stringsFor(lang: Lang): Strings {
  return STRINGS[lang];
}

/** `name`: how the view names a person (render/person-name.ts); by id when not given. */
export function describeFinding(given: Finding, t: Strings, x: Fmt, name?: (id: string) => string): FindingText {
  const words = t.findings;
  const finding = name === undefined ? given : namedFinding(given, name);
  switch (finding.kind) {
    case 'critical-people':
      return words['critical-people'](finding, x);
    case 'key-player-loss':
      return words['key-player-loss'](finding, x);
    case 'silo-group':
      return words['silo-group'](finding, x);
    case 'low-reciprocity':
      return words['low-reciprocity'](finding, x);
    case 'inactive-group':
      return words['inactive-group'](finding, x);
    case 'absent-people':
      return words['absent-people'](finding, x);
    case 'overload':
      return words.overload(finding, x);
    case 'one-way-people':
      return words['one-way-people'](finding, x);
    case 'cross-group-community':
      return words['cross-group-community'](finding, x);
    case 'distant-managers':
      return words['distant-managers'](finding, x);
    case 'informal-leaders':
      return words['informal-leaders'](finding, x);
  }
}

/** The finding in a language, for views that have no strings table of their own. */
export function findingSentence(finding: Finding, lang: Lang, name?: (id: string) => string): FindingText {
  return describeFinding(finding, stringsFor(lang), fmtFor(lang), name);
}
