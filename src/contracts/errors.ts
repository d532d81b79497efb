import { z } from 'zod';

/** Every error the API sends has this shape; `message` is already translated. */
export const fieldErrorSchema = z.object({
  /** Dotted path into the request, e.g. "body.marks.3.status". */
  path: z.string(),
  message: z.string(),
});

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(fieldErrorSchema).optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
export type FieldError = z.infer<typeof fieldErrorSchema>;
