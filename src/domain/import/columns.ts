// The columns of each import file, as docs/import-format.md documents them.
// Apart from the parsers so that the web app can show them without pulling
// in the CSV reader.

export interface CsvSpec {
  /** Column names as documented, lower case with underscores. */
  required: readonly string[];
  optional: readonly string[];
}

export const ROSTER_COLUMNS: CsvSpec = {
  required: ['pupil', 'given_name', 'family_name', 'birth_date', 'class'],
  optional: [
    'grade',
    'contact_teacher',
    'protected_address',
    'guardian_given_name',
    'guardian_family_name',
    'guardian_email',
    'guardian_phone',
    'parental_responsibility',
  ],
};

export const TIMETABLE_COLUMNS: CsvSpec = {
  required: ['date', 'period', 'group', 'subject'],
  optional: ['start', 'end', 'subject_name', 'teacher'],
};

export const ATTENDANCE_COLUMNS: CsvSpec = {
  required: ['pupil', 'date', 'period', 'subject', 'teacher', 'status', 'documentation', 'minutes_late'],
  optional: ['start', 'end'],
};
