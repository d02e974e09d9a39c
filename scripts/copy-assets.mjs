// Copies non-TypeScript assets (the JSON Schemas of the report, the diff and validate) next to the
// compiled code so the published package and `dist/` carry them.
import { cpSync, existsSync } from 'node:fs';

const assets = [
  ['src/core/report/schema.json', 'dist/core/report/schema.json'],
  ['src/core/report/diff-schema.json', 'dist/core/report/diff-schema.json'],
  ['src/core/report/validate-schema.json', 'dist/core/report/validate-schema.json'],
];
for (const [from, to] of assets) {
  if (existsSync(from)) cpSync(from, to);
}
