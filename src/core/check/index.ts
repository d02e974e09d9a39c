/** `orgnet check`: parse rules, evaluate them on a Report, read the config file. */
export { parseRules } from './rules.js';
export { evaluateRules } from './evaluate.js';
export { parseConfig, mergeOptions, type CheckConfig } from './config.js';
export * from './types.js';
export { partsForRules } from './parts.js';
