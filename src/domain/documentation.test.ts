import { describe, expect, it } from 'vitest';
import { checkDocumentationUpdate, isoWeekOf } from './documentation.js';

const reasons = [
  { code: 'health_medical_note', active: true },
  { code: 'retired_code', active: false },
];
const absent = [{ id: 1, status: 'F' as const }];

describe('documenting absence', () => {
  it('documented needs a reason', () => {
    expect(checkDocumentationUpdate(absent, { documentation: 'documented', reasonCode: null }, reasons)).toEqual([
      { path: 'body.reasonCode', key: 'documentation.reasonRequired' },
    ]);
  });
  it('documented with a known reason is fine', () => {
    expect(checkDocumentationUpdate(absent, { documentation: 'documented', reasonCode: 'health_medical_note' }, reasons)).toEqual([]);
  });
  it('reported by home may go without a reason', () => {
    expect(checkDocumentationUpdate(absent, { documentation: 'reported', reasonCode: null }, reasons)).toEqual([]);
  });
  it('undocumented carries no reason', () => {
    expect(checkDocumentationUpdate(absent, { documentation: 'undocumented', reasonCode: 'health_medical_note' }, reasons)[0]?.key).toBe(
      'documentation.noReasonWhenUndocumented',
    );
  });
  it('an unknown or retired reason is refused', () => {
    expect(checkDocumentationUpdate(absent, { documentation: 'documented', reasonCode: 'made_up' }, reasons)[0]?.key).toBe('documentation.unknownReason');
    expect(checkDocumentationUpdate(absent, { documentation: 'documented', reasonCode: 'retired_code' }, reasons)[0]?.key).toBe('documentation.unknownReason');
  });
  it('only absences and late arrivals can be documented', () => {
    expect(
      checkDocumentationUpdate([{ id: 1, status: 'F' }, { id: 2, status: 'M' }], { documentation: 'reported', reasonCode: null }, reasons),
    ).toEqual([{ path: 'body.markIds.1', key: 'documentation.notAbsent' }]);
  });
});

describe('the ISO week of a day', () => {
  it('runs Monday to Sunday', () => {
    expect(isoWeekOf('2026-11-25')).toEqual({ from: '2026-11-23', to: '2026-11-29', week: 48 });
    expect(isoWeekOf('2026-11-23')).toEqual({ from: '2026-11-23', to: '2026-11-29', week: 48 });
    expect(isoWeekOf('2026-11-29')).toEqual({ from: '2026-11-23', to: '2026-11-29', week: 48 });
  });
  it('week 1 is the week with the first Thursday of the year', () => {
    expect(isoWeekOf('2027-01-01').week).toBe(53);
    expect(isoWeekOf('2027-01-04').week).toBe(1);
    expect(isoWeekOf('2026-01-01').week).toBe(1);
  });
});
