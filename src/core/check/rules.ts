/**
 * The `check` rule language (docs/options.md): `REF OP NUMBER`, whitespace-tolerant.
 *
 *   REF    := ORGFIELD | org.ORGFIELD                      reciprocity, org.isolates
 *           | (max|min|mean|sum)(people.FIELD)             max(people.brokerage.liaison)
 *           | (max|min|mean|sum)(groups.FIELD)             min(groups.eiIndex)
 *           | count(people.roles=ROLE)                     also == and !=
 *           | count(people.activity.status=STATUS)
 *           | count(people.FIELD OP NUMBER)                count(people.reciprocity < 0.2)
 *           | count(groups.FIELD OP NUMBER)                count(groups.eiIndex < -0.5)
 *           | count(findings.severity=SEVERITY)            count(findings.severity=high); also kind=KIND
 *           | attributes.ATTR.(eiIndex|eiPValue)           a --compare-by column's E-I
 *           | any groups.FIELD above as attributes.ATTR.groups.FIELD    min(attributes.office.groups.eiIndex)
 *           | (first|last|max|min|mean|sum)(windows.org.FIELD)   last(windows.org.reciprocity)
 *           | count(windows.org.FIELD OP NUMBER)            count(windows.org.density < 0.05)
 *   OP     := < | <= | > | >= | == | !=
 *   NUMBER := optional sign, decimal, optional exponent, optional trailing %
 *
 * Percentage form: `N%` is the number N / 100, and the value it is compared with must be a
 * share, so it is made one first:
 * - a share field (reciprocity, density, eiIndex, activityRate…) is compared as it is:
 *   `reciprocity >= 30%` means reciprocity ≥ 0.30;
 * - a count of people (`isolates`, `cutPoints`, a person's `dependents`, a group's `size`) is
 *   divided by the number of people: `isolates <= 2%` means isolates / people ≤ 0.02;
 * - `count(people…)` / `count(groups…)` becomes the share of the people / groups it counts
 *   over (those whose field is not null): `count(people.roles=isolate) <= 5%`;
 * - any other amount (ties, weights, degrees, brokerage counts) has no agreed denominator,
 *   and a percentage of it is refused.
 * The same holds for the number inside `count(people.FIELD OP N%)`.
 *
 * Every mistake is a UsageError that quotes the rule and puts carets under the bad part.
 *
 * `diff --fail-on` rules wrap a REF in delta(...) and reuse the pieces exported here (the
 * cursor, parseRef, parseOperator, parseThreshold), so both commands read a REF alike.
 */
import { UsageError } from '../base/errors.js';
import { ATTRIBUTE_FIELDS, ATTRIBUTE_GROUP_FIELDS, CATEGORY_FIELDS, FINDING_FIELDS, GROUP_FIELDS, ORG_FIELDS, PERSON_FIELDS, WINDOW_FIELDS, isCategoryField, isFindingField, lookup, type Scale } from './fields.js';
import { suggest } from './suggest.js';
import { tokenize, type Token } from './tokens.js';
import { OPERATORS, type AggregateFn, type Match, type Operator, type Ref, type Rule, type Scope, type Threshold } from './types.js';

const FUNCTIONS = ['count', 'first', 'last', 'max', 'mean', 'min', 'sum'] as const;
const OPERATOR_LIST = OPERATORS.join(' ');
const AGGREGATE_HINT =
  'or an aggregate: max|min|mean|sum(people.FIELD), max|min|mean|sum(groups.FIELD), count(people.roles=ROLE), count(groups.FIELD OP NUMBER), count(findings.severity=high), last(windows.org.FIELD)';

/** Operators people type by habit from other languages, and what orgnet spells them. */
const OPERATOR_TYPOS: Readonly<Record<string, Operator>> = {
  '=': '==', '===': '==', '=<': '<=', '=>': '>=', '=!': '!=', '!==': '!=', '<>': '!=',
};

export interface Span {
  start: number;
  end: number;
}

/** The rule's tokens and how far the parser has read them. */
export class Cursor {
  private index = 0;

  constructor(
    readonly text: string,
    private readonly tokens: Token[],
  ) {}

  peek(): Token | undefined {
    return this.tokens[this.index];
  }

  next(): Token | undefined {
    const token = this.tokens[this.index];
    if (token) this.index++;
    return token;
  }

  /** Where the next token is, or just past the end of the rule. */
  here(): Span {
    return this.peek() ?? { start: this.text.length, end: this.text.length + 1 };
  }

  /** `note` follows the column, e.g. a "did you mean" for the quoted token. */
  fail(span: Span, message: string, hints: string[] = [], note = ''): never {
    throw ruleError(this.text, span, message + ` at column ${span.start + 1}` + note, hints);
  }
}

