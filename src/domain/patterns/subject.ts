// `subject`: single-lesson absence in one subject far above the pupil's
// absence in the other subjects (Troms, Udir: absence in particular
// subjects). Only days the pupil was at school count: a whole day absent says
// nothing about a subject.
import type { PatternOf } from '../../contracts/patterns.js';
import { lessonsWhere, type Finding } from './explanations.js';
import { MIN_EVENTS, type PatternSettings } from './settings.js';
import { clearlyAbove, excessShare } from './statistics.js';
import type { Timeline } from './timeline.js';

export function findSubjectPatterns(t: Timeline, settings: PatternSettings): Finding<PatternOf<'subject'>>[] {
  const s = settings.subject;
  if (!s.enabled || t.subjects.size < 2 || t.lessons.absent < s.minLessons) return [];
  const limits = { minCount: s.minLessons, minPercent: s.minPercent, timesUsual: s.timesUsual, logAlpha: Math.log(settings.significance / t.subjects.size) };
  const found: Finding<PatternOf<'subject'>>[] = [];
  for (const subject of t.subjects.values()) {
    const lessons = { absent: subject.absent, of: subject.of };
    const otherLessons = { absent: t.lessons.absent - subject.absent, of: t.lessons.of - subject.of };
    // Four lessons missed on two days (double lessons) are two occasions, not four.
    if (subject.dates.length < MIN_EVENTS || clearlyAbove(lessons, otherLessons, limits) === null) continue;
    found.push({
      minCount: s.minLessons,
      scope: subject.of,
      lessons: lessonsWhere(t.absences, (i) => t.absences.subjectId[i] === subject.subjectId),
      pattern: {
        kind: 'subject',
        detail: { subjectId: subject.subjectId, subjectCode: subject.subjectCode, subjectName: subject.subjectName, lessons, otherLessons },
        evidence: [...subject.dates],
        strength: excessShare(lessons, otherLessons),
      },
    });
  }
  return found;
}
