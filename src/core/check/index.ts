/** `orgnet check`: parse rules, evaluate them on a Report, read the config file. */
export { parseRule, parseRules, refText } from './rules.js';
export { evaluateRule, evaluateRules } from './evaluate.js';
export { parseConfig, mergeOptions, type CheckConfig } from './config.js';
export { formatValue } from './format.js';
export { CATEGORY_FIELDS, GROUP_FIELDS, ORG_FIELDS, PERSON_FIELDS, ROLES, STATUSES } from './fields.js';
export * from './types.js';
export { partsForRules } from './parts.js';
