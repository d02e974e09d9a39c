/**
 * The real organizational data sets (see ../shared/datasets/README.md for their origin and
 * citations) live beside the repository, not in it. Tests that read them are skipped, visibly,
 * when the folder is absent; ORGNET_DATASETS points elsewhere.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export const DATASETS = process.env.ORGNET_DATASETS ?? resolve(ROOT, '../shared/datasets');
export const HAS_DATASETS = existsSync(DATASETS);
