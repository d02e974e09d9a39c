/** `orgnet diff`: two snapshots → a DiffResult, and the `--fail-on` rules over it. */
export { diffReports, noTiesReason, type DiffEnv, type DiffSide } from './diff.js';
export { parseDiffRule, parseDiffRules, tieRules, type DiffRef, type DiffRule } from './rules.js';
export { evaluateDiffRule, evaluateDiffRules, type NamedSide } from './evaluate.js';
export { rankMovers, RANKED_FIELDS, type RankedField } from './people.js';
export { mostChanged, GROUP_TRACKED, type GroupTracked } from './groups.js';
export { competitionRanks, RANK_TOLERANCE } from './rank.js';
export { COMMUNITY_MATCH } from './communities.js';
export * from '../model/diff.js';
