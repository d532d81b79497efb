// What can be wrong with an import file, as data: a line, a column and a
// catalogue key in the `imports` namespace. Parsing, reference checks on the
// server and the command-line tool all speak this one shape, and only the
// edge (the HTTP route, the CLI) turns it into words.

/** Every reason an import can give. The catalogue test checks that each has a text in nb, nn and en. */
export const IMPORT_REASONS = [
  // The file as a whole.
  'file.tooLarge',
  'file.tooManyRows',
  'file.empty',
  'file.noRows',
  'file.quoteNotClosed',
  'file.badQuote',
  'file.unreadable',
  'file.missingColumn',
  'file.unknownColumn',
  'file.duplicateColumn',
  'file.noSchoolYear',
  // One row, read on its own or against the rows before it.
  'row.fieldCount',
  'row.required',
  'row.tooLong',
  'row.badDate',
  'row.badTime',
  'row.badPeriod',
  'row.badGrade',
  'row.badMinutesLate',
  'row.badStatus',
  'row.badDocumentation',
  'row.badBoolean',
  'row.badEmail',
  'row.minutesLateRequired',
  'row.minutesLateOnlyWhenLate',
  'row.documentationOnlyWhenAbsent',
  'row.startAndEndTogether',
  'row.endBeforeStart',
  'row.guardianNameRequired',
  'row.guardianMissing',
  'row.conflictsWithLine',
  'row.guardianConflictsWithLine',
  'row.classGradeConflict',
  'row.duplicateGuardian',
  'row.duplicateLesson',
  'row.duplicateMark',
  // A row against what the school already has (checked on the server).
  'ref.unknownPupil',
  'ref.unknownTeacher',
  'ref.unknownSubject',
  'ref.pupilNotInGroup',
  'ref.dateOutsideSchoolYear',
  'ref.weekend',
  'ref.holiday',
  'ref.classIsTeachingGroup',
  'ref.periodTaken',
] as const;

export type ImportReason = (typeof IMPORT_REASONS)[number];

export type ProblemParams = Record<string, string | number>;

export interface ImportProblem {
  /** 1-based line in the file as a text editor counts it; null for the file as a whole. */
  line: number | null;
  /** The column's name as the format documents it; null when no one column is to blame. */
  column: string | null;
  /** A key in the `imports` namespace of the catalogue. */
  reason: ImportReason;
  params: ProblemParams;
}

export function problem(line: number | null, column: string | null, reason: ImportReason, params: ProblemParams = {}): ImportProblem {
  return { line, column, reason, params };
}

/** File problems first, then by line; problems on one line keep the order the columns were checked in. */
export function sortProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  return problems
    .map((p, index) => ({ p, index }))
    .sort((a, b) => (a.p.line ?? 0) - (b.p.line ?? 0) || a.index - b.index)
    .map(({ p }) => p);
}

/** The rows that could be read, and everything wrong with the others. */
export interface ParsedFile<Row> {
  rows: Row[];
  problems: ImportProblem[];
}
