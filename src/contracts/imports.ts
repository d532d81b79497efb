import { z } from 'zod';

export const importKindSchema = z.enum(['roster', 'timetable', 'attendance']);
export type ImportKind = z.infer<typeof importKindSchema>;

export const importParamsSchema = z.object({ schoolId: z.uuid(), kind: importKindSchema });

/**
 * A file's text. The 5 MB limit is checked in UTF-8 bytes by the service,
 * which answers with a readable error (file.tooLarge); this cap only matches
 * the routes' body limit, so that a file somewhat over 5 MB still gets that
 * error and not a generic one.
 */
export const importFileSchema = z.object({
  fileName: z.string().trim().min(1).max(255),
  content: z.string().max(12 * 1024 * 1024),
});
export type ImportFile = z.infer<typeof importFileSchema>;

/** What an import creates, changes or leaves as it is, counted by kind of thing. */
export const importEntitySchema = z.enum([
  'pupils',
  'classes',
  'classMemberships',
  'contactTeachers',
  'guardians',
  'guardianLinks',
  'subjects',
  'groups',
  'groupTeachers',
  'lessons',
  'marks',
  'presentMarks',
]);
export type ImportEntity = z.infer<typeof importEntitySchema>;

const counts = z.partialRecord(importEntitySchema, z.number().int().nonnegative());
export type ImportCounts = z.infer<typeof counts>;

export const importSummarySchema = z.object({
  /** Data rows in the file. */
  rows: z.number().int().nonnegative(),
  create: counts,
  update: counts,
  unchanged: counts,
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

export const importErrorSchema = z.object({
  /** Line in the file (1 is the header); null for the file as a whole. */
  line: z.number().int().positive().nullable(),
  /** The column as the format names it; null when no one column is to blame. */
  column: z.string().nullable(),
  /** Already translated. */
  message: z.string(),
});
export type ImportError = z.infer<typeof importErrorSchema>;

export const earlierImportSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  by: z.string(),
  fileName: z.string().nullable(),
});

const rejected = z.object({
  ok: z.literal(false),
  /** At most the first 1,000, in file order; errorCount says how many there are in all. */
  errors: z.array(importErrorSchema),
  errorCount: z.number().int().nonnegative(),
});

export const importPreviewSchema = z.discriminatedUnion('ok', [
  rejected,
  z.object({
    ok: z.literal(true),
    summary: importSummarySchema,
    /** Set when this very file was imported before: committing it again changes nothing. */
    alreadyImported: earlierImportSchema.nullable(),
    /** Translated sentence about alreadyImported, or null. */
    notice: z.string().nullable(),
  }),
]);
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importCommitSchema = z.discriminatedUnion('ok', [
  rejected,
  z.object({
    ok: z.literal(true),
    /** False when the file had been imported before and nothing was written. */
    committed: z.boolean(),
    batchId: z.uuid(),
    summary: importSummarySchema,
    alreadyImported: earlierImportSchema.nullable(),
    notice: z.string().nullable(),
  }),
]);
export type ImportCommit = z.infer<typeof importCommitSchema>;
