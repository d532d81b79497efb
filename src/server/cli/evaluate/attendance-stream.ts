// Reads an attendance CSV of any length with the import format's own parser
// (src/domain/import/attendance.ts), so that the command and the server's
// import agree on what a valid file is. The parser takes a whole text and is
// limited to what an upload may hold, so the file is fed to it in pieces of a
// few thousand records, each behind the header line, and the line numbers it
// reports are moved back to where they are in the file.
//
// A piece only ends between records: a line with an odd number of quotation
// marks opens (or closes) a quoted cell that runs on over the line break.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseAttendanceFile, type AttendanceRow } from '../../../domain/import/attendance.js';
import { problem, type ImportProblem } from '../../../domain/import/problems.js';

/** Records per piece: large enough that the parser's per-call work is spread thin, far below its row limit. */
const PIECE_RECORDS = 5_000;
/** Characters per piece, well below the parser's 5 MB. */
const PIECE_CHARS = 1_000_000;
/** A record this long is taken for a quotation mark that is never closed (or for a file that is not CSV). */
const MAX_RECORD_CHARS = 100_000;

export interface StreamSummary {
  rows: number;
  /** The first problems, in the order found (file problems first, then by line within each piece). */
  problems: ImportProblem[];
  /** All problems, also those not kept. */
  problemCount: number;
  /** The header or the file as a whole is wrong: nothing more could be read. */
  fatal: boolean;
}

const countQuotes = (line: string) => {
  let n = 0;
  for (let i = line.indexOf('"'); i !== -1; i = line.indexOf('"', i + 1)) n++;
  return n;
};

export async function readAttendanceFile(
  path: string,
  /** Each valid row and its line in the file (the row's own `line` is the line in its piece). */
  onRow: (row: AttendanceRow, line: number) => void,
  keepProblems = 100,
): Promise<StreamSummary> {
  const summary: StreamSummary = { rows: 0, problems: [], problemCount: 0, fatal: false };
  const report = (p: ImportProblem) => {
    summary.problemCount++;
    if (summary.problems.length < keepProblems) summary.problems.push(p);
  };

  let header: string | null = null;
  let headerLine = 0;
  let piece: string[] = [];
  let pieceFirstLine = 0;
  let pieceChars = 0;
  let pieceRecords = 0;
  let inQuote = false;
  let recordStart = 0;
  let recordChars = 0;

  /** Parses the piece; false when the file cannot be read further. */
  const flush = (): boolean => {
    if (piece.length === 0 || header === null) return true;
    const firstLine = pieceFirstLine;
    // Line 1 of the piece is the header; line 2 is the piece's first line in the file.
    const fileLine = (line: number) => (line === 1 ? headerLine : firstLine + line - 2);
    const parsed = parseAttendanceFile(`${header}\n${piece.join('\n')}`);
    piece = [];
    pieceChars = 0;
    pieceRecords = 0;
    let fatal = false;
    for (const p of parsed.problems) {
      // A piece of nothing but empty lines has no rows; the file as a whole is judged at the end.
      if (p.reason === 'file.noRows') continue;
      const params = p.reason === 'row.duplicateMark' && typeof p.params.line === 'number' ? { ...p.params, line: fileLine(p.params.line) } : p.params;
      report({ ...p, line: p.line === null ? null : fileLine(p.line), params });
      if (p.reason.startsWith('file.')) fatal = true;
    }
    for (const row of parsed.rows) {
      summary.rows++;
      onRow(row, fileLine(row.line));
    }
    return !fatal;
  };

  const input = createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  try {
    for await (const raw of lines) {
      lineNumber++;
      const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (header === null) {
        if (line.trim() === '') continue;
        header = line;
        headerLine = lineNumber;
        continue;
      }
      if (piece.length === 0) pieceFirstLine = lineNumber;
      piece.push(line);
      pieceChars += line.length + 1;
      if (!inQuote) {
        recordStart = lineNumber;
        recordChars = 0;
      }
      recordChars += line.length + 1;
      if (countQuotes(line) % 2 === 1) inQuote = !inQuote;
      // No attendance row is this long: an unclosed quotation mark, or not a CSV file at all.
      if (recordChars > MAX_RECORD_CHARS) {
        report(problem(recordStart, null, inQuote ? 'file.quoteNotClosed' : 'file.unreadable'));
        summary.fatal = true;
        return summary;
      }
      if (!inQuote) pieceRecords++;
      if (!inQuote && (pieceRecords >= PIECE_RECORDS || pieceChars >= PIECE_CHARS) && !flush()) {
        summary.fatal = true;
        return summary;
      }
    }
    if (header === null) {
      report(problem(null, null, 'file.empty'));
      summary.fatal = true;
      return summary;
    }
    if (inQuote) {
      // The last record opens a quoted cell that never closes. Said here, at the line it starts on: the
      // parser would count from the start of the piece. The records before it are still checked.
      piece.splice(piece.length - (lineNumber - recordStart + 1));
      flush();
      report(problem(recordStart, null, 'file.quoteNotClosed'));
      summary.fatal = true;
      return summary;
    }
    if (!flush()) {
      summary.fatal = true;
      return summary;
    }
    if (summary.rows === 0 && summary.problemCount === 0) {
      // A header and nothing else: the parser says whether the header is right ("no rows" if it is).
      for (const p of parseAttendanceFile(header).problems) report({ ...p, line: p.line === null ? null : headerLine });
    }
    return summary;
  } finally {
    lines.close();
    input.destroy();
  }
}
