/**
 * Colours of the map: the 20 largest groups (or communities) get a colour each — ten strong
 * hues first, then their lighter companions — and the rest share one grey, as do people
 * without a group. Faded is what a highlight leaves behind.
 */
export const PALETTE = [
  '#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#499894',
  '#a0cbe8', '#ffbe7d', '#8cd17d', '#f1ce63', '#86bcb6', '#ff9d9a', '#d4a6c8', '#fabfd2', '#d7b5a6', '#b6992d',
];
const OTHER = '#aab0ba';
export const NONE = '#d5d8de';
export const FADED = '#eceef2';
export const KEY_PLAYER = '#b3261e';
export const CRITICAL = '#1d2533';

export const colorOf = (rank: number | null): string => (rank === null ? NONE : (PALETTE[rank] ?? OTHER));

/**
 * The change layer (`--compare`): a green and a magenta that no group colour comes near, so a
 * gained or lost tie reads as a change, not as a group; ghosts paler than anyone present.
 */
export const GAINED = '#1a9641';
export const LOST = '#d01c8b';
export const GHOST = '#dde1e7';
export const GHOST_RING = '#8a93a3';

/**
 * The reporting-line layer: a deep violet no group colour, change colour or mark comes near, so
 * a line to a manager never reads as a tie of a group.
 */
export const REPORTING_LINE = '#5b21b6';
