// Rules for documenting absence: what the contact teacher may set on a mark.
import { endOfISOWeek, format, getISOWeek, parseISO, startOfISOWeek } from 'date-fns';
import type { RegistrationProblem } from './registration.js';

export type DocumentationState = 'undocumented' | 'reported' | 'documented';

export interface ReasonRef {
  code: string;
  active: boolean;
}

/**
 * Problems with setting a documentation state and reason on marks. Reasons are
 * structured codes, never free text (free text about health in a
 * teacher-facing field was part of the Oslo Skolemelding fine).
 */
export function checkDocumentationUpdate(
  marks: readonly { id: number; status: 'M' | 'F' | 'S' | 'O' }[],
  request: { documentation: DocumentationState; reasonCode: string | null },
  reasons: readonly ReasonRef[],
): RegistrationProblem[] {
  const problems: RegistrationProblem[] = [];
  if (request.documentation === 'documented' && !request.reasonCode) {
    problems.push({ path: 'body.reasonCode', key: 'documentation.reasonRequired' });
  }
  if (request.documentation === 'undocumented' && request.reasonCode) {
    problems.push({ path: 'body.reasonCode', key: 'documentation.noReasonWhenUndocumented' });
  }
  if (request.reasonCode && !reasons.some((r) => r.code === request.reasonCode && r.active)) {
    problems.push({ path: 'body.reasonCode', key: 'documentation.unknownReason' });
  }
  marks.forEach((mark, i) => {
    if (mark.status !== 'F' && mark.status !== 'S') {
      problems.push({ path: `body.markIds.${i}`, key: 'documentation.notAbsent' });
    }
  });
  return problems;
}

/** Monday and Sunday of the ISO week that holds the day, and its week number ("uke 48"). */
export function isoWeekOf(day: string): { from: string; to: string; week: number } {
  const date = parseISO(day);
  return {
    from: format(startOfISOWeek(date), 'yyyy-MM-dd'),
    to: format(endOfISOWeek(date), 'yyyy-MM-dd'),
    week: getISOWeek(date),
  };
}
