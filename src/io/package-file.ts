/**
 * Where a file the package ships is, by its path under dist/ ('core/report/schema.json',
 * 'viewer/viewer.js'). This module runs from dist/io/ (the library), dist/bundle/ (the command
 * line, scripts/bundle-cli.mjs) or src/io/ (the tests): one level down from the compiled tree in
 * the first two, and from the sources, whose copy of a file comes first and whose built files
 * (the viewer) are in dist/.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function packageFile(path: string): URL {
  const candidates = [new URL(`../${path}`, import.meta.url), new URL(`../../dist/${path}`, import.meta.url)];
  return candidates.find((url) => existsSync(fileURLToPath(url))) ?? candidates[0]!;
}

/** package.json, two levels up from every place this module runs. */
export const PACKAGE_JSON = new URL('../../package.json', import.meta.url);
