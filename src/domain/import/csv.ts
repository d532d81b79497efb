// Reading an import file's text into records with their line numbers. Pure:
// the caller hands over the text (a browser's FileReader, a request body, a
// file read by the command-line tool) and gets records or problems back.
//
// What a school's file looks like in practice, and why each step is here:
// - Norwegian Excel saves "CSV" with ';' between fields (',' is the decimal
//   sign); other systems write ','. The header line decides which.
// - Excel adds a byte order mark to UTF-8 files; other tools do not.
// - Windows line ends (CRLF) or old Mac ones (CR): made '\n' before parsing,
//   so that line numbers count as the user's editor counts them.
// - Header names differ in case and spacing ("Given name", "GIVEN_NAME").
// - Rows of nothing but separators (";;;;") are what Excel leaves after
//   deleted rows: skipped like empty lines.
import { CsvError, parse, type InfoRecord } from 'csv-parse/sync';
import type { CsvSpec } from './columns.js';
import { problem, type ImportProblem } from './problems.js';

export const IMPORT_LIMITS = {
  /** UTF-8 bytes of the file. */
  maxBytes: 5 * 1024 * 1024,
  /** Data rows, header not counted. */
  maxRows: 50_000,
} as const;

export interface CsvRecord {
  /** The line the record starts on (a quoted cell may span lines). */
  line: number;
  /** Every known column present in the header, trimmed; '' for an empty cell. */
  cells: Readonly<Record<string, string>>;
}

export interface CsvContent {
  records: CsvRecord[];
  /** The known columns the header has. */
  columns: ReadonlySet<string>;
  problems: ImportProblem[];
}

/** "Given name", "GIVEN-NAME" and " given_name " all mean given_name. */
export const normaliseColumnName = (name: string) => name.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** ';' when the header line has more of them than of ',' (quoted text not counted). */
export function detectSeparator(headerLine: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ';') semicolons++;
    else if (!quoted && char === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** The first non-empty line at or after a byte offset (csv-parse counts UTF-8 bytes). */
function lineAtByte(text: string, lines: readonly string[], offset: number): number {
  const bytes = new TextEncoder().encode(text).subarray(0, offset);
  let index = bytes.reduce((count, byte) => (byte === 0x0a ? count + 1 : count), 0);
  while (index < lines.length - 1 && (lines[index] ?? '').trim() === '') index++;
  return index + 1;
}

const fatal = (p: ImportProblem): CsvContent => ({ records: [], columns: new Set(), problems: [p] });

const CSV_ERRORS: Partial<Record<string, ImportProblem['reason']>> = {
  CSV_QUOTE_NOT_CLOSED: 'file.quoteNotClosed',
  INVALID_OPENING_QUOTE: 'file.badQuote',
  CSV_INVALID_CLOSING_QUOTE: 'file.badQuote',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'file.badQuote',
};

interface ParsedRecord {
  record: Record<string, string>;
  info: InfoRecord;
  raw: string;
}

export function readCsv(text: string, spec: CsvSpec, limits: { maxBytes: number; maxRows: number } = IMPORT_LIMITS): CsvContent {
  if (utf8Length(text) > limits.maxBytes) {
    return fatal(problem(null, null, 'file.tooLarge', { maxMegabytes: Math.round(limits.maxBytes / (1024 * 1024)) }));
  }
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (normalised.trim() === '') return fatal(problem(null, null, 'file.empty'));

  const lines = normalised.split('\n');
  const headerIndex = lines.findIndex((line) => line.trim() !== '');
  const headerLineNumber = headerIndex + 1;
  const known = new Set([...spec.required, ...spec.optional]);
  const headerProblems: ImportProblem[] = [];
  const present = new Set<string>();
  let headerLength = 0;

  const columns = (header: string[]) => {
    headerLength = header.length;
    return header.map((raw) => {
      const name = normaliseColumnName(raw);
      if (name === '' && header.length > 1) return false; // a trailing separator after the last name
      if (!known.has(name)) {
        headerProblems.push(problem(headerLineNumber, raw.trim(), 'file.unknownColumn', { column: raw.trim() }));
        return false;
      }
      if (present.has(name)) {
        headerProblems.push(problem(headerLineNumber, name, 'file.duplicateColumn', { column: name }));
        return false;
      }
      present.add(name);
      return name;
    });
  };

  let parsed: ParsedRecord[];
  try {
    parsed = parse<ParsedRecord>(normalised, {
      columns,
      delimiter: detectSeparator(lines[headerIndex] ?? ''),
      info: true,
      raw: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      // One record past the limit is enough to know the file is too long.
      to: limits.maxRows + 1,
    });
  } catch (error) {
    if (error instanceof CsvError) {
      const reason = CSV_ERRORS[error.code] ?? 'file.unreadable';
      // An unclosed quote runs to the end of the file: the line to fix is where the record began.
      const line =
        reason === 'file.quoteNotClosed' && typeof error.bytes_records === 'number'
          ? lineAtByte(normalised, lines, error.bytes_records)
          : typeof error.lines === 'number'
            ? error.lines
            : null;
      return fatal(problem(line, null, reason));
    }
    throw error;
  }

  for (const name of spec.required) {
    if (!present.has(name)) headerProblems.push(problem(headerLineNumber, name, 'file.missingColumn', { column: name }));
  }
  // Rows cannot be read against a header that is wrong: fix the header first.
  if (headerProblems.length > 0) return { records: [], columns: present, problems: headerProblems };
  if (parsed.length > limits.maxRows) {
    return fatal(problem(null, null, 'file.tooManyRows', { maxRows: limits.maxRows }));
  }

  const records: CsvRecord[] = [];
  const problems: ImportProblem[] = [];
  for (const { record, info, raw } of parsed) {
    // info.lines is the line the record ends on; a quoted cell with line breaks
    // starts earlier. The raw text carries the skipped empty lines before it and
    // its own line end, neither of which is inside the record.
    const inner = raw.replace(/^\n+/, '').replace(/\n$/, '');
    const line = info.lines - (inner.match(/\n/g)?.length ?? 0);
    const cells: Record<string, string> = {};
    for (const name of present) cells[name] = record[name] ?? '';
    if (Object.values(cells).every((value) => value === '') && info.index <= headerLength) continue;
    if (info.index !== headerLength) {
      problems.push(problem(line, null, 'row.fieldCount', { expected: headerLength, found: info.index }));
      continue;
    }
    records.push({ line, cells });
  }
  if (records.length === 0 && problems.length === 0) return fatal(problem(null, null, 'file.noRows'));
  return { records, columns: present, problems };
}
