// The three files a school can import, read by one entry point.
import { parseAttendanceFile, type AttendanceRow } from './attendance.js';
import type { ParsedFile } from './problems.js';
import { parseRosterFile, type RosterRow } from './roster.js';
import { parseTimetableFile, type TimetableRow } from './timetable.js';
import type { ImportKind } from '../../contracts/imports.js';

export type ParsedImport =
  | { kind: 'roster'; file: ParsedFile<RosterRow> }
  | { kind: 'timetable'; file: ParsedFile<TimetableRow> }
  | { kind: 'attendance'; file: ParsedFile<AttendanceRow> };

export function parseImportFile(kind: ImportKind, text: string): ParsedImport {
  switch (kind) {
    case 'roster':
      return { kind, file: parseRosterFile(text) };
    case 'timetable':
      return { kind, file: parseTimetableFile(text) };
    case 'attendance':
      return { kind, file: parseAttendanceFile(text) };
  }
}
