import { describe, expect, it } from 'vitest';
import { parseRosterFile } from './roster.js';

const header =
  'pupil,given_name,family_name,birth_date,class,grade,contact_teacher,protected_address,guardian_given_name,guardian_family_name,guardian_email,guardian_phone,parental_responsibility';

describe('the roster file', () => {
  it('reads a pupil with two guardians and a pupil without', () => {
    const file = parseRosterFile(
      [
        header,
        'E1,Ada,Aas,2013-05-01,8A,8,kari@skole.no,nei,Anne,Aas,Anne@Example.no,99999999,ja',
        'E1,Ada,Aas,01.05.2013,8A,8,kari@skole.no,,Per,Aas,,,nei',
        'E2,Bo,Berg,2013-02-03,8A,,,ja,,,,,',
      ].join('\n'),
    );
    expect(file.problems).toEqual([]);
    expect(file.rows.map((r) => [r.line, r.pupil, r.guardian?.givenName ?? null, r.guardian?.parentalResponsibility ?? null])).toEqual([
      [2, 'E1', 'Anne', true],
      [3, 'E1', 'Per', false],
      [4, 'E2', null, null],
    ]);
    expect(file.rows[0]).toMatchObject({ grade: 8, contactTeacherEmail: 'kari@skole.no', protectedAddress: false, guardian: { email: 'anne@example.no', phone: '99999999' } });
    expect(file.rows[1]?.protectedAddress).toBeNull();
    expect(file.rows[2]).toMatchObject({ grade: null, protectedAddress: true, guardian: null });
  });

  it("refuses rows about one pupil that disagree, and a guardian listed twice", () => {
    const file = parseRosterFile(
      [
        header,
        'E1,Ada,Aas,2013-05-01,8A,8,,,Anne,Aas,anne@example.no,,',
        'E1,Ada,Aas,2013-05-01,8B,,,,Per,Aas,,,',
        'E1,Ada,Aas,2013-05-01,8A,,,,Anne,Aas,ANNE@example.no,,',
        'E2,Bo,Berg,2013-02-03,8A,9,,,Anna,Aas,anne@example.no,,',
        'E3,Cy,Dahl,2013-02-03,8C,,,,,,,,ja',
        'E4,Di,Dahl,2013-02-03,8C,,,,,Dahl,,,',
      ].join('\n'),
    );
    expect(file.problems).toEqual([
      { line: 3, column: 'class', reason: 'row.conflictsWithLine', params: { line: 2 } },
      { line: 4, column: 'guardian_email', reason: 'row.duplicateGuardian', params: { line: 2 } },
      { line: 5, column: 'grade', reason: 'row.classGradeConflict', params: { line: 2 } },
      { line: 5, column: 'guardian_given_name', reason: 'row.guardianConflictsWithLine', params: { line: 2 } },
      { line: 6, column: 'parental_responsibility', reason: 'row.guardianMissing', params: {} },
      { line: 7, column: 'guardian_given_name', reason: 'row.guardianNameRequired', params: {} },
    ]);
  });
});
