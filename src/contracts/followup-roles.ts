import { z } from 'zod';

/** People at school who can be responsible for a step or a measure (the glossary's English; the UI shows the Norwegian words). */
export const SCHOOL_ROLES = [
  'contactTeacher',
  'subjectTeacher',
  'classTeam',
  'leadership',
  'counsellor',
  'socialTeacher',
  'nurse',
  'resourceTeam',
  'attendanceContact',
  'administration',
] as const;
export type SchoolRole = (typeof SCHOOL_ROLES)[number];

/** Everyone who can take part in a step, a conversation or a meeting: the school's roles, the family, services outside the school. */
export const PARTICIPANTS = [
  ...SCHOOL_ROLES,
  'pupil',
  'guardians',
  'network',
  'ppt',
  'childWelfare',
  'gp',
  'bup',
  'ot',
  'interdisciplinaryTeam',
] as const;
export type Participant = (typeof PARTICIPANTS)[number];
export const participantSchema = z.enum(PARTICIPANTS);

/** A named person in a record: who they are and in what role they took part. */
export const personSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  role: participantSchema,
  /** The user, when the person has an account. */
  userId: z.string().min(1).max(100).optional(),
});
export type Person = z.output<typeof personSchema>;
