/** The help text of `orgnet diff`, and the analysis flags that mean nothing for two JSON reports. */
import type { Command } from 'commander';
import { ANALYSIS_OPTIONS } from '../options/analysis.js';

export const DIFF_HELP = `
Each side is an interactions file, analysed with the options below (as analyze would), or a
JSON report written by "orgnet analyze --format json", which keeps the options it was made
with (a difference that changes figures is a warning). Ties gained and lost need the ties of
both sides, so both must be interactions files for them.

--fail-on rules are DELTA OP NUMBER, OP one of < <= > >= == != (quote each rule):
  delta(reciprocity) < -0.05               an org field's change (after − before)
  delta(count(people.roles=critical)) > 0  any check REF: count(...), max(...), mean(...)…
  delta(isolates) > 2%                     N% compares shares: isolated people rose by 2 points
  lost(ties) > 20                          directed ties on the before side only
  gained(ties) < 10%                       ties new on the after side, as a share of the ties before
  changed(managers) > 5%                   people on both sides whose manager differs (a share of them)
  delta(attributes.office.eiIndex) > 0.1   a --compare-by column's E-I

Examples:
  $ orgnet diff last-month.json this-month.csv --fail-on "delta(reciprocity) < -0.05"
  $ orgnet diff before.csv after.csv --people people.csv
  $ orgnet diff before.csv after.csv --people people.csv --format md -o changes.md
  $ orgnet diff before.csv after.csv --format csv --table ties > tie-changes.csv
  $ orgnet diff q1.json q2.json --format json | jq '.groups[] | {group, activityRate}'
  $ orgnet diff a.csv b.csv --fail-on "lost(ties) > 10%" --format junit -o orgnet-diff.xml
  $ ORGNET_SALT=… orgnet diff last-month.json this-month.csv --pseudonymize -o changes.md

Exit codes: 0 no rule holds, 1 a --fail-on rule holds (or cannot be judged), 2 bad usage,
a malformed rule or bad input, 3 internal error.`;

/**
 * The analysis options that say how to run or print, never how to analyse; and the privacy
 * options, which apply to JSON reports too (a report made without --pseudonymize is pseudonymized).
 */
const NOT_ANALYSIS: ReadonlySet<string> = new Set(['quiet', 'color', 'debug', 'pseudonymize', 'salt', 'dropAttributes', 'keepAttributes']);

/** Options of the analysis table that a JSON report does not take: every other option of diff is its own. */
const ANALYSIS_ONLY: ReadonlySet<string> = new Set(Object.keys(ANALYSIS_OPTIONS).filter((name) => !NOT_ANALYSIS.has(name)));

/** Analysis flags the user typed (`--people`, `--seed`…), as typed. */
export function ignoredFlags(command: Command): string[] {
  return command.options
    .filter((o) => ANALYSIS_ONLY.has(o.attributeName()) && command.getOptionValueSource(o.attributeName()) === 'cli')
    .map((o) => o.long ?? o.flags);
}
