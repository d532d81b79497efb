// The mapping tools: cause mapping (Lyngen's eight categories, how much each
// applies, filled separately from the pupil's and the guardians' view, with
// detail on subjects, teachers and situations from the form kit's cards), the
// 1-10 scaling of parts of the school day (form kit), tiltakssirkelen with its
// eight circles (Nittedal, after Otnes 2016), and triggering and maintaining
// factors (Nittedal's worksheet). The labels are in the `followup` catalogue.
import { z } from 'zod';

const instantSchema = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().trim().min(1).max(max);
const idSchema = z.string().min(1).max(100);

/** Lyngen's eight explanations of absence (seeds/000, Vedlegg 2: Årsakskartlegging). */
export const CAUSE_CATEGORIES = [
  'schoolFeelsHard',
  'fallingBehind',
  'otherActivity',
  'friendsAndBelonging',
  'mentalHealth',
  'physicalHealth',
  'sleep',
  'home',
] as const;
export type CauseCategory = (typeof CAUSE_CATEGORIES)[number];

/** Whose view a mapping gives: the pupil's and the guardians' are filled separately, and the school may add its own. */
export const PERSPECTIVES = ['pupil', 'guardians', 'school'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

/** The situations on the form kit's detail cards (seeds/001, Utdyping av årsaker), in our own words. */
export const SITUATIONS = [
  'enterSchoolyard',
  'goInWhenBellRings',
  'busToSchool',
  'walkToSchool',
  'drivenToSchool',
  'walkHome',
  'leaveParentInMorning',
  'useSchoolToilet',
  'beInClassroom',
  'beInSmallGroup',
  'workAlone',
  'testsInClass',
  'testsInGroup',
  'testsAlone',
  'readAloudInClass',
  'readAloudToTeacher',
  'askTeacherForHelp',
  'breaks',
  'answerInClass',
  'answerAloneWithTeacher',
  'workWithClassmates',
  'presentToClass',
  'presentInGroup',
  'presentToTeacher',
  'eatInClass',
  'talkWithClassmates',
  'talkWithAdults',
  'peGym',
  'peOutdoors',
  'peChanging',
  'peShowering',
] as const;
export type Situation = (typeof SITUATIONS)[number];

/** How much a category applies, 0 (not at all) to 100 (fully): the card filled in, or "how much of the box is full". */
const shareSchema = z.number().int().min(0).max(100);

const detailSchema = z.strictObject({
  /** Subjects that are hard, by code or name (MAT, «Kroppsøving»). */
  subjects: z.array(z.strictObject({ subject: text(100), note: text(1000).optional() })).max(40),
  /** Teachers: how the pupil names them («Lærer 1») or by user id. */
  teachers: z.array(z.strictObject({ teacher: text(200), userId: idSchema.optional(), note: text(1000).optional() })).max(40),
  situations: z.array(z.strictObject({ situation: z.enum(SITUATIONS), note: text(1000).optional() })).max(SITUATIONS.length),
  /** Situations not on the cards, in the words used. */
  otherSituations: z.array(text(300)).max(20),
});

export const causeMappingSchema = z
  .strictObject({
    id: idSchema,
    at: instantSchema,
    perspective: z.enum(PERSPECTIVES),
    /** Every category, 0 when it does not apply. */
    scores: z.strictObject(Object.fromEntries(CAUSE_CATEGORIES.map((c) => [c, shareSchema])) as Record<CauseCategory, typeof shareSchema>),
    /** Something else, in the words used (the cards' «noe annet?»). */
    other: z.strictObject({ label: text(200), score: shareSchema }).optional(),
    detail: detailSchema,
    notes: text(4000).optional(),
  });
export type CauseMapping = z.output<typeof causeMappingSchema>;

/** Parts of the school day to scale from 1 (do not like at all) to 10 (like very much); blank rows take the pupil's own words. */
export const SCHOOL_DAY_PARTS = [
  'morningAtHome',
  'wayToSchool',
  'arriving',
  'lessons',
  'breaks',
  'lunch',
  'groupWork',
  'physicalEducation',
  'tests',
  'afterSchool',
] as const;

export const scalingSchema = z.strictObject({
  id: idSchema,
  at: instantSchema,
  perspective: z.enum(PERSPECTIVES),
  items: z
    .array(
      z.union([
        z.strictObject({ part: z.enum(SCHOOL_DAY_PARTS), score: z.number().int().min(1).max(10), note: text(1000).optional() }),
        z.strictObject({ label: text(200), score: z.number().int().min(1).max(10), note: text(1000).optional() }),
      ]),
    )
    .min(1)
    .max(40),
});
export type Scaling = z.output<typeof scalingSchema>;

/** Tiltakssirkelen's eight circles (Nittedal's toolbox). */
export const CIRCLES = ['adultsAtSchool', 'structureAtSchool', 'home', 'leisure', 'individual', 'peers', 'parentsTrust', 'mastery'] as const;
export type Circle = (typeof CIRCLES)[number];

const circleMeasureSchema = z.strictObject({
  text: text(1000),
  responsible: text(200).optional(),
  /** When picked from the measure bank. */
  measureId: idSchema.optional(),
});

const circleEntrySchema = z.strictObject({
  resources: z.array(text(1000)).max(30),
  risks: z.array(text(1000)).max(30),
  measures: z.array(circleMeasureSchema).max(30),
});

export const circleMappingSchema = z.strictObject({
  id: idSchema,
  at: instantSchema,
  /** Circles not talked about yet are left out: nobody gets through all eight in one meeting. */
  circles: z.strictObject(Object.fromEntries(CIRCLES.map((c) => [c, circleEntrySchema.optional()])) as Record<Circle, z.ZodOptional<typeof circleEntrySchema>>),
  /** Used inside the school only, without the pupil and the guardians correcting it. */
  internal: z.boolean(),
});
export type CircleMapping = z.output<typeof circleMappingSchema>;

const factorSchema = z.strictObject({
  text: text(1000),
  /** A guess to be tested, not a finding. */
  hypothesis: z.boolean(),
  area: z.enum(['school', 'home', 'pupil', 'other']).optional(),
});

/** What may have started the absence, and what keeps it going (Nittedal's worksheet). */
export const factorsSchema = z.strictObject({
  id: idSchema,
  at: instantSchema,
  perspective: z.enum(PERSPECTIVES),
  triggering: z.array(factorSchema).max(30),
  maintaining: z.array(factorSchema).max(30),
});
export type Factors = z.output<typeof factorsSchema>;

/** The categories that apply at least `from` (30 unless told), most first. */
export function leadingCauses(mapping: Pick<CauseMapping, 'scores'>, from = 30): { category: CauseCategory; score: number }[] {
  return CAUSE_CATEGORIES.map((category) => ({ category, score: mapping.scores[category] }))
    .filter((c) => c.score >= from)
    .sort((a, b) => b.score - a.score || CAUSE_CATEGORIES.indexOf(a.category) - CAUSE_CATEGORIES.indexOf(b.category));
}

/** Categories where two views differ by at least `by` points: worth talking about at the meeting. */
export function differingViews(a: Pick<CauseMapping, 'scores'>, b: Pick<CauseMapping, 'scores'>, by = 30): { category: CauseCategory; a: number; b: number }[] {
  return CAUSE_CATEGORIES.filter((c) => Math.abs(a.scores[c] - b.scores[c]) >= by).map((category) => ({ category, a: a.scores[category], b: b.scores[category] }));
}

/** The parts of the day the pupil likes least, lowest first: where measures may help most. */
export function hardestParts(scaling: Scaling, atMost = 4): Scaling['items'] {
  return [...scaling.items].filter((item) => item.score <= atMost).sort((x, y) => x.score - y.score);
}