/** Rules longer than this are shown around the bad part only, so a 100 KB rule is not written out. */
const SHOWN_RULE = 100;
/** A message quotes tokens of the rule; past this length it is cut. */
const SHOWN_MESSAGE = 240;

/** The part of a rule a message shows, and where `span` starts in it. */
function ruleWindow(text: string, span: Span): { shown: string; start: number; end: number } {
  const flat = text.replace(/\s/g, ' ');
  if (flat.length <= SHOWN_RULE) return { shown: flat, start: span.start, end: span.end };
  const from = Math.max(0, Math.min(span.start - 40, flat.length - SHOWN_RULE));
  const to = Math.min(flat.length, from + SHOWN_RULE);
  const before = from > 0 ? '…' : '';
  const shown = `${before}${flat.slice(from, to)}${to < flat.length ? '…' : ''}`;
  const start = span.start - from + before.length;
  return { shown, start, end: Math.min(span.end - from + before.length, shown.length) };
}

function ruleError(text: string, span: Span, message: string, hints: string[]): UsageError {
  const { shown, start, end } = ruleWindow(text, span);
  const caret = ' '.repeat(start) + '^'.repeat(Math.max(1, end - start));
  // A token quoted in the message is cut like the rule (a field name of 50,000 letters).
  const cut = message.replace(/"([^"]{41,})"/g, (_all, token: string) => `"${token.slice(0, 40)}…"`);
  const said = cut.length > SHOWN_MESSAGE ? `${cut.slice(0, SHOWN_MESSAGE - 1)}…` : cut;
  // The first line stands alone (a CI log may show only it); the rule and its carets follow.
  const lines = [`in rule "${shown}": ${said}`, `  ${shown}`, `  ${caret}`, ...hints];
  return new UsageError(lines.join('\n'));
}

export function found(token: Token | undefined): string {
  return token ? `"${token.text}"` : 'the end of the rule';
}

function didYouMean(word: string, valid: readonly string[]): string {
  const guess = suggest(word, valid);
  return guess ? ` (did you mean "${guess}"?)` : '';
}

/** Parses one rule such as `max(people.betweenness) <= 0.5`. */
export function parseRule(input: string): Rule {
  const text = input.trim();
  if (text === '') throw new UsageError('empty rule: write REF OP NUMBER, e.g. "reciprocity >= 0.3"');
  const tokens = tokenize(text);
  const cursor: Cursor = new Cursor(text, tokens);
  const bad = tokens.find((t) => t.kind === 'unknown');
  if (bad) cursor.fail(bad, `unexpected character "${bad.text}"`);
  const { ref, scale, span } = parseRef(cursor);
  const op = parseOperator(cursor);
  const threshold = parseThreshold(cursor, scale, span);
  const extra = cursor.next();
  if (extra) cursor.fail(extra, `unexpected "${extra.text}" after the number`, ['write one condition per rule']);
  return { text, refText: refText(ref), ref, op, threshold };
}

/** Parses every rule, in order; the first bad one throws. */
export function parseRules(texts: readonly string[]): Rule[] {
  return texts.map(parseRule);
}

export interface ParsedRef {
  ref: Ref;
  /** What the percentage form divides by: a field's scale, or `count` for count(...). */
  scale: Scale | 'count';
  span: Span;
}

export function parseRef(cursor: Cursor): ParsedRef {
  const token = cursor.next();
  if (!token || token.kind !== 'name') {
    cursor.fail(token ?? cursor.here(), `expected a field or an aggregate such as max(people.betweenness), found ${found(token)}`);
  }
  if (cursor.peek()?.kind === 'open') return parseAggregate(cursor, token);
  return parseOrgField(cursor, token);
}

const ATTRIBUTE_FIELD = /^attributes\.(.+)\.([^.]+)$/;
const ATTRIBUTE_GROUPS = /^attributes\.(.+)\.groups\.(.+)$/;

function parseOrgField(cursor: Cursor, token: Token): ParsedRef {
  const name = token.text.startsWith('org.') ? token.text.slice(4) : token.text;
  const attribute = ATTRIBUTE_GROUPS.test(name) ? null : ATTRIBUTE_FIELD.exec(name);
  if (attribute) {
    const [, column = '', field = ''] = attribute;
    const entry = lookup(ATTRIBUTE_FIELDS, field);
    if (entry) return { ref: { kind: 'org', field, attribute: column }, scale: entry.scale, span: token };
    const valid = Object.keys(ATTRIBUTE_FIELDS);
    cursor.fail(token, `unknown attribute field "${field}"`, [`valid: attributes.${column}.${valid.join(`, attributes.${column}.`)}, or aggregate attributes.${column}.groups.FIELD`], didYouMean(field, valid));
  }
  const field = lookup(ORG_FIELDS, name);
  if (field) return { ref: { kind: 'org', field: name }, scale: field.scale, span: token };
  if (/^(people|groups)\./.test(name) || ATTRIBUTE_GROUPS.test(name)) {
    cursor.fail(token, `"${name}" has one value per ${name.startsWith('people') ? 'person' : 'group'}`, [
      `aggregate it: max(${name}), min(${name}), mean(${name}), sum(${name}) or count(${name} OP NUMBER)`,
    ]);
  }
  if (name === 'keyPlayers' || name === 'reachPlayers') cursor.fail(token, `"${name}" is a list, not a number`);
  if (name === 'overload') cursor.fail(token, '"overload" holds several figures', ['name one: overload.gini, overload.top1Share, overload.top5Share or overload.top20Share']);
  const valid = Object.keys(ORG_FIELDS);
  cursor.fail(token, `unknown field "${name}"`, [`valid org fields: ${valid.join(', ')}`, AGGREGATE_HINT], didYouMean(name, valid));
}

