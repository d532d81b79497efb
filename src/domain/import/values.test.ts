import { describe, expect, it } from 'vitest';
import { readBoolean, readDate, readDocumentation, readEmail, readMinutesLate, readPeriod, readStatus, readTime } from './values.js';

describe('reading cells', () => {
  it('reads dates as YYYY-MM-DD or DD.MM.YYYY and refuses impossible ones', () => {
    expect(readDate('2026-11-23')).toEqual({ ok: true, value: '2026-11-23' });
    expect(readDate('23.11.2026')).toEqual({ ok: true, value: '2026-11-23' });
    expect(readDate('5.1.2027')).toEqual({ ok: true, value: '2027-01-05' });
    expect(readDate('29.02.2028')).toEqual({ ok: true, value: '2028-02-29' });
    for (const bad of ['29.02.2027', '2026-13-01', '23.11.26', '2026/11/23', '31.04.2027', 'i går']) {
      expect(readDate(bad), bad).toEqual({ ok: false, reason: 'row.badDate', params: { value: bad } });
    }
  });

  it('reads times with a colon or a dot', () => {
    expect(readTime('8:15')).toEqual({ ok: true, value: '08:15' });
    expect(readTime('08.15')).toEqual({ ok: true, value: '08:15' });
    expect(readTime('24:00').ok).toBe(false);
    expect(readTime('0815').ok).toBe(false);
  });

  it('reads periods 1-16 and minutes late 1-240', () => {
    expect(readPeriod('16')).toEqual({ ok: true, value: 16 });
    expect(readPeriod('0')).toMatchObject({ ok: false, reason: 'row.badPeriod' });
    expect(readPeriod('2.5')).toMatchObject({ ok: false, reason: 'row.badPeriod' });
    expect(readMinutesLate('240')).toEqual({ ok: true, value: 240 });
    expect(readMinutesLate('241')).toMatchObject({ ok: false, reason: 'row.badMinutesLate', params: { value: '241', min: 1, max: 240 } });
  });

  it('reads the status letters M F S O in either case, and nothing else', () => {
    expect(readStatus('f')).toEqual({ ok: true, value: 'F' });
    expect(readStatus('X')).toEqual({ ok: false, reason: 'row.badStatus', params: { value: 'X' } });
    expect(readStatus('Fravær').ok).toBe(false);
  });

  it('reads the documentation words', () => {
    expect(readDocumentation('Meldt')).toEqual({ ok: true, value: 'reported' });
    expect(readDocumentation('dokumentert')).toEqual({ ok: true, value: 'documented' });
    expect(readDocumentation('udokumentert')).toEqual({ ok: true, value: 'undocumented' });
    expect(readDocumentation('legeerklæring').ok).toBe(false);
  });

  it('reads yes and no in Norwegian and English, and e-mail addresses in lower case', () => {
    expect(readBoolean('Ja')).toEqual({ ok: true, value: true });
    expect(readBoolean('nei')).toEqual({ ok: true, value: false });
    expect(readBoolean('kanskje').ok).toBe(false);
    expect(readEmail('Kari.Lærer@Skole.NO')).toEqual({ ok: true, value: 'kari.lærer@skole.no' });
    expect(readEmail('kari@skole').ok).toBe(false);
  });
});
