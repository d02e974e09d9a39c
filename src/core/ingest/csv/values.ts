/**
 * The cell readers other layers need: the CLI parses `--since/--until` with the same strict
 * timestamp rules as the timestamp column.
 */
export { parseTimestamp } from './timestamp.js';
