import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../../api/api-error';
import { initialDraft, missingFields, serverFieldErrors, toRequest, withFromDate, withKind, withPeriod } from './form-state';

const TODAY = '2025-11-20';
const pupil = (id: string) => ({ id, givenName: 'Ada', familyName: 'Berg', self: false });
const reasons = {
  absence: ['health_self_reported', 'family_reasons', 'other'],
  leave_request: ['family_reasons', 'driving_test', 'other'],
};

describe('the notice form', () => {
  it('starts as absence for today, with the only pupil chosen', () => {
    const draft = initialDraft([pupil('p1')], TODAY);
    expect(draft).toMatchObject({ pupilId: 'p1', kind: 'absence', fromDate: TODAY, toDate: TODAY, extent: 'whole' });
    expect(initialDraft([pupil('p1'), pupil('p2')], TODAY).pupilId).toBe('');
  });

  it('moves today to tomorrow when switching to leave, which is asked for before its first day', () => {
    const leave = withKind(initialDraft([pupil('p1')], TODAY), 'leave_request', reasons, TODAY);
    expect(leave).toMatchObject({ fromDate: '2025-11-21', toDate: '2025-11-21' });
    const later = withKind({ ...leave, fromDate: '2025-12-01', toDate: '2025-12-03' }, 'absence', reasons, TODAY);
    expect(later).toMatchObject({ fromDate: '2025-12-01', toDate: '2025-12-03' });
  });

  it('keeps a reason both kinds allow and clears one the new kind lacks', () => {
    const draft = { ...initialDraft([pupil('p1')], TODAY), reasonCode: 'family_reasons' };
    expect(withKind(draft, 'leave_request', reasons, TODAY).reasonCode).toBe('family_reasons');
    expect(withKind({ ...draft, reasonCode: 'health_self_reported' }, 'leave_request', reasons, TODAY).reasonCode).toBe('');
  });

  it('pulls the end date along when the start moves past it', () => {
    const draft = initialDraft([pupil('p1')], TODAY);
    expect(withFromDate(draft, '2025-11-24').toDate).toBe('2025-11-24');
    expect(withFromDate({ ...draft, toDate: '2025-11-30' }, '2025-11-24').toDate).toBe('2025-11-30');
  });

  it('asks for lessons only when single lessons are chosen, and sends null for whole days', () => {
    const draft = { ...initialDraft([pupil('p1')], TODAY), reasonCode: 'other' };
    expect(missingFields(draft)).toEqual({});
    expect(toRequest(draft).periods).toBeNull();
    const lessons = { ...draft, extent: 'lessons' as const };
    expect(missingFields(lessons)).toEqual({ periods: 'notices:form.lessonsRequired' });
    const chosen = withPeriod(withPeriod(lessons, 3, true), 1, true);
    expect(toRequest(chosen).periods).toEqual([1, 3]);
    expect(withPeriod(chosen, 3, false).periods).toEqual([1]);
  });

  it('puts the server’s field messages next to the right field', () => {
    const error = new ApiRequestError(400, 'validation', 'Ugyldig', [
      { path: 'body.fromDate', message: 'Permisjon må søkes før den første dagen.' },
      { path: 'body.periods.2', message: 'For stor.' },
      { path: 'query.x', message: 'Ikke i skjemaet.' },
      { path: 'body.somethingElse', message: 'Annet.' },
    ]);
    expect(serverFieldErrors(error)).toEqual({
      byField: { fromDate: 'Permisjon må søkes før den første dagen.', periods: 'For stor.' },
      other: ['Annet.'],
    });
  });
});
