// The follow-up core: staircases as data, the case as a state machine, its
// schedule and reminders, the collaboration agreement's versions, the measure
// bank and the conversation guides. Pure; `now` and calendars are arguments.
export * from './staircase-schema.js';
export { findStep, getStaircasePreset, isStaircasePresetId, parseStaircase, parseStaircaseJson, staircaseMismatches, STAIRCASE_PRESET_IDS, type StaircasePresetId, type StaircaseResult } from './staircases.js';
export { applyCaseEvent, currentVisit, replayCase, type CaseClosing, type CaseError, type CaseErrorCode, type CaseResult, type CaseState, type CaseTask, type RecordedItem, type StepVisit, type VisitReason } from './case-state.js';
export { fulfilDeadlines, missingForStep, type DeadlineFulfilment } from './case-deadlines.js';
export { recordKindsOf } from './case-records.js';
export { caseSchedule, visitDeadlines, type CaseSchedule, type DeadlineStatus, type DeadlineView, type OutcomeView, type ScheduleOptions, type StepView, type TaskView } from './case-schedule.js';
export { caseReminders, DEFAULT_REMINDER_SETTINGS, remindersToSend, type Reminder, type ReminderKind, type ReminderRecipient, type ReminderSettings } from './case-reminders.js';
export { suggestedMoves } from './case-outcomes.js';
export { snapshotOf } from './concern-snapshot.js';
export { dateOf, followUpDays, typicalCalendars, type CalendarFor, type FollowUpDays } from './school-time.js';
export * from './agreement.js';
export { measureBankSchema, MEASURE_PARTIES, type MeasureBank, type MeasureDefinition, type SuggestionCondition, type SuggestionRule } from './measure-bank-schema.js';
export { foldForSearch, getMeasureBank, searchMeasures, suggestMeasures, type MappingFindings, type SearchHit, type Suggestion, type SuggestionReason } from './measure-bank.js';
export { conversationGuidesSchema, findGuide, getConversationGuides, unknownQuestions, type AgendaTemplate, type ConversationGuide, type ConversationGuides } from './conversation-guides.js';
