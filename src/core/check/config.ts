/**
 * The `check` config file (docs/options.md): `{"rules": ["REF OP NUMBER", …], "options": {…}}`, with
 * the option names of the command-line flags. Finding and reading the file is the CLI's job;
 * this checks its shape and every rule, and reports problems as `FILE:LINE: message`.
 *
 * Option names may be written as on the command line (`min-group-size`) or in camelCase
 * (`minGroupSize`); each is returned under the spelling of the valid-names list. Option
 * values are not checked here: the CLI validates them exactly as it validates flags.
 */
import { InputError, UsageError } from '../base/errors.js';
import { describeJson, lineAt, parseJsonText, quoteText } from '../base/json-text.js';
import { parseRule } from './rules.js';
import { suggest } from './suggest.js';

export interface CheckConfig {
  rules: string[];
  options: Record<string, unknown>;
}

/** Top-level keys; `$schema` lets editors attach a schema. */
const TOP_KEYS = ['rules', 'options', '$schema'];

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The line where `"key":` first appears, if it can be found verbatim. */
function lineOfKey(text: string, key: string): number | null {
  const escaped = JSON.stringify(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}\\s*:`).exec(text);
  return match ? lineAt(text, match.index) : null;
}

function problem(file: string, message: string, line: number | null): InputError {
  return new InputError(file, message, line === null ? [] : [{ line, message }]);
}

/**
 * The most rules one run checks. A CI gate holds tens; a file of hundreds of thousands is a
 * mistake (or an attack), and each rule is a pass over the people or groups.
 */
export const MAX_RULES = 1000;

function checkTopKeys(config: Json, text: string, file: string): void {
  for (const key of Object.keys(config)) {
    if (TOP_KEYS.includes(key)) continue;
    const guess = suggest(key, TOP_KEYS);
    const hint = guess ? ` (did you mean "${guess}"?)` : '';
    throw problem(file, `unknown key ${quoteText(key)}${hint}; valid keys: rules, options`, lineOfKey(text, key));
  }
}

function readRules(value: unknown, text: string, file: string): string[] {
  if (value === undefined) return [];
  const line = lineOfKey(text, 'rules');
  if (!Array.isArray(value)) throw problem(file, '"rules" must be an array of strings such as ["reciprocity >= 0.3"]', line);
  if (value.length > MAX_RULES) throw problem(file, tooManyRules(value.length), line);
  return value.map((rule: unknown, i) => {
    if (typeof rule !== 'string') throw problem(file, `rules[${i}] must be a string, not ${describeJson(rule)}`, line);
    try {
      parseRule(rule);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      const at = text.indexOf(JSON.stringify(rule));
      throw problem(file, `rules[${i}]: ${error.message}`, at >= 0 ? lineAt(text, at) : line);
    }
    return rule;
  });
}

/** `min-group-size`, `minGroupSize` and `min_group_size` all name the same option. */
function normalize(name: string): string {
  return name.replace(/[-_]/g, '').toLowerCase();
}

function readOptions(value: unknown, validOptions: readonly string[], refused: Readonly<Record<string, string>>, text: string, file: string): Record<string, unknown> {
  if (value === undefined) return {};
  if (!isObject(value)) throw problem(file, '"options" must be an object such as {"seed": 7}', lineOfKey(text, 'options'));
  const byName = new Map(validOptions.map((name) => [normalize(name), name]));
  const refusedByName = new Map(Object.entries(refused).map(([name, why]) => [normalize(name), { name, why }]));
  const options: Record<string, unknown> = {};
  for (const [key, optionValue] of Object.entries(value)) {
    const no = refusedByName.get(normalize(key));
    if (no) throw problem(file, `option "${no.name}" cannot be set in a config file: ${no.why}`, lineOfKey(text, key));
    const name = byName.get(normalize(key));
    if (name === undefined) {
      const guess = suggest(key, validOptions);
      const hint = guess ? ` (did you mean "${guess}"?)` : '';
      throw problem(file, `unknown option ${quoteText(key)}${hint}; valid options: ${validOptions.join(', ')}`, lineOfKey(text, key));
    }
    if (Object.hasOwn(options, name)) throw problem(file, `option "${name}" is given twice`, lineOfKey(text, key));
    options[name] = optionValue;
  }
  return options;
}

/**
 * Reads a config file's text. `validOptions` are the option names the command accepts
 * (the same as its flags); `refused` are flags a file must not hold, each with the reason.
 * Every problem is an InputError naming the file and, when it can be found, the line.
 */
export function parseConfig(text: string, file: string, validOptions: readonly string[], refused: Readonly<Record<string, string>> = {}): CheckConfig {
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') throw problem(file, 'the config file is empty; expected {"rules": [...], "options": {...}}', null);
  const config = parseJsonText(source, file);
  if (!isObject(config)) throw problem(file, 'expected a JSON object such as {"rules": ["reciprocity >= 0.3"], "options": {}}', 1);
  checkTopKeys(config, source, file);
  return {
    rules: readRules(config.rules, source, file),
    options: readOptions(config.options, validOptions, refused, source, file),
  };
}

/**
 * Options from the config file overlaid by options from flags: a flag wins. Only flags the
 * user actually gave should be passed (a flag's default must not hide the file's value);
 * an `undefined` flag value is ignored for the same reason.
 */
export function mergeOptions(fromFile: Record<string, unknown>, fromFlags: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...fromFile };
  for (const [name, value] of Object.entries(fromFlags)) {
    if (value !== undefined) merged[name] = value;
  }
  return merged;
}

/** Why a run does not check `count` rules. */
export function tooManyRules(count: number): string {
  return `${count.toLocaleString('en-US')} rules: orgnet checks at most ${MAX_RULES.toLocaleString('en-US')} in one run; split them over several runs`;
}
