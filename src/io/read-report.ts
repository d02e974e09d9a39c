/**
 * A side of `orgnet diff` that is a JSON report: read whole (a report is one JSON document),
 * checked against the report schema, returned as a Report. File problems (missing file,
 * directory, permission) are the same one-line InputErrors as for an interactions file.
 */
import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { jsonTextOf } from '../core/base/json-text.js';
import { reportFromJson } from '../core/ingest/report/read-json.js';
import type { Report } from '../core/model/report.js';
import { validatorOf } from './report-schema.js';

export async function readReport(stream: Readable, file: string): Promise<Report> {
  return reportFromJson(jsonTextOf(await buffer(stream), file), file, validatorOf('schema.json'));
}
