// Every value the follow-up code can show has a name in the `followup`
// namespace, in bokmål, nynorsk and English (the shared checks in
// src/web/i18n/catalogue.test.ts cover equal keys and placeholders).
import { describe, expect, it } from 'vitest';
import { resources } from './catalogue.js';
import { PARTICIPANTS } from '../contracts/followup-roles.js';
import { CAUSE_CATEGORIES, CIRCLES, PERSPECTIVES, SCHOOL_DAY_PARTS, SITUATIONS } from '../contracts/followup-mapping.js';
import { AGREEMENT_PARTIES, MEASURE_JUDGEMENTS } from '../contracts/followup-agreement.js';
import { CLOSING_REASONS, EVALUATION_OUTCOMES } from '../contracts/followup-case.js';
import { CONTACT_CHANNELS, CONTACT_OUTCOMES, CONVERSATION_WITH, PUPIL_VOICE_WAYS } from '../contracts/followup-records.js';
import { CONSENT_INFORMATION, CONSENT_SERVICES } from '../contracts/followup-consent.js';
import { RECORD_KINDS, STEP_OUTCOMES } from '../domain/followup/staircase-schema.js';
import type { CaseErrorCode } from '../domain/followup/case-state.js';
import type { AgreementProblem } from '../domain/followup/agreement.js';

type Tree = { [key: string]: string | Tree };
const lookup = (tree: Tree, path: string): unknown => path.split('.').reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], tree);

const CASE_ERRORS: Record<CaseErrorCode, true> = {
  'case.notOpened': true, 'case.alreadyOpened': true, 'case.closed': true, 'case.notClosed': true, 'case.duplicateEvent': true,
  'case.unknownStep': true, 'case.wrongStaircase': true, 'case.outcomeNotAllowed': true, 'case.recordsMissing': true, 'case.noNextStep': true,
  'case.notLater': true, 'case.notEarlier': true, 'case.unknownTask': true, 'case.taskAlreadyExists': true, 'case.taskAlreadyDone': true,
  'case.closingNoteRequired': true, 'case.eventBeforeOpening': true,
};
const AGREEMENT_PROBLEMS: Record<AgreementProblem['code'], true> = {
  evaluationNotAfterAgreement: true, deadlineBeforeAgreement: true, deadlineAfterEvaluation: true, duplicateMeasureId: true, dayPlanEndBeforeStart: true,
  dayPlanOverlap: true, evaluationBeforeAgreement: true, measureNotJudged: true, unknownMeasure: true, measureJudgedTwice: true,
  continueNeedsNewDate: true, newDateNotAfterEvaluation: true, unchanged: true, notAfterPreviousVersion: true,
};

const groups: [string, readonly string[]][] = [
  ['roles', PARTICIPANTS],
  ['recordKinds', RECORD_KINDS],
  ['outcomes', STEP_OUTCOMES],
  ['closingReasons', CLOSING_REASONS],
  ['causes', CAUSE_CATEGORIES],
  ['perspectives', PERSPECTIVES],
  ['situations', SITUATIONS],
  ['schoolDayParts', SCHOOL_DAY_PARTS],
  ['circles', CIRCLES],
  ['parties', AGREEMENT_PARTIES],
  ['judgements', [...MEASURE_JUDGEMENTS, 'unknown']],
  ['evaluationOutcomes', EVALUATION_OUTCOMES],
  ['contactChannels', CONTACT_CHANNELS],
  ['conversationWith', CONVERSATION_WITH],
  ['contactOutcomes', CONTACT_OUTCOMES],
  ['pupilVoiceWays', PUPIL_VOICE_WAYS],
  ['consentServices', CONSENT_SERVICES],
  ['consentInformation', CONSENT_INFORMATION],
  ['caseErrors', Object.keys(CASE_ERRORS).map((code) => code.slice('case.'.length))],
  ['agreementProblems', Object.keys(AGREEMENT_PROBLEMS)],
];

describe.each(['nb', 'nn', 'en'] as const)('the followup namespace in %s', (locale) => {
  const tree = resources[locale].followup as Tree;
  it.each(groups)('names every value of %s', (group, values) => {
    for (const value of values) expect(typeof lookup(tree, `${group}.${value}`), `${group}.${value}`).toBe('string');
  });
});
