import { describe, expect, it } from 'vitest';
import { parseAttendanceFile } from './attendance.js';

const header = 'pupil,date,period,subject,teacher,status,documentation,minutes_late';

describe('the attendance file', () => {
  it('reads valid rows into typed marks', () => {
    const file = parseAttendanceFile(
      `${header},start,end\nE1,2026-11-23,1,NOR,tone@skole.no,F,meldt,,,\nE2,2026-11-23,1,NOR,,S,,7,08:30,09:15\nE3,2026-11-23,1,NOR,,m,,,,\n`,
    );
    expect(file.problems).toEqual([]);
    expect(file.rows).toEqual([
      { line: 2, pupil: 'E1', date: '2026-11-23', period: 1, subjectCode: 'NOR', teacherEmail: 'tone@skole.no', status: 'F', documentation: 'reported', minutesLate: null, startsAt: null, endsAt: null },
      { line: 3, pupil: 'E2', date: '2026-11-23', period: 1, subjectCode: 'NOR', teacherEmail: null, status: 'S', documentation: 'undocumented', minutesLate: 7, startsAt: '08:30', endsAt: '09:15' },
      { line: 4, pupil: 'E3', date: '2026-11-23', period: 1, subjectCode: 'NOR', teacherEmail: null, status: 'M', documentation: 'undocumented', minutesLate: null, startsAt: null, endsAt: null },
    ]);
  });

  it("reads a Norwegian Excel file: byte order mark, ';' and DD.MM.YYYY", () => {
    const file = parseAttendanceFile(`\uFEFF${header.replaceAll(',', ';')}\r\nE1;23.11.2026;2;MAT;;F;dokumentert;\r\n`);
    expect(file.problems).toEqual([]);
    expect(file.rows[0]).toMatchObject({ line: 2, date: '2026-11-23', period: 2, status: 'F', documentation: 'documented' });
  });

  it('lists every problem with its line and column', () => {
    const file = parseAttendanceFile(
      [
        header,
        'E1,2026-11-23,1,NOR,,X,,',
        'E2,31.11.2026,1,NOR,,F,,',
        'E3,2026-11-23,1,NOR,,S,,many',
        'E4,2026-11-23,1,NOR,,S,,',
        'E5,2026-11-23,1,NOR,,F,,5',
        'E6,2026-11-23,1,NOR,,M,meldt,',
        ',2026-11-23,0,NOR,kari,F,kanskje,',
        'E1,2026-11-23,2,NOR,,F,,',
        'E1,2026-11-23,2,MAT,,F,,',
      ].join('\n'),
    );
    expect(file.rows.map((r) => r.line)).toEqual([9]);
    expect(file.problems).toEqual([
      { line: 2, column: 'status', reason: 'row.badStatus', params: { value: 'X' } },
      { line: 3, column: 'date', reason: 'row.badDate', params: { value: '31.11.2026' } },
      { line: 4, column: 'minutes_late', reason: 'row.badMinutesLate', params: { value: 'many', min: 1, max: 240 } },
      { line: 5, column: 'minutes_late', reason: 'row.minutesLateRequired', params: { max: 240 } },
      { line: 6, column: 'minutes_late', reason: 'row.minutesLateOnlyWhenLate', params: {} },
      { line: 7, column: 'documentation', reason: 'row.documentationOnlyWhenAbsent', params: { status: 'M' } },
      { line: 8, column: 'pupil', reason: 'row.required', params: {} },
      { line: 8, column: 'period', reason: 'row.badPeriod', params: { value: '0', min: 1, max: 16 } },
      { line: 8, column: 'teacher', reason: 'row.badEmail', params: { value: 'kari' } },
      { line: 8, column: 'documentation', reason: 'row.badDocumentation', params: { value: 'kanskje' } },
      { line: 10, column: 'pupil', reason: 'row.duplicateMark', params: { line: 9 } },
    ]);
  });

  it('names a missing column and reads no rows', () => {
    const file = parseAttendanceFile('pupil;date;period;subject;teacher;documentation;minutes_late\nE1;2026-11-23;1;NOR;;;\n');
    expect(file.rows).toEqual([]);
    expect(file.problems).toEqual([{ line: 1, column: 'status', reason: 'file.missingColumn', params: { column: 'status' } }]);
  });

  it('wants start and end together, end after start', () => {
    const file = parseAttendanceFile(`${header},start,end\nE1,2026-11-23,1,NOR,,M,,,08:15,\nE2,2026-11-23,1,NOR,,M,,,09:00,08:15\n`);
    expect(file.problems).toEqual([
      { line: 2, column: 'end', reason: 'row.startAndEndTogether', params: {} },
      { line: 3, column: 'end', reason: 'row.endBeforeStart', params: { start: '09:00', end: '08:15' } },
    ]);
  });
});
