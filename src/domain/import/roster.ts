// The roster file: pupils with their class, contact teacher and guardians.
// One row per pupil and guardian; a pupil with no guardian to import has one
// row with the guardian cells empty. The pupil's own cells repeat on each of
// the pupil's rows and must agree.
import { ROSTER_COLUMNS } from './columns.js';
import { readCsv } from './csv.js';
import { problem, sortProblems, type ImportProblem, type ParsedFile } from './problems.js';
import { FirstSeen, RowReader } from './row-reader.js';
import { readBoolean, readDate, readEmail, readGrade } from './values.js';

export interface RosterGuardian {
  givenName: string;
  familyName: string;
  /** Lower case. The key that finds the same guardian again (siblings, the next import). */
  email: string | null;
  phone: string | null;
  /** Foreldreansvar; yes unless the file says no. */
  parentalResponsibility: boolean;
}

export interface RosterRow {
  line: number;
  /** The pupil's id in the source system (pupils.external_id). */
  pupil: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  className: string;
  /** Null: keep what the class has. */
  grade: number | null;
  /** Lower case; null: keep the pupil's contact teacher. */
  contactTeacherEmail: string | null;
  /** Null: keep what the pupil has (a new pupil: no). An empty cell never lifts a protection. */
  protectedAddress: boolean | null;
  guardian: RosterGuardian | null;
}

const GUARDIAN_CELLS = ['guardian_given_name', 'guardian_family_name', 'guardian_email', 'guardian_phone'] as const;

function readGuardian(row: RowReader): RosterGuardian | null {
  const parental = row.value('parental_responsibility', readBoolean);
  if (!GUARDIAN_CELLS.some((column) => row.has(column))) {
    if (row.has('parental_responsibility')) row.report('parental_responsibility', 'row.guardianMissing');
    return null;
  }
  const givenName = row.text('guardian_given_name', { max: 100 });
  const familyName = row.text('guardian_family_name', { max: 100 });
  if (!row.has('guardian_given_name')) row.report('guardian_given_name', 'row.guardianNameRequired');
  if (!row.has('guardian_family_name')) row.report('guardian_family_name', 'row.guardianNameRequired');
  const email = row.value('guardian_email', readEmail);
  const phone = row.text('guardian_phone', { max: 30 });
  if (givenName === null || familyName === null) return null;
  return { givenName, familyName, email, phone, parentalResponsibility: parental ?? true };
}

function readRow(row: RowReader): RosterRow | null {
  const pupil = row.text('pupil', { required: true, max: 100 });
  const givenName = row.text('given_name', { required: true, max: 100 });
  const familyName = row.text('family_name', { required: true, max: 100 });
  const birthDate = row.value('birth_date', readDate, { required: true });
  const className = row.text('class', { required: true, max: 50 });
  const grade = row.value('grade', readGrade);
  const contactTeacherEmail = row.value('contact_teacher', readEmail);
  const protectedAddress = row.value('protected_address', readBoolean);
  const guardian = readGuardian(row);
  if (row.failed || pupil === null || givenName === null || familyName === null || birthDate === null || className === null) {
    return null;
  }
  return { line: row.line, pupil, givenName, familyName, birthDate, className, grade, contactTeacherEmail, protectedAddress, guardian };
}

/** The first pupil cell in which a row disagrees with the pupil's first row, if any. */
function pupilConflict(row: RosterRow, first: RosterRow): string | null {
  if (row.givenName !== first.givenName) return 'given_name';
  if (row.familyName !== first.familyName) return 'family_name';
  if (row.birthDate !== first.birthDate) return 'birth_date';
  if (row.className.toLowerCase() !== first.className.toLowerCase()) return 'class';
  if (row.contactTeacherEmail !== null && first.contactTeacherEmail !== null && row.contactTeacherEmail !== first.contactTeacherEmail) {
    return 'contact_teacher';
  }
  if (row.protectedAddress !== null && first.protectedAddress !== null && row.protectedAddress !== first.protectedAddress) {
    return 'protected_address';
  }
  return null;
}

function guardianConflict(guardian: RosterGuardian, first: RosterGuardian): string | null {
  if (guardian.givenName !== first.givenName) return 'guardian_given_name';
  if (guardian.familyName !== first.familyName) return 'guardian_family_name';
  if (guardian.phone !== null && first.phone !== null && guardian.phone !== first.phone) return 'guardian_phone';
  return null;
}

/** Checks that rows about the same pupil, guardian or class agree with each other. */
function crossCheck(rows: readonly RosterRow[]): { rows: RosterRow[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const kept: RosterRow[] = [];
  const pupils = new FirstSeen<RosterRow>();
  const links = new FirstSeen<null>();
  const guardians = new FirstSeen<RosterGuardian>();
  const classes = new FirstSeen<number>();
  for (const row of rows) {
    let fine = true;
    const firstOfPupil = pupils.check(row.pupil, row.line, row);
    const conflict = firstOfPupil && pupilConflict(row, firstOfPupil.value);
    if (firstOfPupil && conflict) {
      problems.push(problem(row.line, conflict, 'row.conflictsWithLine', { line: firstOfPupil.line }));
      fine = false;
    }
    if (row.grade !== null) {
      const firstOfClass = classes.check(row.className.toLowerCase(), row.line, row.grade);
      if (firstOfClass && firstOfClass.value !== row.grade) {
        problems.push(problem(row.line, 'grade', 'row.classGradeConflict', { line: firstOfClass.line }));
        fine = false;
      }
    }
    const guardian = row.guardian;
    if (guardian) {
      const who = guardian.email ?? `${guardian.givenName.toLowerCase()} ${guardian.familyName.toLowerCase()}`;
      const earlierLink = links.check(`${row.pupil}\u0000${who}`, row.line, null);
      if (earlierLink) {
        problems.push(problem(row.line, guardian.email ? 'guardian_email' : 'guardian_given_name', 'row.duplicateGuardian', { line: earlierLink.line }));
        fine = false;
      } else if (guardian.email) {
        const firstOfGuardian = guardians.check(guardian.email, row.line, guardian);
        const differs = firstOfGuardian && guardianConflict(guardian, firstOfGuardian.value);
        if (firstOfGuardian && differs) {
          problems.push(problem(row.line, differs, 'row.guardianConflictsWithLine', { line: firstOfGuardian.line }));
          fine = false;
        }
      }
    }
    if (fine) kept.push(row);
  }
  return { rows: kept, problems };
}

/** Reads a roster file: typed rows for the valid ones, every problem of the others. */
export function parseRosterFile(text: string): ParsedFile<RosterRow> {
  const csv = readCsv(text, ROSTER_COLUMNS);
  const problems = [...csv.problems];
  const rows: RosterRow[] = [];
  for (const record of csv.records) {
    const reader = new RowReader(record);
    const row = readRow(reader);
    problems.push(...reader.problems);
    if (row) rows.push(row);
  }
  const checked = crossCheck(rows);
  return { rows: checked.rows, problems: sortProblems([...problems, ...checked.problems]) };
}
