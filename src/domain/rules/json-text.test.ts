import { describe, expect, it } from 'vitest';
import { readJsonText } from './json-text.js';

const error = (text: string) => {
  const read = readJsonText(text);
  return read.ok ? null : { line: read.line, column: read.column, reason: read.reason };
};

describe('reading JSON written by hand', () => {
  it('reads valid JSON, with or without a byte order mark', () => {
    expect(readJsonText('\uFEFF{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it('points at the first mistake by line and column', () => {
    expect(error('{\n  "a": 1,\n}')).toEqual({ line: 3, column: 1, reason: "a ',' before '}' is not allowed in JSON" });
    expect(error('{\n  "a": tru\n}')).toEqual({ line: 2, column: 8, reason: expect.stringContaining('expected a value') });
    expect(error('{"a": 1 "b": 2}')).toEqual({ line: 1, column: 9, reason: "expected ',' or '}', found '\"'" });
    expect(error("{'a': 1}")).toEqual({ line: 1, column: 2, reason: expect.stringContaining('field name in double quotes') });
    expect(error('{"a": "open')).toEqual({ line: 1, column: 7, reason: 'a text in double quotes is never closed' });
    expect(error('')).toEqual({ line: 1, column: 1, reason: expect.stringContaining('found the end of the file') });
    expect(error('{} {}')).toEqual({ line: 1, column: 4, reason: expect.stringContaining('expected the end of the file') });
  });
});
