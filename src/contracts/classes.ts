import { z } from 'zod';

const isoDate = z.iso.date();

export const staffRefSchema = z.object({ id: z.uuid(), name: z.string() });

export const classSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  grade: z.number().int().nullable(),
  pupilCount: z.number().int(),
  contactTeachers: z.array(staffRefSchema),
});
export type ClassSummary = z.infer<typeof classSummarySchema>;

export const schoolClassesSchema = z.object({
  school: z.object({
    id: z.uuid(),
    name: z.string(),
    level: z.enum(['primary', 'lower_secondary', 'primary_lower', 'upper_secondary']),
  }),
  schoolYear: z.object({ id: z.uuid(), name: z.string(), startsOn: isoDate, endsOn: isoDate }).nullable(),
  classes: z.array(classSummarySchema),
});
export type SchoolClasses = z.infer<typeof schoolClassesSchema>;

export const classPupilSchema = z.object({
  id: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: isoDate,
  /** Age today: from 18 the pupil, not the guardians, gets the notices. */
  age: z.number().int(),
  contactTeacher: staffRefSchema.nullable(),
});
export type ClassPupil = z.infer<typeof classPupilSchema>;

export const classDetailSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  grade: z.number().int().nullable(),
  school: z.object({ id: z.uuid(), name: z.string() }),
  pupils: z.array(classPupilSchema),
});
export type ClassDetail = z.infer<typeof classDetailSchema>;

export const schoolSummarySchema = z.object({ id: z.uuid(), name: z.string() });
export const mySchoolsSchema = z.object({ schools: z.array(schoolSummarySchema) });
