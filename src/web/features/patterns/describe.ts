// A pattern in words: a title and a sentence with its figures, in the user's
// language. The figures come from the pattern's detail; every share is said
// with what it is a share of.
import type { Pattern, Tally } from '../../../contracts/patterns';
import type { Formatter } from '../figures/format';
import type { PatternsT } from './use-patterns-i18n';

export interface PatternWords {
  title: string;
  text: string;
}

const share = (t: Tally, fmt: Formatter) => fmt.percent(t.of === 0 ? 0 : (t.absent * 100) / t.of);

/** Strong from half beyond the usual level, clear from a quarter. */
export function strengthWord(strength: number): 'strong' | 'clear' | 'weak' {
  return strength >= 0.5 ? 'strong' : strength >= 0.25 ? 'clear' : 'weak';
}

export function describePattern(p: Pattern, tp: PatternsT, fmt: Formatter, teacherName: (id: string) => string | undefined): PatternWords {
  const n = fmt.integer;
  switch (p.kind) {
    case 'weekday': {
      const weekdays = tp(`weekdaysPlural.${p.detail.weekday}`);
      return {
        title: tp('pattern.weekday.title', { weekdays }),
        text: tp('pattern.weekday.text', { absent: n(p.detail.days.absent), of: n(p.detail.days.of), weekdays, usual: share(p.detail.otherDays, fmt) }),
      };
    }
    case 'single-days':
      return {
        title: tp('pattern.singleDays.title'),
        text: tp('pattern.singleDays.text', { days: n(p.detail.days), schoolDays: n(p.detail.schoolDays), from: fmt.date(p.detail.from), to: fmt.date(p.detail.to) }),
      };
    case 'lesson-level':
      return {
        title: tp(`pattern.lessonLevel.${p.detail.part}.title`),
        text: tp(`pattern.lessonLevel.${p.detail.part}.text`, { absent: n(p.detail.days.absent), of: n(p.detail.days.of), usual: share(p.detail.otherLessons, fmt) }),
      };
    case 'long-absence': {
      const text = tp('pattern.longAbsence.text', { schoolDays: n(p.detail.schoolDays), from: fmt.date(p.detail.from), to: fmt.date(p.detail.to) });
      return { title: tp('pattern.longAbsence.title'), text: p.detail.ongoing ? `${text} ${tp('pattern.longAbsence.ongoing')}` : text };
    }
    case 'subject': {
      const subject = p.detail.subjectName ?? p.detail.subjectCode;
      return {
        title: tp('pattern.subject.title', { subject }),
        text: tp('pattern.subject.text', { absent: n(p.detail.lessons.absent), of: n(p.detail.lessons.of), usual: share(p.detail.otherLessons, fmt) }),
      };
    }
    case 'teacher': {
      const teacher = teacherName(p.detail.teacherId) ?? tp('pattern.teacher.unknown');
      return {
        title: tp('pattern.teacher.title', { teacher }),
        text: tp('pattern.teacher.text', {
          absent: n(p.detail.lessons.absent),
          of: n(p.detail.lessons.of),
          subjects: p.detail.subjectCodes.join(', '),
          usual: share(p.detail.otherLessons, fmt),
        }),
      };
    }
    case 'after-holidays': {
      const { holiday, after, before } = p.detail;
      const known = ['autumn_break', 'christmas', 'winter_break', 'easter'].includes(holiday.kind);
      const name = known ? tp(`holidayAfter.${holiday.kind}`) : holiday.name;
      return {
        title: tp('pattern.afterHolidays.title', { holiday: name }),
        text: tp('pattern.afterHolidays.text', { after: n(after.absent), afterOf: n(after.of), before: n(before.absent), beforeOf: n(before.of) }),
      };
    }
    case 'rising': {
      const { recent, earlier, recentWeeks, from, earlierTo } = p.detail;
      return {
        title: tp('pattern.rising.title'),
        text: tp('pattern.rising.text', {
          recent: n(recent.absent),
          recentOf: n(recent.of),
          weeks: n(recentWeeks),
          from: fmt.date(from),
          earlier: n(earlier.absent),
          earlierOf: n(earlier.of),
          earlierTo: fmt.date(earlierTo),
        }),
      };
    }
    case 'late-arrivals':
      return {
        title: tp('pattern.lateArrivals.title'),
        text: tp('pattern.lateArrivals.text', {
          days: n(p.detail.days),
          schoolDays: n(p.detail.schoolDays),
          from: fmt.date(p.detail.from),
          to: fmt.date(p.detail.to),
          minutes: n(p.detail.minutes),
        }),
      };
  }
}

/** Names the kinds in the filter: the i18n key of each. */
export const kindKey = (kind: Pattern['kind']) => `kinds.${kind}` as const;
