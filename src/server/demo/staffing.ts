// Who teaches which group, and who is each class's contact teacher. Where a
// school definition names no teacher, subjects are packed onto generated
// teachers (subject by subject, so each teaches few subjects). A generated
// teacher stays within one cohort (the classes that share blocks) and takes no
// more class periods than the cohort has outside its blocks: otherwise no
// timetable exists, whatever the search.
import type { SchoolDefinition } from './demo-schools.js';
import { compareText } from './random.js';

export interface TeachingAssignment {
  /** The class name for class subjects, the teaching group's name for blocks. */
  groupName: string;
  groupKind: 'class' | 'teaching_group';
  subject: string;
  periods: number;
  /** Classes taken while this is taught. */
  classNames: readonly string[];
  /** The block the teaching group belongs to; undefined for class subjects. */
  block: string | undefined;
  teacher: string;
}

export interface Staffing {
  assignments: TeachingAssignment[];
  /** Class name -> teacher key. */
  contactTeachers: Map<string, string>;
  /** Every teacher key, fixed and generated, in order of first appearance. */
  teacherKeys: string[];
}

const MAX_PACKED_LOAD = 20;
/** Periods a generated teacher keeps free among a cohort's periods outside blocks, so the timetable has room. */
const SLACK_PERIODS = 2;

type Unassigned = Omit<TeachingAssignment, 'teacher'> & { teacher: string | undefined };

export function staffSchool(definition: SchoolDefinition): Staffing {
  const units: Unassigned[] = [];
  const seenBlocks = new Set<string>();
  for (const schoolClass of definition.classes) {
    for (const item of schoolClass.items) {
      if (item.kind === 'class') {
        units.push({
          groupName: schoolClass.name,
          groupKind: 'class',
          subject: item.subject,
          periods: item.periods,
          classNames: [schoolClass.name],
          block: undefined,
          teacher: definition.teacherFor(schoolClass.name, item.subject),
        });
        continue;
      }
      if (seenBlocks.has(item.block)) continue;
      seenBlocks.add(item.block);
      const classNames = definition.classes
        .filter((c) => c.items.some((i) => i.kind === 'block' && i.block === item.block))
        .map((c) => c.name);
      for (const option of item.options) {
        units.push({
          groupName: option.group,
          groupKind: 'teaching_group',
          subject: option.subject,
          periods: item.periods,
          classNames,
          block: item.block,
          teacher: definition.teacherFor(schoolClass.name, option.subject),
        });
      }
    }
  }

  const cohortOf = cohorts(definition);
  const load = new Map<string, number>();
  const classLoad = new Map<string, number>();
  const cohortOfTeacher = new Map<string, string>();
  const blocksOf = new Map<string, Set<string>>();
  const take = (teacher: string, unit: Unassigned) => {
    load.set(teacher, (load.get(teacher) ?? 0) + unit.periods);
    if (unit.block) blocksOf.set(teacher, (blocksOf.get(teacher) ?? new Set()).add(unit.block));
    else classLoad.set(teacher, (classLoad.get(teacher) ?? 0) + unit.periods);
    cohortOfTeacher.set(teacher, cohortOf(unit.classNames[0] ?? '').key);
  };
  units.forEach((unit) => unit.teacher && take(unit.teacher, unit));

  const packed: string[] = [];
  const open = units
    .filter((unit) => !unit.teacher)
    .sort((a, b) => compareText(a.subject, b.subject) || compareText(a.groupName, b.groupName));
  for (const unit of open) {
    const cohort = cohortOf(unit.classNames[0] ?? '');
    const fits = (t: string) =>
      cohortOfTeacher.get(t) === cohort.key &&
      (load.get(t) ?? 0) + unit.periods <= MAX_PACKED_LOAD &&
      // Two groups of one block run at the same time; class subjects only fit in the periods outside blocks.
      (unit.block
        ? !blocksOf.get(t)?.has(unit.block)
        : (classLoad.get(t) ?? 0) + unit.periods <= cohort.periodsOutsideBlocks - SLACK_PERIODS);
    let teacher = packed.find(fits);
    if (!teacher) {
      teacher = `teacher-${packed.length + 1}`;
      packed.push(teacher);
    }
    unit.teacher = teacher;
    take(teacher, unit);
  }

  const assignments = units.map((unit) => ({ ...unit, teacher: unit.teacher ?? '' }));
  const teacherKeys = [...new Set(assignments.map((a) => a.teacher))];
  return { assignments, contactTeachers: chooseContactTeachers(definition, assignments), teacherKeys };
}

/** The fixed ones first; otherwise the teacher with most periods in the class who has no class yet. */
function chooseContactTeachers(definition: SchoolDefinition, assignments: readonly TeachingAssignment[]) {
  const chosen = new Map<string, string>();
  for (const schoolClass of definition.classes) {
    const fixed = definition.contactTeacherFor(schoolClass.name);
    if (fixed) chosen.set(schoolClass.name, fixed);
  }
  const taken = new Set(chosen.values());
  for (const schoolClass of definition.classes) {
    if (chosen.has(schoolClass.name)) continue;
    const periodsBy = new Map<string, number>();
    for (const a of assignments) {
      if (a.groupKind === 'class' && a.groupName === schoolClass.name) {
        periodsBy.set(a.teacher, (periodsBy.get(a.teacher) ?? 0) + a.periods);
      }
    }
    const ranked = [...periodsBy].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).map(([t]) => t);
    const teacher = ranked.find((t) => !taken.has(t)) ?? ranked[0];
    if (!teacher) throw new Error(`Class ${schoolClass.name} has no teacher to be its contact teacher.`);
    chosen.set(schoolClass.name, teacher);
    taken.add(teacher);
  }
  return chosen;
}

interface Cohort {
  key: string;
  periodsOutsideBlocks: number;
}

/** Classes linked by shared blocks form a cohort; classes without blocks share one open cohort. */
function cohorts(definition: SchoolDefinition): (className: string) => Cohort {
  const byClass = new Map<string, Cohort>();
  for (const schoolClass of definition.classes) {
    const blocks = schoolClass.items.flatMap((i) => (i.kind === 'block' ? [i] : []));
    const total = schoolClass.periodsPerDay.reduce((sum, n) => sum + n, 0);
    const outside = total - blocks.reduce((sum, b) => sum + b.periods, 0);
    const key = blocks.length === 0 ? 'open' : blocks.map((b) => b.block).sort().join('+');
    byClass.set(schoolClass.name, { key, periodsOutsideBlocks: outside });
  }
  return (className) => byClass.get(className) ?? { key: 'open', periodsOutsideBlocks: 0 };
}
