import { describe, expect, test } from 'vitest';
import { mergeOptions, parseConfig } from '../../../src/core/check/config.js';
import { InputError } from '../../../src/core/base/errors.js';

const VALID = ['seed', 'minGroupSize', 'allowMissing', 'format'];

function problemOf(text: string): string[] {
  try {
    parseConfig(text, 'orgnet.json', VALID);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).lines();
  }
  throw new Error('parsed');
}

describe('parseConfig', () => {
  test('rules and options, option names as flags or in camelCase', () => {
    const text = JSON.stringify({
      $schema: './check.schema.json',
      rules: ['reciprocity >= 0.3', 'count(people.roles=isolate) == 0'],
      options: { seed: 7, 'min-group-size': 3, allow_missing: true },
    });
    expect(parseConfig(text, 'orgnet.json', VALID)).toEqual({
      rules: ['reciprocity >= 0.3', 'count(people.roles=isolate) == 0'],
      options: { seed: 7, minGroupSize: 3, allowMissing: true },
    });
  });

  test('both keys are optional; a BOM is ignored', () => {
    expect(parseConfig('\uFEFF{}', 'orgnet.json', VALID)).toEqual({ rules: [], options: {} });
    expect(parseConfig('{"rules": []}', 'orgnet.json', VALID)).toEqual({ rules: [], options: {} });
  });

  test('an empty file', () => {
    expect(problemOf('  \n')).toEqual(['orgnet.json: the config file is empty; expected {"rules": [...], "options": {...}}']);
  });

  test('invalid JSON names the line', () => {
    expect(problemOf('{\n  "rules": ["ties > 1"],\n}\n')).toEqual([
      // A comma before the closing brace: where a name was expected, by line (3) and column.
      'orgnet.json:3: not valid JSON at column 1: expected a name in double quotes',
    ]);
    expect(problemOf('{\n  "rules": [\n')).toEqual(['orgnet.json:3: not valid JSON: the file ends too soon (at column 1, expected "]")']);
  });

  test('the top level must be an object', () => {
    expect(problemOf('["reciprocity >= 0.3"]')).toEqual([
      'orgnet.json:1: expected a JSON object such as {"rules": ["reciprocity >= 0.3"], "options": {}}',
    ]);
  });

  test('unknown top-level key', () => {
    expect(problemOf('{\n  "rule": ["ties > 1"]\n}')).toEqual([
      'orgnet.json:2: unknown key "rule" (did you mean "rules"?); valid keys: rules, options',
    ]);
  });

  test('rules must be an array of valid rules', () => {
    expect(problemOf('{"rules": "ties > 1"}')).toEqual([
      'orgnet.json:1: "rules" must be an array of strings such as ["reciprocity >= 0.3"]',
    ]);
    expect(problemOf('{\n"rules": [\n  "ties > 1",\n  3\n]}')).toEqual(['orgnet.json:2: rules[1] must be a string, not 3']);
    expect(problemOf('{\n"rules": [\n  "ties > 1",\n  "reciprocity =< 0.3"\n]}')).toEqual([
      [
        'orgnet.json:4: rules[1]: in rule "reciprocity =< 0.3": unknown operator "=<" at column 13 (did you mean "<="?)',
        '  reciprocity =< 0.3',
        '              ^^',
        'valid operators: < <= > >= == !=',
      ].join('\n'),
    ]);
  });

  test('options must be an object of known names', () => {
    expect(problemOf('{"options": ["seed"]}')).toEqual(['orgnet.json:1: "options" must be an object such as {"seed": 7}']);
    expect(problemOf('{\n  "options": {\n    "seed": 1,\n    "sed": 2\n  }\n}')).toEqual([
      'orgnet.json:4: unknown option "sed" (did you mean "seed"?); valid options: seed, minGroupSize, allowMissing, format',
    ]);
    expect(problemOf('{"options": {"colour": "red"}}')).toEqual([
      'orgnet.json:1: unknown option "colour"; valid options: seed, minGroupSize, allowMissing, format',
    ]);
    expect(problemOf('{"options": {"minGroupSize": 3,\n "min-group-size": 4}}')).toEqual([
      'orgnet.json:2: option "minGroupSize" is given twice',
    ]);
  });

  test('option values are passed through untouched', () => {
    const { options } = parseConfig('{"options": {"format": "junit", "seed": null}}', 'orgnet.json', VALID);
    expect(options).toEqual({ format: 'junit', seed: null });
  });
});

describe('mergeOptions', () => {
  test('a flag wins over the file; what only one side has is kept', () => {
    expect(mergeOptions({ seed: 7, minGroupSize: 3 }, { seed: 9, format: 'json' })).toEqual({
      seed: 9,
      minGroupSize: 3,
      format: 'json',
    });
  });

  test('an undefined flag does not hide the file value; false and null do', () => {
    expect(mergeOptions({ seed: 7, allowMissing: true, format: 'json' }, { seed: undefined, allowMissing: false, format: null })).toEqual({
      seed: 7,
      allowMissing: false,
      format: null,
    });
  });

  test('the inputs are left alone', () => {
    const file = { seed: 7 };
    const flags = { seed: 9 };
    mergeOptions(file, flags);
    expect(file).toEqual({ seed: 7 });
    expect(flags).toEqual({ seed: 9 });
  });
});
