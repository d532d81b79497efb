// The timetable file: one row per lesson (a group, a day, a period).
import { TIMETABLE_COLUMNS } from './columns.js';
import { readCsv } from './csv.js';
import { readStartEnd } from './periods.js';
import { problem, sortProblems, type ParsedFile } from './problems.js';
import { FirstSeen, RowReader } from './row-reader.js';
import { readDate, readEmail, readPeriod } from './values.js';

export interface TimetableRow {
  line: number;
  date: string;
  period: number;
  startsAt: string | null;
  endsAt: string | null;
  /** A class or teaching group of the school year, by name. */
  groupName: string;
  subjectCode: string;
  /** Creates the subject when its code is new; ignored for a subject the school has. */
  subjectName: string | null;
  teacherEmail: string | null;
}

function readRow(row: RowReader): TimetableRow | null {
  const date = row.value('date', readDate, { required: true });
  const period = row.value('period', readPeriod, { required: true });
  const { startsAt, endsAt } = readStartEnd(row);
  const groupName = row.text('group', { required: true, max: 50 });
  const subjectCode = row.text('subject', { required: true, max: 50 });
  const subjectName = row.text('subject_name', { max: 100 });
  const teacherEmail = row.value('teacher', readEmail);
  if (row.failed || date === null || period === null || groupName === null || subjectCode === null) return null;
  return { line: row.line, date, period, startsAt, endsAt, groupName, subjectCode, subjectName, teacherEmail };
}

/** Reads a timetable file: typed rows for the valid ones, every problem of the others. */
export function parseTimetableFile(text: string): ParsedFile<TimetableRow> {
  const csv = readCsv(text, TIMETABLE_COLUMNS);
  const problems = [...csv.problems];
  const rows: TimetableRow[] = [];
  // A group has one lesson per period (the database's own unique key).
  const lessons = new FirstSeen<null>();
  for (const record of csv.records) {
    const reader = new RowReader(record);
    const row = readRow(reader);
    problems.push(...reader.problems);
    if (!row) continue;
    const earlier = lessons.check(`${row.groupName.toLowerCase()}\u0000${row.date}\u0000${row.period}`, row.line, null);
    if (earlier) {
      problems.push(problem(row.line, 'group', 'row.duplicateLesson', { line: earlier.line }));
      continue;
    }
    rows.push(row);
  }
  return { rows, problems: sortProblems(problems) };
}
