// Which kinds of record an event counts as, for the staircase's «what must be
// recorded»: a meeting with minutes is both a meeting and minutes.
import type { CaseEvent } from '../../contracts/followup-case.js';
import type { RecordKind } from './staircase-schema.js';

export function recordKindsOf(event: CaseEvent): RecordKind[] {
  switch (event.type) {
    case 'contactLogged':
      return ['contact'];
    case 'conversationHeld':
      return event.minutes ? ['conversation', 'minutes'] : ['conversation'];
    case 'meetingHeld':
      return event.minutes ? ['meeting', 'minutes'] : ['meeting'];
    case 'mappingDone':
      return ['mapping'];
    case 'agreementMade':
      return ['agreement'];
    case 'evaluationDone':
      return ['evaluation'];
    case 'consentRecorded':
      return ['consent'];
    default:
      return [];
  }
}
