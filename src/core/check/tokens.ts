/**
 * The words of a `check` rule: names (`people.activity.activityRate`, `one-way`), numbers
 * (`-0.5`, `2%`, `1e-3`), comparison operators and parentheses. Each token keeps its
 * position so an error can point at it. Whitespace separates tokens and is otherwise ignored.
 */

type TokenKind = 'name' | 'number' | 'operator' | 'open' | 'close' | 'unknown';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Offset of the first character in the rule (0-based). */
  start: number;
  end: number;
}

/**
 * Names start with a letter and may hold dots (field paths) and hyphens (role names).
 * Operators are read greedily over `<>=!`, so a typo such as `=<` stays one token that an
 * error message can quote whole.
 */
const PATTERNS: readonly [TokenKind, RegExp][] = [
  ['name', /[\p{L}_][\p{L}\p{N}_.-]*/uy],
  ['number', /[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?%?/y],
  ['operator', /[<>=!]+/y],
  ['open', /\(/y],
  ['close', /\)/y],
];

const SPACE = /\s+/y;

function readToken(text: string, at: number): Token {
  for (const [kind, pattern] of PATTERNS) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match) return { kind, text: match[0], start: at, end: at + match[0].length };
  }
  const char = String.fromCodePoint(text.codePointAt(at) ?? 0);
  return { kind: 'unknown', text: char, start: at, end: at + char.length };
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    SPACE.lastIndex = at;
    if (SPACE.exec(text)) {
      at = SPACE.lastIndex;
      continue;
    }
    const token = readToken(text, at);
    tokens.push(token);
    at = token.end;
  }
  return tokens;
}
