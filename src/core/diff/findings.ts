/**
 * Findings compared between the two snapshots: which appeared, which are gone, which are on both
 * sides (README "Comparing snapshots"). A finding is the same on both sides when its kind and its
 * subject are: the same group, the organization, or — for a finding about some people — the same
 * kind alone, since who the critical or one-way people are is exactly what may change. A
 * community's number is its own snapshot's, so a community finding is the same when the
 * community continued (diff's community matching) into the one the other side names.
 */
import type { Finding, Severity, Subject } from '../model/findings.js';
import type { Report } from '../model/report.js';
import type { CommunityEvent, FindingChange } from '../model/diff.js';

/** The subject, as the other side would name it; `continued` maps before's communities to after's. */
function subjectKey(subject: Subject, continued: ReadonlyMap<number, number> | null): string {
  switch (subject.type) {
    case 'organization':
      return 'organization';
    case 'group':
      return `group ${subject.group}`;
    case 'people':
      return 'people';
    case 'community': {
      const id = continued ? continued.get(subject.community) : subject.community;
      // A community with no continuation matches nothing on the other side.
      return id === undefined ? `community before ${subject.community}` : `community ${id}`;
    }
  }
}

const keyOf = (f: Finding, continued: ReadonlyMap<number, number> | null) => `${f.kind}\u0000${subjectKey(f.subject, continued)}`;

/**
 * Every finding of either side: those of the after side in its order (kept or appeared), then
 * those gone, in the before side's order — both sides' lists are ranked as every view shows them.
 */
export function findingChanges(before: Report, after: Report, events: readonly CommunityEvent[]): FindingChange[] {
  const continued = new Map<number, number>();
  for (const e of events) if (e.kind === 'continued') continued.set(e.before[0]!, e.after[0]!);
  // A report of an earlier version has no findings key.
  const b = before.findings ?? [];
  const a = after.findings ?? [];
  const beforeByKey = new Map<string, Finding>();
  for (const f of b) if (!beforeByKey.has(keyOf(f, continued))) beforeByKey.set(keyOf(f, continued), f);
  const afterKeys = new Set(a.map((f) => keyOf(f, null)));
  const row = (f: Finding, presence: FindingChange['presence'], severityBefore: Severity | null, severityAfter: Severity | null): FindingChange => ({
    kind: f.kind,
    presence,
    subject: f.subject,
    severity: { before: severityBefore, after: severityAfter },
  });
  const out: FindingChange[] = [];
  for (const f of a) {
    const match = beforeByKey.get(keyOf(f, null));
    out.push(match ? row(f, 'kept', match.severity, f.severity) : row(f, 'appeared', null, f.severity));
  }
  for (const f of b) if (!afterKeys.has(keyOf(f, continued))) out.push(row(f, 'gone', f.severity, null));
  return out;
}
