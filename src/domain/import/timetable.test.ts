import { describe, expect, it } from 'vitest';
import { parseTimetableFile } from './timetable.js';

describe('the timetable file', () => {
  it('reads lessons, with or without times, teacher and subject name', () => {
    const file = parseTimetableFile(
      'Date;Period;Start;End;Group;Subject;Subject name;Teacher\n23.11.2026;1;08:30;09:15;8A;NOR;;tone@skole.no\n2026-11-23;2;;;8A;KRO;Kroppsøving;\n',
    );
    expect(file.problems).toEqual([]);
    expect(file.rows).toEqual([
      { line: 2, date: '2026-11-23', period: 1, startsAt: '08:30', endsAt: '09:15', groupName: '8A', subjectCode: 'NOR', subjectName: null, teacherEmail: 'tone@skole.no' },
      { line: 3, date: '2026-11-23', period: 2, startsAt: null, endsAt: null, groupName: '8A', subjectCode: 'KRO', subjectName: 'Kroppsøving', teacherEmail: null },
    ]);
  });

  it('refuses two lessons for one group in one period', () => {
    const file = parseTimetableFile('date,period,group,subject\n2026-11-23,1,8A,NOR\n2026-11-23,1,8a,MAT\n');
    expect(file.problems).toEqual([{ line: 3, column: 'group', reason: 'row.duplicateLesson', params: { line: 2 } }]);
  });
});
