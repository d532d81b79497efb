// The format of presets/regulation/absence-categories.json: what each reason for absence
// means for the upper-secondary absence limit and for the certificate, version
// by version of the regulation. A later version may repeat everything or
// inherit an earlier one and list only what changed, so that the next revision
// of the rules is a few lines of data rather than a code change.
//
// Objects are strict, as in the policy format: a misspelt field refused is
// better than a rule silently ignored.
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a date written YYYY-MM-DD');
const code = z.string().regex(/^[a-z][a-z0-9_]*$/, 'a reason code in lower case with underscores');

/** The section each rule rests on, in the public schools' regulation and in the private schools'. */
export const basisSchema = z.strictObject({ public: z.string().min(1), private: z.string().min(1) });
export type Basis = z.infer<typeof basisSchema>;

/** The absence_reasons.category a code belongs to (a CHECK in the database). */
export const REASON_GROUPS = ['health', 'exempt', 'leave', 'not_absence', 'other'] as const;
export type ReasonGroup = (typeof REASON_GROUPS)[number];

/**
 * What a mark with the reason does to the limit:
 * - counts: toward the limit, always (leave, other reasons, no reason);
 * - health: toward the limit until 10 % is reached; after that, documentation of
 *   the kind `evidence` names decides (§ 9-8 third paragraph);
 * - exempt_when_documented: not toward the limit when the mark is documented
 *   (§ 9-8 second paragraph b–i); a mark only reported counts;
 * - not_absence: not absence at all, whatever its documentation.
 */
export const LIMIT_RULES = ['counts', 'health', 'exempt_when_documented', 'not_absence'] as const;
export type LimitRule = (typeof LIMIT_RULES)[number];

/**
 * What a day of such absence does on the certificate: recorded; may be left off
 * (within the ten days, whole days only); may be left off from the fourth day of
 * a spell (health, § 9-53 fifth paragraph); not recorded (not absence).
 */
export const CERTIFICATE_RULES = ['recorded', 'may_be_left_off', 'may_be_left_off_health', 'not_recorded'] as const;
export type CertificateRule = (typeof CERTIFICATE_RULES)[number];

export const categorySchema = z.strictObject({
  code,
  group: z.enum(REASON_GROUPS),
  limit: z.enum(LIMIT_RULES),
  /** Health codes only: a self-report, or documentation from health personnel. */
  evidence: z.enum(['self_report', 'health_personnel']).optional(),
  /** At most this many dates a school year are exempt (religious holidays: two). */
  maxDaysPerSchoolYear: z.number().int().positive().optional(),
  certificate: z.enum(CERTIFICATE_RULES),
  basis: basisSchema,
  /** Where the regulation is silent and Udir's guidance is what we follow. */
  guidance: z.string().min(1).optional(),
  /** Why, in English, for the administrator and the developer. */
  note: z.string().min(1).optional(),
});
export type Category = z.infer<typeof categorySchema>;

const addedCategorySchema = categorySchema.extend({
  /** Placed after this code in the list (the UI's order); at the end when absent. */
  after: code.optional(),
});

const limitSchema = z.strictObject({
  percent: z.number().positive().max(100),
  discretionPercent: z.number().positive().max(100),
  of: z.literal('annual_hours'),
  basis: basisSchema,
});

const certificateSchema = z.strictObject({
  maxDaysLeftOff: z.number().int().nonnegative(),
  healthLeftOffFromDay: z.number().int().positive(),
  basis: basisSchema,
});

const withoutReasonSchema = z.strictObject({
  limit: z.literal('counts'),
  certificate: z.literal('recorded'),
  basis: basisSchema,
});

const fullVersionSchema = z.strictObject({
  appliesFrom: isoDate,
  amendedBy: z.string().min(1),
  limit: limitSchema,
  certificate: certificateSchema,
  withoutReason: withoutReasonSchema,
  categories: z.array(categorySchema).min(1),
});

const changedVersionSchema = z.strictObject({
  appliesFrom: isoDate,
  amendedBy: z.string().min(1),
  /** The appliesFrom of the version this one starts from. */
  inherits: isoDate,
  limit: limitSchema.optional(),
  certificate: certificateSchema.optional(),
  withoutReason: withoutReasonSchema.optional(),
  addCategories: z.array(addedCategorySchema).optional(),
  /** Replace an inherited code's entry (same code). */
  changeCategories: z.array(categorySchema).optional(),
  /** Codes that no longer apply: kept in the database for old marks, but inactive. */
  removeCategories: z.array(code).optional(),
});

export const categoriesFileSchema = z.strictObject({
  id: z.literal('absence-categories'),
  description: z.string().min(1),
  regulation: z.strictObject({ public: z.string().min(1), private: z.string().min(1) }),
  versions: z.array(z.union([fullVersionSchema, changedVersionSchema])).min(1),
});
export type CategoriesFile = z.infer<typeof categoriesFileSchema>;

/** One version with everything spelled out: what the domain works with. */
export interface RulesVersion {
  appliesFrom: string;
  amendedBy: string;
  limit: z.infer<typeof limitSchema>;
  certificate: z.infer<typeof certificateSchema>;
  withoutReason: z.infer<typeof withoutReasonSchema>;
  /** In the order the UI lists them. */
  categories: readonly Category[];
  byCode: ReadonlyMap<string, Category>;
}
