import { readFileSync } from 'node:fs';
import { PACKAGE_JSON } from './package-file.js';

/** The package version, read from package.json. */
export const VERSION: string = (JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { version: string }).version;
