import { describe, expect, it } from 'vitest';
import { norwegianSchoolYear } from '../school-calendar.js';
import { DEFAULT_DOCUMENTATION_DEADLINE } from './deadlines.js';
import { subjectLimitStatus } from './limit.js';
import { buildDocumentationReminder, documentableAbsences } from './reminders.js';
import { absent, documented, limitInput, reported } from './test-support.js';

const CALENDAR = norwegianSchoolYear(2026);

describe('absence that can still be documented', () => {
  it('is the counted absence without documentation whose deadline has not run out', () => {
    // Lessons on 1 and 2 September; ten school days later is 15 and 16 September.
    const marks = [...absent(8), ...absent(4, {}, 8), ...absent(2, documented('legal_appearance'), 12)];
    const status = subjectLimitStatus(limitInput(marks, { asOf: '2026-09-15' }));
    const open = documentableAbsences(status, '2026-09-15', DEFAULT_DOCUMENTATION_DEADLINE, CALENDAR);
    expect(open).toHaveLength(12);
    expect(open[0]).toMatchObject({ date: '2026-09-01', deadline: '2026-09-15' });
    expect(documentableAbsences(status, '2026-09-16', DEFAULT_DOCUMENTATION_DEADLINE, CALENDAR).map((a) => a.date)).toEqual(['2026-09-02', '2026-09-02', '2026-09-02', '2026-09-02']);
  });

  it('includes a self-report given after 10 % was reached: only health personnel\'s documentation helps then', () => {
    const status = subjectLimitStatus(limitInput([...absent(10, reported('health_self_reported')), ...absent(1, reported('health_self_reported'), 10)], { asOf: '2026-09-03' }));
    const open = documentableAbsences(status, '2026-09-03', DEFAULT_DOCUMENTATION_DEADLINE, CALENDAR);
    expect(open).toHaveLength(1);
    expect(open[0]?.selfReportNoLongerEnough).toBe(true);
  });

  it('makes a reminder that lists the lessons with their deadlines and the hours left', () => {
    const status = subjectLimitStatus(limitInput(absent(3), { asOf: '2026-09-02' }));
    const open = documentableAbsences(status, '2026-09-02', DEFAULT_DOCUMENTATION_DEADLINE, CALENDAR);
    const reminder = buildDocumentationReminder([{ name: 'Norsk', status, documentable: open }], 'nb');
    expect(reminder.title).toBe('Fravær som kan dokumenteres');
    expect(reminder.blocks).toContainEqual({ kind: 'paragraph', text: 'I Norsk er det 5,3 timer igjen før grensen på 10 prosent.' });
    expect(reminder.blocks).toContainEqual(expect.objectContaining({ kind: 'table', rows: [['1. september 2026, time 1', '15. september 2026'], ['1. september 2026, time 2', '15. september 2026'], ['1. september 2026, time 3', '15. september 2026']] }));
  });
});
