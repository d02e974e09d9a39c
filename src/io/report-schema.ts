/**
 * The JSON Schemas the package ships (src/core/report/*.json, copied next to the compiled
 * code by scripts/copy-assets.mjs), loaded and compiled once per process. The draft is taken
 * from each schema's `$schema`, so a schema moved to draft 2020-12 keeps working.
 */
import { readFileSync } from 'node:fs';
import { packageFile } from './package-file.js';
import { Ajv, type AnySchema, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

export type SchemaName = 'schema.json' | 'diff-schema.json' | 'validate-schema.json';

// ajv-formats is CommonJS: its default export is the function under ESM and Bundler resolution.
const addFormats = addFormatsModule as unknown as (ajv: Ajv | Ajv2020) => unknown;

const compiled = new Map<SchemaName, ValidateFunction>();

function loadSchema(name: SchemaName): AnySchema {
  return JSON.parse(readFileSync(packageFile(`core/report/${name}`), 'utf8')) as AnySchema;
}

function compileSchema(schema: AnySchema): ValidateFunction {
  const draft2020 = typeof schema === 'object' && String((schema as { $schema?: unknown }).$schema ?? '').includes('2020-12');
  const options = { allErrors: false, strict: true, allowUnionTypes: true } as const;
  const ajv = draft2020 ? new Ajv2020(options) : new Ajv(options);
  addFormats(ajv);
  return ajv.compile(schema);
}

/** The validator of a shipped schema. */
export function validatorOf(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    validate = compileSchema(loadSchema(name));
    compiled.set(name, validate);
  }
  return validate;
}
