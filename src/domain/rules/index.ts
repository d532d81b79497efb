// The rules engine: policies (the owner's thresholds as data), their
// evaluation against one pupil's marks, forecasts, and the shipped presets.
export { MEASURES, MEASURE_INFO, type Measure, type MeasureInfo } from './measures.js';
export {
  CALENDAR_WINDOWS,
  COMPARISONS,
  LEVELS,
  RECIPIENTS,
  WINDOW_KINDS,
  policySchema,
  type Comparison,
  type Deadline,
  type Due,
  type Duration,
  type Level,
  type Policy,
  type PolicySource,
  type Recipient,
  type Rule,
  type RuleFilter,
  type RuleWindow,
  type StaircaseStep,
  type Trigger,
  type WindowKind,
} from './policy-schema.js';
export { formatPath, parsePolicy, parsePolicyJson, type PolicyProblem, type PolicyResult } from './parse-policy.js';
export { lineAndColumn, readJsonText, type JsonRead } from './json-text.js';
export { concernKey, isNews, NEWS_DAYS, resolveRecipients, type Concern, type NotifyTarget } from './concern.js';
export { evaluatePolicy, type PupilInput } from './evaluate.js';
export { forecastPolicy, project, type Forecast } from './forecast.js';
export { resolveWindows, type EvaluationWindow } from './windows.js';
export { countSchoolDays, dueDate, schoolDayAfter, schoolDayIndex, type SchoolDayIndex } from './school-days.js';
export { calendarFileSchema, parseCalendar, parseCalendarJson, type CalendarResult } from './calendar-schema.js';
export { datedDeadlines, DEFAULT_REMIND_SCHOOL_DAYS, type DatedDeadline } from './deadlines.js';
export { getPreset, isPresetId, PRESET_IDS, type PresetId } from './presets.js';
