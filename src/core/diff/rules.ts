/**
 * The `diff --fail-on` rule language: rules over the changes between the two sides.
 *
 *   RULE  := DREF OP NUMBER                    OP as in check: < <= > >= == !=
 *   DREF  := delta(REF)                        after − before of any check REF:
 *                                              delta(reciprocity), delta(org.isolates),
 *                                              delta(count(people.roles=critical)),
 *                                              delta(max(people.betweenness)), delta(count(groups.eiIndex < -0.5))
 *          | gained(ties) | lost(ties)         directed ties present on one side only
 *          | changed(managers)                 people on both sides whose manager differs
 *
 * REF, OP and NUMBER are read by the check parser (check/rules.ts), so they mean exactly what
 * they mean in `orgnet check`. Percentage form: in delta(REF), each side is made a share as
 * check makes it (`delta(isolates) > 2%`: the share of isolated people rose by more than two
 * points; an amount refuses %); `lost(ties) > 10%` means more than 10% of the ties before
 * were lost (gained likewise, over the ties before); `changed(managers) > 5%`, that more than 5%
 * of the people on both sides changed manager.
 *
 * A rule "holds" when the comparison is true: that is the regression the gate looks for.
 */
import { UsageError } from '../base/errors.js';
import { Cursor, found, parseOperator, parseRef, parseThreshold, refText } from '../check/rules.js';
import { suggest } from '../check/suggest.js';
import { tokenize } from '../check/tokens.js';
import type { Operator, Ref, Threshold } from '../check/types.js';

type DiffRef = { kind: 'delta'; ref: Ref } | { kind: 'ties'; which: 'gained' | 'lost' } | { kind: 'managers' };

export interface DiffRule {
  /** The rule as written (trimmed). */
  text: string;
  /** The left-hand side in one canonical spelling. */
  refText: string;
  ref: DiffRef;
  op: Operator;
  threshold: Threshold;
}

const FUNCTIONS = ['delta', 'gained', 'lost', 'changed'] as const;
/** The aggregates of check rules: levels, which delta(...) turns into changes. */
const CHECK_FUNCTIONS = ['count', 'max', 'mean', 'min', 'sum'];
const EXAMPLE = 'e.g. "delta(reciprocity) < -0.05" or "lost(ties) > 20"';

function diffRefText(ref: DiffRef): string {
  if (ref.kind === 'managers') return 'changed(managers)';
  return ref.kind === 'delta' ? `delta(${refText(ref.ref)})` : `${ref.which}(ties)`;
}

function expectClose(cursor: Cursor): number {
  const close = cursor.next();
  if (close?.kind !== 'close') cursor.fail(close ?? cursor.here(), `expected ")", found ${found(close)}`);
  return close.end;
}

function parseManagers(cursor: Cursor): void {
  const token = cursor.next();
  if (token?.kind !== 'name' || token.text !== 'managers') {
    cursor.fail(token ?? cursor.here(), `changed(...) counts people whose manager changed: write changed(managers), found ${found(token)}`);
  }
}

function parseTies(cursor: Cursor, which: 'gained' | 'lost'): void {
  const token = cursor.next();
  if (token?.kind !== 'name' || token.text !== 'ties') {
    cursor.fail(token ?? cursor.here(), `${which}(...) counts ties: write ${which}(ties), found ${found(token)}`, [
      'for people who joined or left, or a count that changed, use delta(...): delta(people), delta(count(people.roles=critical))',
    ]);
  }
}

function parseDiffRef(cursor: Cursor): { ref: DiffRef; scale: Parameters<typeof parseThreshold>[1]; span: { start: number; end: number } } {
  const name = cursor.next();
  if (!name || name.kind !== 'name') cursor.fail(name ?? cursor.here(), `expected delta(...), gained(ties), lost(ties) or changed(managers), found ${found(name)}`);
  const fn = FUNCTIONS.find((f) => f === name.text);
  const call = cursor.peek()?.kind === 'open';
  const example = fn === 'delta' ? 'delta(reciprocity)' : fn === 'changed' ? 'changed(managers)' : `${fn}(ties)`;
  if (fn && !call) cursor.fail(cursor.here(), `expected "(" after ${fn}, found ${found(cursor.peek())}`, [`write ${example}`]);
  if (!fn) {
    // A check REF (an org field or an aggregate) is a level: say how to make it a change.
    const level = !call || CHECK_FUNCTIONS.includes(name.text);
    const guess = level ? undefined : suggest(name.text, FUNCTIONS);
    const shown = call ? `${name.text}(...)` : name.text;
    cursor.fail(name, level ? `"${shown}" is a level, not a change` : `unknown function "${name.text}"`, [
      `diff rules are over changes: delta(${level ? shown : 'REF'}) OP NUMBER, gained(ties) OP NUMBER or lost(ties) OP NUMBER (${EXAMPLE})`,
      'to gate on a level, use orgnet check --rule',
    ], guess ? ` (did you mean "${guess}"?)` : '');
  }
  cursor.next();
  if (fn === 'delta') {
    const inner = parseRef(cursor);
    const end = expectClose(cursor);
    return { ref: { kind: 'delta', ref: inner.ref }, scale: inner.scale, span: { start: name.start, end } };
  }
  if (fn === 'changed') {
    parseManagers(cursor);
    // A percentage is a share of the people on both sides: allowed like a count of people.
    return { ref: { kind: 'managers' }, scale: 'people', span: { start: name.start, end: expectClose(cursor) } };
  }
  parseTies(cursor, fn);
  const end = expectClose(cursor);
  // A percentage of ties gained or lost is a share of the ties before: allowed like a count.
  return { ref: { kind: 'ties', which: fn }, scale: 'count', span: { start: name.start, end } };
}

export function parseDiffRule(input: string): DiffRule {
  const text = input.trim();
  if (text === '') throw new UsageError(`empty --fail-on rule: write DELTA OP NUMBER, ${EXAMPLE}`);
  const tokens = tokenize(text);
  const cursor = new Cursor(text, tokens);
  const bad = tokens.find((t) => t.kind === 'unknown');
  if (bad) cursor.fail(bad, `unexpected character "${bad.text}"`);
  const { ref, scale, span } = parseDiffRef(cursor);
  const op = parseOperator(cursor);
  const threshold = parseThreshold(cursor, scale, span);
  const extra = cursor.next();
  if (extra) cursor.fail(extra, `unexpected "${extra.text}" after the number`, ['write one condition per rule (--fail-on is repeatable)']);
  return { text, refText: diffRefText(ref), ref, op, threshold };
}

export function parseDiffRules(texts: readonly string[]): DiffRule[] {
  return texts.map(parseDiffRule);
}

/** Rules that need the ties of both sides (gained/lost). */
export function tieRules(rules: readonly DiffRule[]): DiffRule[] {
  return rules.filter((r) => r.ref.kind === 'ties');
}
