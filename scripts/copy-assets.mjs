// Copies non-TypeScript assets (the JSON Schema) next to the compiled code so the
// published package and `dist/` carry them.
import { cpSync, existsSync } from 'node:fs';

const assets = [['src/core/report/schema.json', 'dist/core/report/schema.json']];
for (const [from, to] of assets) {
  if (existsSync(from)) cpSync(from, to);
}