function parseAggregate(cursor: Cursor, name: Token): ParsedRef {
  const fn = FUNCTIONS.find((f) => f === name.text);
  if (!fn) cursor.fail(name, `unknown function "${name.text}"`, [`valid functions: ${FUNCTIONS.join(', ')}`]);
  cursor.next();
  const { scope, field, span, attribute } = parseScopedField(cursor);
  const fields = attribute === undefined ? undefined : ATTRIBUTE_GROUP_FIELDS;
  const parsed: ParsedRef =
    fn === 'count' ? parseCount(cursor, scope, field, span, fields) : parseNumericAggregate(cursor, fn, scope, field, span, fields);
  if (attribute !== undefined) parsed.ref = { ...(parsed.ref as Exclude<Ref, { kind: 'org' }>), attribute };
  const close = cursor.next();
  if (close?.kind !== 'close') cursor.fail(close ?? cursor.here(), `expected ")", found ${found(close)}`);
  return { ...parsed, span: { start: name.start, end: close.end } };
}

function parseScopedField(cursor: Cursor): { scope: Scope; field: string; span: Span; attribute?: string } {
  const token = cursor.next();
  const attribute = token?.kind === 'name' ? ATTRIBUTE_GROUPS.exec(token.text) : null;
  if (token && attribute) return { scope: 'groups', field: attribute[2] ?? '', span: token, attribute: attribute[1] ?? '' };
  const match = token?.kind === 'name' ? /^(people|groups|findings|windows)\.(.+)$/.exec(token.text) : null;
  if (!token || !match) {
    cursor.fail(token ?? cursor.here(), `expected people.FIELD, groups.FIELD, attributes.ATTR.groups.FIELD, windows.org.FIELD or findings.FIELD, found ${found(token)}`);
  }
  return { scope: match[1] as Scope, field: match[2] ?? '', span: token };
}

/** `groupFields`: the fields of a --compare-by column's groups, instead of the groups'. */
function numericField(cursor: Cursor, scope: Scope, field: string, span: Span, groupFields = GROUP_FIELDS): Scale {
  if (scope === 'findings') {
    cursor.fail(span, 'findings are counted, not measured', ['count them: count(findings.severity=high), count(findings.kind=silo-group)']);
  }
  if (scope === 'windows') {
    const entry = lookup(WINDOW_FIELDS, field);
    if (entry) return entry.scale;
    const valid = Object.keys(WINDOW_FIELDS).map((f) => `windows.${f}`);
    cursor.fail(span, `unknown window field "windows.${field}"`, [`valid window fields: ${valid.join(', ')}`], didYouMean(`windows.${field}`, valid));
  }
  const entry = scope === 'people' ? lookup(PERSON_FIELDS, field) : lookup(groupFields, field);
  if (entry) return entry.scale;
  if (scope === 'people' && isCategoryField(field)) {
    cursor.fail(span, `people.${field} is not a number`, [`count it: count(people.${field}=VALUE), VALUE one of ${CATEGORY_FIELDS[field].join(', ')}`]);
  }
  const valid = Object.keys(scope === 'people' ? PERSON_FIELDS : groupFields);
  const noun = scope === 'people' ? 'person' : 'group';
  cursor.fail(span, `unknown ${noun} field "${field}"`, [`valid ${noun} fields: ${valid.join(', ')}`], didYouMean(field, valid));
}

function parseNumericAggregate(cursor: Cursor, fn: AggregateFn, scope: Scope, field: string, span: Span, groupFields?: typeof GROUP_FIELDS): ParsedRef {
  if ((fn === 'first' || fn === 'last') && scope !== 'windows') {
    cursor.fail(span, `${fn}(...) reads a series in time order; ${scope} have no order in time`, [`use it on the windows (--windows): ${fn}(windows.org.reciprocity)`]);
  }
  const scale = numericField(cursor, scope, field, span, groupFields);
  return { ref: { kind: 'aggregate', fn, scope, field }, scale, span };
}

