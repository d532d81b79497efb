import { describe, expect, it } from 'vitest';
import { locales } from '../../contracts/locale.js';
import { subjectLimitStatus } from './limit.js';
import { absent, limitInput, nth } from './test-support.js';
import { buildWarningLetter, type LetterBlock, type WarningLetterInput } from './warning-letter.js';

// 11 lessons of 45 minutes absent in Norwegian with 75 annual hours: 8.25 hours, 11 %.
const status = subjectLimitStatus(limitInput([...absent(11), ...Array.from({ length: 40 }, (_, i) => nth(11 + i))]));

const input = (extra: Partial<WarningLetterInput> = {}): WarningLetterInput => ({
  school: { name: 'Nordlys videregående skole', kind: 'public' },
  pupil: { name: 'Ada Berg' },
  to: 'pupil',
  subject: { code: 'NOR1267', name: 'Norsk' },
  assessment: { id: 'final', kind: 'final', date: '2027-06-10', limitApplies: true },
  status,
  sentOn: '2026-12-01',
  documentationDeadline: '2026-12-15',
  contestWeeks: 4,
  signedBy: { name: 'Hanne Strand', title: 'rektor' },
  ...extra,
});

const textOf = (blocks: LetterBlock[]) =>
  blocks.map((b) => (b.kind === 'list' ? b.items.join('\n') : b.kind === 'table' ? [b.caption, ...b.rows.flat()].join('\n') : b.text)).join('\n');

describe('the warning letter', () => {
  it('says in bokmål what is at stake, the rule, the figures and what the pupil can do', () => {
    const letter = buildWarningLetter(input(), 'nb');
    expect(letter.title).toBe('Varsel om fare for å ikke få karakter i Norsk');
    expect(letter.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph', 'paragraph', 'table', 'heading', 'list', 'paragraph', 'paragraph', 'paragraph']);
    const all = textOf(letter.blocks);
    expect(all).toContain('Ada Berg står i fare for ikke å få standpunktkarakter i Norsk');
    expect(all).toContain('10. juni 2027');
    expect(all).toContain('grensen går ved 7,5 timer');
    expect(all).toContain('gikk over 10 prosent i timen 2. september 2026, 3. time');
    expect(all).toContain('opplæringsforskrifta § 9-7');
    expect(all).toContain('statsforvalteren (opplæringsforskrifta § 10-5)');
    expect(all).toContain('innen 4 uker');
    expect(all).toContain('15. desember 2026');
  });

  it('has a figures table with the annual hours, the absence that counts, the share and the hours left', () => {
    const table = buildWarningLetter(input(), 'nb').blocks.find((b) => b.kind === 'table');
    expect(table).toMatchObject({
      caption: 'Fraværet i Norsk per 1. desember 2026',
      columns: ['Hva', 'Tall'],
      rows: [
        ['Årstimetall i faget', '75 timer'],
        ['Fravær som teller mot grensen', '8,3 timer'],
        ['Andel av årstimetallet', '11 prosent'],
        ['Igjen før 10 prosent', '0 timer'],
        ['Igjen før 15 prosent', '3 timer'],
        ['Anslag ved skoleårets slutt med samme fravær som hittil', expect.stringMatching(/prosent$/)],
      ],
    });
  });

  it('is written to the guardians of a pupil under 18 when they are the ones it goes to', () => {
    expect(textOf(buildWarningLetter(input({ to: 'guardians' }), 'nb').blocks)).toContain('Til foresatte for Ada Berg');
  });

  it('before the mid-year assessment, speaks of the grounds for a grade, not of the limit deciding it, and of no appeal', () => {
    const letter = buildWarningLetter(input({ assessment: { id: 'h1', kind: 'half_year', date: '2026-12-18', limitApplies: false } }), 'nb');
    const all = textOf(letter.blocks);
    expect(all).toContain('halvårsvurdering med karakter i Norsk 18. desember 2026');
    expect(all).toContain('ikke har nok grunnlag');
    expect(all).not.toContain('statsforvalteren');
  });

  it('cites the private schools\' regulation and names the head of the school for a private school', () => {
    const all = textOf(buildWarningLetter(input({ school: { name: 'Fjellheim private vgs', kind: 'private' } }), 'nb').blocks);
    expect(all).toContain('privatskoleforskrifta § 6-7');
    expect(all).toContain('kan daglig leder avgjøre');
    expect(all).toContain('privatskoleforskrifta § 7-5');
  });

  it('leaves out the documentation deadline when nothing can be documented any longer', () => {
    expect(textOf(buildWarningLetter(input({ documentationDeadline: null }), 'nb').blocks)).not.toContain('Fristen for å dokumentere');
  });

  it.each(locales)('is complete in %s: every variable filled, the same blocks as in bokmål', (locale) => {
    const letter = buildWarningLetter(input(), locale);
    expect(textOf(letter.blocks)).not.toMatch(/\{\{|\}\}/);
    expect(letter.blocks.map((b) => b.kind)).toEqual(buildWarningLetter(input(), 'nb').blocks.map((b) => b.kind));
  });

  it('writes numbers and dates the way each language does', () => {
    expect(textOf(buildWarningLetter(input(), 'nn').blocks)).toContain('grensa går ved 7,5 timar');
    const en = textOf(buildWarningLetter(input(), 'en').blocks);
    expect(en).toContain('the limit is 7.5 hours');
    expect(en).toContain('10 June 2027');
  });
});
