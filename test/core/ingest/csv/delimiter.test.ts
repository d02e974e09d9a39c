import { describe, expect, it } from 'vitest';
import { detectDelimiter, normalizeDelimiter } from '../../../../src/core/ingest/csv/delimiter.js';
import { UsageError } from '../../../../src/core/base/errors.js';

describe('detectDelimiter', () => {
  it.each([
    ['source,target,weight', ','],
    ['origen;destino;peso', ';'],
    ['from\tto\tcount', '\t'],
    ['sender|recipient|frequency', '|'],
    ['source', ','],
    ['"a;b";"c,d";e', ';'],
    ['"x,y,z",w;v;u', ';'],
    ['a,b;c', ','],
  ])('%j → %j', (header, expected) => {
    expect(detectDelimiter(header)).toBe(expected);
  });
});

describe('normalizeDelimiter', () => {
  it('accepts one character and the words for tab', () => {
    expect(normalizeDelimiter(';')).toBe(';');
    expect(normalizeDelimiter('tab')).toBe('\t');
    expect(normalizeDelimiter('\\t')).toBe('\t');
    expect(normalizeDelimiter('\t')).toBe('\t');
  });

  it.each(['', ';;', '"', '\n'])('refuses %j', (value) => {
    expect(() => normalizeDelimiter(value)).toThrow(UsageError);
  });
});
