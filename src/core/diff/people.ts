/**
 * Person changes: every person of either side (by id), whether they stayed, joined or left,
 * their go-to score, PageRank and betweenness on each side with their rank among the people present on
 * both sides (rank.ts), the roles they gained and lost, activity status and interactions, core
 * number, and their place on the reporting line (manager, direct reports, tie with the manager).
 *
 * Roles of a person who joined count as gained and those of a person who left as lost, so
 * for every role, gained − lost = the change in the number of people holding it.
 */
import { compareIds } from '../base/ids.js';
import type { PersonRow, Report, Role } from '../model/report.js';
import { change } from './change.js';
import { competitionRanks } from './rank.js';
import type { PersonChange, Presence, RankChange } from '../model/diff.js';

export type RankedField = 'sourcePagerank' | 'pagerank' | 'betweenness';
/** The go-to score first, as the analysis's top-people lists lead with it. */
export const RANKED_FIELDS: readonly RankedField[] = ['sourcePagerank', 'pagerank', 'betweenness'];

/** Rank of every person on both sides, by id, for one field of one side. */
function ranksOf(rows: readonly PersonRow[], field: RankedField): Map<string, number> {
  const ranks = competitionRanks(rows.map((p) => p[field] ?? null));
  return new Map(rows.map((p, i) => [p.id, ranks[i]!]));
}

function rankChange(field: RankedField, b: PersonRow | undefined, a: PersonRow | undefined, ranks: Ranks): RankChange {
  const base = change(b?.[field], a?.[field]);
  const id = (a ?? b)!.id;
  const rankBefore = b && a ? (ranks.before[field].get(id) ?? null) : null;
  const rankAfter = b && a ? (ranks.after[field].get(id) ?? null) : null;
  const move = rankBefore !== null && rankAfter !== null ? rankBefore - rankAfter : null;
  return { ...base, rankBefore, rankAfter, move };
}

const minus = (x: readonly Role[], y: readonly Role[]): Role[] => x.filter((r) => !y.includes(r));

type Ranks = Record<'before' | 'after', Record<RankedField, Map<string, number>>>;

function personChange(id: string, b: PersonRow | undefined, a: PersonRow | undefined, ranks: Ranks): PersonChange {
  const presence: Presence = b && a ? 'stayed' : a ? 'joined' : 'left';
  const rolesBefore = b?.roles ?? [];
  const rolesAfter = a?.roles ?? [];
  return {
    id,
    presence,
    group: { before: b?.group ?? null, after: a?.group ?? null },
    sourcePagerank: rankChange('sourcePagerank', b, a, ranks),
    pagerank: rankChange('pagerank', b, a, ranks),
    betweenness: rankChange('betweenness', b, a, ranks),
    roles: { before: [...rolesBefore], after: [...rolesAfter], gained: minus(rolesAfter, rolesBefore), lost: minus(rolesBefore, rolesAfter) },
    status: { before: b?.activity.status ?? null, after: a?.activity.status ?? null },
    interactions: change(b?.activity.interactions, a?.activity.interactions),
    community: { before: b?.community ?? null, after: a?.community ?? null },
    coreNumber: change(b?.coreNumber, a?.coreNumber),
    // `?? null`: a report of an earlier version has no reporting-line fields.
    manager: { before: b?.manager ?? null, after: a?.manager ?? null },
    directReports: change(b?.directReports, a?.directReports),
    managerTie: { before: b?.managerTie ?? null, after: a?.managerTie ?? null },
  };
}

/** Every person of either side, sorted by id. */
export function peopleChanges(before: Report, after: Report): PersonChange[] {
  const byIdBefore = new Map(before.people.map((p) => [p.id, p]));
  const byIdAfter = new Map(after.people.map((p) => [p.id, p]));
  const bothBefore = before.people.filter((p) => byIdAfter.has(p.id));
  const bothAfter = after.people.filter((p) => byIdBefore.has(p.id));
  const ranks: Ranks = {
    before: Object.fromEntries(RANKED_FIELDS.map((f) => [f, ranksOf(bothBefore, f)])) as Record<RankedField, Map<string, number>>,
    after: Object.fromEntries(RANKED_FIELDS.map((f) => [f, ranksOf(bothAfter, f)])) as Record<RankedField, Map<string, number>>,
  };
  const ids = [...new Set([...byIdBefore.keys(), ...byIdAfter.keys()])].sort(compareIds);
  return ids.map((id) => personChange(id, byIdBefore.get(id), byIdAfter.get(id), ranks));
}

/**
 * The people who moved most in a field's rank: `up` by the largest rise first, `down` by the
 * largest fall first; ties by id. Only people on both sides have a rank, and a move of 0 is none.
 */
export function rankMovers(people: readonly PersonChange[], field: RankedField, direction: 'up' | 'down', limit: number): PersonChange[] {
  const sign = direction === 'up' ? 1 : -1;
  return people
    .filter((p) => p[field].move !== null && sign * p[field].move! > 0)
    .sort((x, y) => sign * (y[field].move! - x[field].move!) || compareIds(x.id, y.id))
    .slice(0, limit);
}
