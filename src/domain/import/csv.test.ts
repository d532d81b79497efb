import { describe, expect, it } from 'vitest';
import { detectSeparator, normaliseColumnName, readCsv } from './csv.js';

const spec = { required: ['pupil', 'status'], optional: ['note'] };

describe('reading a CSV file', () => {
  it('reads a comma-separated file with the line of each record', () => {
    const csv = readCsv('pupil,status\nA1,M\nA2,F\n', spec);
    expect(csv.problems).toEqual([]);
    expect(csv.records).toEqual([
      { line: 2, cells: { pupil: 'A1', status: 'M' } },
      { line: 3, cells: { pupil: 'A2', status: 'F' } },
    ]);
  });

  it("reads Norwegian Excel's semicolons, byte order mark and CRLF line ends", () => {
    const csv = readCsv('\uFEFFPupil;Status\r\nA1;M\r\n\r\nA2;F', spec);
    expect(csv.problems).toEqual([]);
    expect(csv.records.map((r) => [r.line, r.cells.pupil])).toEqual([
      [2, 'A1'],
      [4, 'A2'],
    ]);
  });

  it('takes header names without regard to case or spacing, and keeps commas inside quotes', () => {
    const csv = readCsv('PUPIL, Status ,Note\nA1,M,"Kom sent, buss"\n', spec);
    expect(csv.records[0]?.cells).toEqual({ pupil: 'A1', status: 'M', note: 'Kom sent, buss' });
    expect(normaliseColumnName(' Given name ')).toBe('given_name');
  });

  it('gives the first line of a record whose quoted cell spans lines', () => {
    const csv = readCsv('pupil,status,note\nA1,M,"one\ntwo"\nA2,F,\n', spec);
    expect(csv.records.map((r) => r.line)).toEqual([2, 4]);
  });

  it('skips empty lines and rows of separators only', () => {
    const csv = readCsv('pupil;status\n\n;\nA1;M\n', spec);
    expect(csv.records.map((r) => r.line)).toEqual([4]);
  });

  it('names a missing, unknown or repeated column on the header line and reads no rows', () => {
    const csv = readCsv('\n pupil,pupil,colour\nA1,A1,red\n', spec);
    expect(csv.records).toEqual([]);
    expect(csv.problems).toEqual([
      { line: 2, column: 'pupil', reason: 'file.duplicateColumn', params: { column: 'pupil' } },
      { line: 2, column: 'colour', reason: 'file.unknownColumn', params: { column: 'colour' } },
      { line: 2, column: 'status', reason: 'file.missingColumn', params: { column: 'status' } },
    ]);
  });

  it('reports a row with too few or too many cells', () => {
    const csv = readCsv('pupil,status\nA1\nA2,M,x\nA3,M\n', spec);
    expect(csv.records.map((r) => r.line)).toEqual([4]);
    expect(csv.problems).toEqual([
      { line: 2, column: null, reason: 'row.fieldCount', params: { expected: 2, found: 1 } },
      { line: 3, column: null, reason: 'row.fieldCount', params: { expected: 2, found: 3 } },
    ]);
  });

  it('stops at an unclosed quote with its line', () => {
    const csv = readCsv('pupil,status\nA1,M\nA2,"F\n', spec);
    expect(csv.problems).toEqual([{ line: 3, column: null, reason: 'file.quoteNotClosed', params: {} }]);
  });

  it('refuses an empty file, a header without rows, and files over the limits', () => {
    expect(readCsv(' \n', spec).problems[0]?.reason).toBe('file.empty');
    expect(readCsv('pupil,status\n', spec).problems[0]?.reason).toBe('file.noRows');
    expect(readCsv('pupil,status\nA1,M\nA2,M\nA3,M\n', spec, { maxBytes: 1000, maxRows: 2 }).problems).toEqual([
      { line: null, column: null, reason: 'file.tooManyRows', params: { maxRows: 2 } },
    ]);
    expect(readCsv('pupil,status\nA1,M\n', spec, { maxBytes: 10, maxRows: 2 }).problems[0]?.reason).toBe('file.tooLarge');
  });

  it('counts bytes, not characters, against the size limit', () => {
    const text = `pupil,status\n${'Æ'.repeat(10)},M\n`;
    expect(readCsv(text, spec, { maxBytes: text.length + 5, maxRows: 10 }).problems[0]?.reason).toBe('file.tooLarge');
  });

  it('picks the separator the header line uses most', () => {
    expect(detectSeparator('a;b;c')).toBe(';');
    expect(detectSeparator('a,b,c')).toBe(',');
    expect(detectSeparator('"a;b",c')).toBe(',');
  });
});

describe('line numbers', () => {
  it('point at the line where an unclosed quote opened, even with many lines after it', () => {
    const csv = readCsv('pupil,status\nÆ1,M\n\nA2,"F\nA3,M\nA4,M\n', spec);
    expect(csv.problems).toEqual([{ line: 4, column: null, reason: 'file.quoteNotClosed', params: {} }]);
  });

  it('count empty lines and multi-line cells before a record', () => {
    const csv = readCsv('pupil,status,note\n\n\nA1,M,"a\nb\nc"\n\nA2,F,\nA3,M,"x\ny"', spec);
    expect(csv.records.map((r) => r.line)).toEqual([4, 8, 9]);
  });
});
