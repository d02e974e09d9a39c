/**
 * The DiffResult as JSON, streamed like the report (the long arrays — people, groups, ties —
 * one element at a time): the same bytes as `JSON.stringify(diff, null, 2) + '\n'`. Its
 * JSON Schema ships as src/core/report/diff-schema.json (`orgnet/diff-schema.json`).
 */
import type { DiffResult } from '../../core/model/diff.js';
import { jsonLines } from '../json.js';
import { batched } from '../output.js';

export function renderDiffJson(diff: DiffResult): Iterable<string> {
  return batched(jsonLines(diff as unknown as Record<string, unknown>));
}
