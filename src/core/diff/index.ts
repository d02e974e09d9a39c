/** `orgnet diff`: two snapshots → a DiffResult, and the `--fail-on` rules over it. */
export { diffReports, noTiesReason, type DiffSide } from './diff.js';
export { parseDiffRules, tieRules, type DiffRule } from './rules.js';
export { evaluateDiffRules } from './evaluate.js';
export { rankMovers, RANKED_FIELDS, type RankedField } from './people.js';
export { mostChanged, GROUP_TRACKED, type GroupTracked } from './groups.js';
export * from '../model/diff.js';