function parseCount(cursor: Cursor, scope: Scope, field: string, span: Span, groupFields?: typeof GROUP_FIELDS): ParsedRef {
  if (scope === 'people' && isCategoryField(field)) return parseMatch(cursor, 'people', field, CATEGORY_FIELDS[field]);
  if (scope === 'findings') {
    if (isFindingField(field)) return parseMatch(cursor, 'findings', field, FINDING_FIELDS[field]);
    const valid = Object.keys(FINDING_FIELDS);
    cursor.fail(span, `unknown finding field "${field}"`, [`valid finding fields: ${valid.join(', ')}`], didYouMean(field, valid));
  }
  const scale = numericField(cursor, scope, field, span, groupFields);
  const op = parseOperator(cursor);
  const threshold = parseThreshold(cursor, scale, span);
  return { ref: { kind: 'count', scope, where: { kind: 'compare', field, op, threshold } }, scale: 'count', span };
}

function parseMatch(cursor: Cursor, scope: 'people' | 'findings', field: Match['field'], valid: readonly string[]): ParsedRef {
  const op = cursor.next();
  if (op?.kind !== 'operator' || !['=', '==', '!='].includes(op.text)) {
    cursor.fail(op ?? cursor.here(), `expected "=" or "!=" after ${scope}.${field}, found ${found(op)}`);
  }
  const value = cursor.next();
  const noun = { roles: 'role', 'activity.status': 'status', severity: 'severity', kind: 'kind' }[field];
  if (value?.kind !== 'name') {
    cursor.fail(value ?? cursor.here(), `expected a ${noun}, found ${found(value)}`, [`valid ${noun} values: ${valid.join(', ')}`]);
  }
  if (!valid.some((v) => v === value.text)) {
    cursor.fail(value, `unknown ${noun} "${value.text}"`, [`valid ${noun} values: ${valid.join(', ')}`], didYouMean(value.text, valid));
  }
  const where = { kind: 'match', field, negate: op.text === '!=', value: value.text } as const;
  return { ref: { kind: 'count', scope, where }, scale: 'count', span: value };
}

export function parseOperator(cursor: Cursor): Operator {
  const token = cursor.next();
  if (token?.kind !== 'operator') {
    cursor.fail(token ?? cursor.here(), `expected an operator (${OPERATOR_LIST}), found ${found(token)}`);
  }
  const op = OPERATORS.find((o) => o === token.text);
  if (op) return op;
  const typo = OPERATOR_TYPOS[token.text];
  const note = typo ? ` (did you mean "${typo}"?)` : '';
  cursor.fail(token, `unknown operator "${token.text}"`, [`valid operators: ${OPERATOR_LIST}`], note);
}

/**
 * The number after an operator. In percentage form the decimal point is shifted in the text
 * (`0.1%` is read as `0.1e-2`) rather than divided, so `7%` is exactly the double nearest 0.07.
 */
export function parseThreshold(cursor: Cursor, scale: Scale | 'count', refSpan: Span): Threshold {
  const token = cursor.next();
  if (token?.kind !== 'number') cursor.fail(token ?? cursor.here(), `expected a number, found ${found(token)}`);
  const percent = token.text.endsWith('%');
  const value = percent ? shiftPercent(token.text.slice(0, -1)) : Number(token.text);
  if (!Number.isFinite(value)) cursor.fail(token, `number "${token.text}" is out of range`);
  if (percent && scale === 'amount') {
    cursor.fail(token, 'a percentage needs a share or a count of people', [
      `"${cursor.text.slice(refSpan.start, refSpan.end)}" is an amount: write the number itself`,
    ]);
  }
  return { value, percent, text: token.text };
}

function shiftPercent(text: string): number {
  const [mantissa = '', exponent = '0'] = text.split(/[eE]/);
  return Number(`${mantissa}e${Number(exponent) - 2}`);
}

/** The left-hand side in one canonical spelling, for messages and reports. */
export function refText(ref: Ref): string {
  switch (ref.kind) {
    case 'org':
      return ref.attribute === undefined ? ref.field : `attributes.${ref.attribute}.${ref.field}`;
    case 'aggregate':
      return `${ref.fn}(${scopeText(ref)}.${ref.field})`;
    case 'count': {
      const w = ref.where;
      const inner = w.kind === 'match' ? `${w.field}${w.negate ? '!=' : '='}${w.value}` : `${w.field} ${w.op} ${w.threshold.text}`;
      return `count(${scopeText(ref)}.${inner})`;
    }
  }
}

function scopeText(ref: Exclude<Ref, { kind: 'org' }>): string {
  return ref.attribute === undefined ? ref.scope : `attributes.${ref.attribute}.groups`;
}
