// `teacher`: single-lesson absence with one teacher far above the pupil's
// absence with the other teachers (Troms, Udir: absence with particular
// teachers). A teacher who is the pupil's only teacher of one subject cannot
// be told apart from the subject by the marks alone: where both are found,
// explanations.ts keeps the one that explains the absence better.
import type { PatternOf } from '../../contracts/patterns.js';
import { lessonsWhere, type Finding } from './explanations.js';
import { MIN_EVENTS, type PatternSettings } from './settings.js';
import { clearlyAbove, excessShare } from './statistics.js';
import type { Timeline } from './timeline.js';

/** The subjects the teacher teaches the pupil, by code: looked up only for a teacher with a pattern. */
function subjectsOf(t: Timeline, teacherId: string): string[] {
  const codes = new Set<string>();
  for (const mark of t.marks) if (mark.teacherId === teacherId) codes.add(mark.subjectCode);
  return [...codes].sort();
}

export function findTeacherPatterns(t: Timeline, settings: PatternSettings): Finding<PatternOf<'teacher'>>[] {
  const s = settings.teacher;
  if (!s.enabled || t.teachers.size < 2 || t.lessons.absent < s.minLessons) return [];
  // Lessons without a teacher are in no teacher's tally, so "the others" are the other teachers' lessons.
  let absent = 0;
  let of = 0;
  for (const teacher of t.teachers.values()) {
    absent += teacher.absent;
    of += teacher.of;
  }
  const limits = { minCount: s.minLessons, minPercent: s.minPercent, timesUsual: s.timesUsual, logAlpha: Math.log(settings.significance / t.teachers.size) };
  const found: Finding<PatternOf<'teacher'>>[] = [];
  for (const teacher of t.teachers.values()) {
    const lessons = { absent: teacher.absent, of: teacher.of };
    const otherLessons = { absent: absent - teacher.absent, of: of - teacher.of };
    // Four lessons missed on two days (double lessons) are two occasions, not four.
    if (teacher.dates.length < MIN_EVENTS || clearlyAbove(lessons, otherLessons, limits) === null) continue;
    found.push({
      minCount: s.minLessons,
      scope: teacher.of,
      lessons: lessonsWhere(t.absences, (i) => t.absences.teacherId[i] === teacher.teacherId),
      pattern: {
        kind: 'teacher',
        detail: {
          teacherId: teacher.teacherId,
          subjectCodes: subjectsOf(t, teacher.teacherId),
          lessons,
          otherLessons,
        },
        evidence: [...teacher.dates],
        strength: excessShare(lessons, otherLessons),
      },
    });
  }
  return found;
}
