// Writes the option table of each command into docs/commands/COMMAND.md, between the markers,
// from the option tables in src/cli/options (compiled to dist/ by `npm run docs:options`).
// The test test/cli/docs-options.test.ts fails when the committed tables are stale.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { OPTION_TABLES, withOptions } from '../dist/cli/options/docs.js';

mkdirSync('docs/commands', { recursive: true });
for (const [command, table] of Object.entries(OPTION_TABLES)) {
  const path = `docs/commands/${command}.md`;
  const page = existsSync(path) ? readFileSync(path, 'utf8') : null;
  const updated = withOptions(command, page, table);
  if (updated !== page) {
    writeFileSync(path, updated);
    console.log(`wrote ${path}`);
  }
}
