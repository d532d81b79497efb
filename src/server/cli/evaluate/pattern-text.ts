// A pattern in a line of English for the command's table; the JSON carries
// the same figures as numbers, and the web app says them in the user's
// language.
import type { Pattern, Tally } from '../../../contracts/patterns.js';

const WEEKDAYS = ['', 'Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays', 'Sundays'];

const of = (t: Tally, unit: string) => `${t.absent} of ${t.of} ${unit}`;
const percent = (t: Tally) => (t.of === 0 ? '0 %' : `${Math.round((t.absent * 1000) / t.of) / 10} %`);

export function patternText(p: Pattern): string {
  switch (p.kind) {
    case 'weekday':
      return `away on ${WEEKDAYS[p.detail.weekday]}: ${of(p.detail.days, 'days')} (other days ${percent(p.detail.otherDays)})`;
    case 'single-days':
      return `${p.detail.days} single days within ${p.detail.schoolDays} school days, ${p.detail.from} – ${p.detail.to}`;
    case 'lesson-level':
      return `${p.detail.part === 'start' ? 'misses the start of the day' : 'leaves during the day'}: ${of(p.detail.days, 'days')} (lessons in the middle of the day ${percent(p.detail.otherLessons)})`;
    case 'long-absence':
      return `${p.detail.schoolDays} school days in a row, ${p.detail.from} – ${p.detail.to}${p.detail.ongoing ? ', still away' : ''}`;
    case 'subject':
      return `${p.detail.subjectCode}: ${of(p.detail.lessons, 'lessons')} (other subjects ${percent(p.detail.otherLessons)})`;
    case 'teacher':
      return `teacher ${p.detail.teacherId} (${p.detail.subjectCodes.join(', ')}): ${of(p.detail.lessons, 'lessons')} (other teachers ${percent(p.detail.otherLessons)})`;
    case 'after-holidays':
      return `after ${p.detail.holiday.name} (${p.detail.holiday.endsOn}): away ${of(p.detail.after, 'days')} (before it ${percent(p.detail.before)})`;
    case 'rising':
      return `last ${p.detail.recentWeeks} weeks from ${p.detail.from}: away ${of(p.detail.recent, 'days')} (first half of the year, to ${p.detail.earlierTo}: ${percent(p.detail.earlier)})`;
    case 'late-arrivals':
      return `late ${p.detail.days} days within ${p.detail.schoolDays} school days, ${p.detail.from} – ${p.detail.to} (${p.detail.minutes} minutes)`;
  }
}
