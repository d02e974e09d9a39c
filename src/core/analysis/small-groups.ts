/**
 * Privacy floor, `--min-group-size K` (docs/metrics.md#group): groups with fewer than K members are
 * reported together as one group "(small groups)", and no group-level figure is given for
 * fewer than K people.
 *
 * Where it applies: the labels are rewritten once, before any group analysis, so the person
 * `group` field, the group rows, mixing, E-I (group and org), brokerage, externalShare,
 * roles, community `groups` and groupAlignment all see the same pooled labels. Ties between
 * two different small groups therefore count as internal to "(small groups)".
 *
 * When the pool itself has fewer than K members it cannot be shown either: its members are
 * then treated as having no group (`null`) everywhere, which drops them from the group rows and
 * mixing, and a warning says so. People without a group are never pooled. K ≤ 1 turns the floor
 * off (the default).
 */

export const SMALL_GROUPS = '(small groups)';

export interface PooledGroups {
  /** The labels to analyse, in the order given. */
  labels: (string | null)[];
  /** Number of groups that were smaller than K. */
  pooledGroups: number;
  /** Members of those groups. */
  pooledPeople: number;
  /** True when the pool was below K and its members lost their group. */
  suppressed: boolean;
  warnings: string[];
}

export function poolSmallGroups(labels: readonly (string | null)[], minGroupSize: number): PooledGroups {
  const unchanged: PooledGroups = { labels: [...labels], pooledGroups: 0, pooledPeople: 0, suppressed: false, warnings: [] };
  if (minGroupSize <= 1) return unchanged;
  const sizes = new Map<string, number>();
  for (const g of labels) if (g !== null) sizes.set(g, (sizes.get(g) ?? 0) + 1);
  const small = new Set([...sizes].filter(([, size]) => size < minGroupSize).map(([g]) => g));
  if (small.size === 0) return unchanged;

  const pooledPeople = labels.filter((g) => g !== null && small.has(g)).length;
  const suppressed = pooledPeople < minGroupSize;
  const replacement = suppressed ? null : SMALL_GROUPS;
  return {
    labels: labels.map((g) => (g !== null && small.has(g) ? replacement : g)),
    pooledGroups: small.size,
    pooledPeople,
    suppressed,
    warnings: [poolWarning(small.size, pooledPeople, minGroupSize, suppressed)],
  };
}

function poolWarning(groups: number, people: number, k: number, suppressed: boolean): string {
  const what = `${groups} group${groups === 1 ? '' : 's'} with fewer than ${k} members (${people} ${people === 1 ? 'person' : 'people'})`;
  if (!suppressed) return `--min-group-size ${k}: ${what} reported together as "${SMALL_GROUPS}"`;
  return `--min-group-size ${k}: ${what} reported without a group, since together they are still fewer than ${k}`;
}
