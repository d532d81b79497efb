// The attendance file: one row per pupil per lesson, as Norwegian school
// systems export it. Read here without a database, so that the server and the
// command-line tool agree on what a valid file is; matching rows to pupils
// and lessons happens on the server.
import { ATTENDANCE_COLUMNS } from './columns.js';
import { readCsv } from './csv.js';
import { readStartEnd } from './periods.js';
import { sortProblems, type ParsedFile } from './problems.js';
import { FirstSeen, RowReader } from './row-reader.js';
import {
  readDate,
  readDocumentation,
  readEmail,
  readMinutesLate,
  readPeriod,
  readStatus,
  type Documentation,
  type MarkStatus,
} from './values.js';

export interface AttendanceRow {
  line: number;
  /** The pupil's id in the source system (pupils.external_id). */
  pupil: string;
  date: string;
  period: number;
  subjectCode: string;
  /** Lower case; null when the cell is empty. Used for lessons the import creates. */
  teacherEmail: string | null;
  status: MarkStatus;
  /** Only absence (F) and late arrival (S) carry documentation; the rest are undocumented. */
  documentation: Documentation;
  /** Set for S only. */
  minutesLate: number | null;
  startsAt: string | null;
  endsAt: string | null;
}

function readRow(row: RowReader): AttendanceRow | null {
  const pupil = row.text('pupil', { required: true, max: 100 });
  const date = row.value('date', readDate, { required: true });
  const period = row.value('period', readPeriod, { required: true });
  const subjectCode = row.text('subject', { required: true, max: 50 });
  const teacherEmail = row.value('teacher', readEmail);
  const status = row.value('status', readStatus, { required: true });
  const documentation = row.value('documentation', readDocumentation) ?? 'undocumented';
  const minutesLate = row.value('minutes_late', readMinutesLate);
  const { startsAt, endsAt } = readStartEnd(row);

  if (status === 'S' && !row.has('minutes_late')) row.report('minutes_late', 'row.minutesLateRequired', { max: 240 });
  if (status !== null && status !== 'S' && row.has('minutes_late')) row.report('minutes_late', 'row.minutesLateOnlyWhenLate');
  // Documentation describes an absence; on a present pupil it would be a mistake in the export.
  if ((status === 'M' || status === 'O') && documentation !== 'undocumented') {
    row.report('documentation', 'row.documentationOnlyWhenAbsent', { status });
  }
  if (row.failed || pupil === null || date === null || period === null || subjectCode === null || status === null) return null;
  return {
    line: row.line,
    pupil,
    date,
    period,
    subjectCode,
    teacherEmail,
    status,
    documentation,
    minutesLate: status === 'S' ? minutesLate : null,
    startsAt,
    endsAt,
  };
}

/** Reads an attendance file: typed rows for the valid ones, every problem of the others. */
export function parseAttendanceFile(text: string): ParsedFile<AttendanceRow> {
  const csv = readCsv(text, ATTENDANCE_COLUMNS);
  const problems = [...csv.problems];
  const rows: AttendanceRow[] = [];
  // A pupil sits in one lesson per period: two rows for the same period contradict each other.
  const lessons = new FirstSeen<null>();
  for (const record of csv.records) {
    const reader = new RowReader(record);
    const row = readRow(reader);
    problems.push(...reader.problems);
    if (!row) continue;
    const earlier = lessons.check(`${row.pupil}\u0000${row.date}\u0000${row.period}`, row.line, null);
    if (earlier) {
      problems.push({ line: row.line, column: 'pupil', reason: 'row.duplicateMark', params: { line: earlier.line } });
      continue;
    }
    rows.push(row);
  }
  return { rows, problems: sortProblems(problems) };
}
