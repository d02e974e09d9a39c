/**
 * Active periods per person on real e-mail data sets, against scripts/count_active_periods.py
 * (plain Python datetime, no orgnet code). Skipped where the data sets or Python are missing;
 * ORGNET_DATASETS points at the folder holding them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeActivity } from '../../../../src/core/analysis/activity/activity.js';
import type { Period } from '../../../../src/core/model/options.js';
import { feed, type Row } from './feed.js';

import { DATASETS } from '../../../helpers/datasets.js';
const PYTHON = '/usr/bin/python3';
const SCRIPT = join(import.meta.dirname, '../../../../scripts/count_active_periods.py');

/** ISO without a zone is UTC; numbers are unix seconds, or milliseconds above 1e11. */
function parseTime(text: string): number {
  if (/^-?\d+(\.\d+)?$/.test(text)) {
    const value = Number(text);
    return Math.abs(value) > 1e11 ? value : value * 1000;
  }
  const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(text) || !/[T ]/.test(text);
  return Date.parse(zoned ? text : `${text}Z`);
}

/** The data sets are plain CSV without quotes: a split is enough here. */
function readRows(dir: string): Row[] {
  const [header = '', ...lines] = readFileSync(join(dir, 'interactions.csv'), 'utf8').split(/\r?\n/);
  const names = header.split(',').map((name) => name.trim().toLowerCase());
  const [source, target, time] = ['source', 'target', 'timestamp'].map((name) => names.indexOf(name));
  const rows: Row[] = [];
  for (const line of lines) {
    if (line === '') continue;
    const cells = line.split(',');
    const s = cells[source!]!;
    const t = cells[target!]!;
    if (s !== t) rows.push([s, t, 1, parseTime(cells[time!]!)]);
  }
  return rows;
}

function reference(dir: string, period: Period): Record<string, number> {
  const run = spawnSync(PYTHON, [SCRIPT, dir, '--period', period], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as Record<string, number>;
}

const CASES: [string, Period][] = [
  ['enron-perry-wolfe', 'month'],
  ['enron-perry-wolfe', 'day'],
  ['manufacturing-emails', 'month'],
  ['manufacturing-emails', 'week'],
  ['manufacturing-emails', 'quarter'],
];

describe.each(CASES)('%s by %s', (name, period) => {
  const dir = join(DATASETS, name);
  it.skipIf(!existsSync(dir) || !existsSync(PYTHON))('counts the same active periods per person as the Python reference', () => {
    const { timeline, ids } = feed(period, readRows(dir));
    const { byId } = computeActivity(timeline, { ids });
    const counted: Record<string, number> = {};
    for (const [id, activity] of byId) counted[id] = activity.activePeriods ?? -1;
    expect(Object.keys(counted).length).toBeGreaterThan(100);
    expect(counted).toEqual(reference(dir, period));
  });
});
