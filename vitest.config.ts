import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Two projects. `unit` runs on the sources alone, no build: `npm run test:unit`, under a minute.
 * `integration` needs `npm run build` — it spawns bin/orgnet.cjs, starts the built worker scripts,
 * drives a browser or reads the built schemas. `npm test` builds and runs both. Every test file is
 * in exactly one project: `unit` is the folders below minus the files that need the build, and
 * `integration` is every other file, so a test added anywhere runs.
 */
const UNIT_FOLDERS = ['test/core', 'test/render', 'test/viewer', 'test/io', 'test/property', 'test/docs'];

/** Files of those folders that need the build (the worker scripts, the bundled schemas, the binary). */
const NEEDS_BUILD = new Set([
  'test/core/analysis/privacy-report.test.ts',
  'test/core/ingest/layouts/wide.test.ts',
  'test/core/report/diff-schema.test.ts',
  'test/core/report/schema.test.ts',
  'test/core/report/validate-schema.test.ts',
  'test/io/pipelined-read.test.ts',
  'test/io/worker-concurrency.test.ts',
  'test/io/worker-runner.test.ts',
  'test/property/hostile-inputs.test.ts',
  'test/property/input-modes.test.ts',
  'test/render/diff/formats.test.ts',
  'test/render/html/html.test.ts',
  'test/render/json.test.ts',
]);

function testFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => join(folder, file).split('\\').join('/'));
}

const unit = UNIT_FOLDERS.flatMap(testFiles).filter((file) => !NEEDS_BUILD.has(file));

export default defineConfig({
  test: {
    testTimeout: 60_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: unit } },
      { extends: true, test: { name: 'integration', include: ['test/**/*.test.ts'], exclude: unit } },
    ],
  },
});
