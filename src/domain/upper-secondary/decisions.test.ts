import { describe, expect, it } from 'vitest';
import { locales } from '../../contracts/locale.js';
import { buildComplaintDecision, buildDocumentationDecision } from './decisions.js';

const all = (blocks: { kind: string; text?: string }[]) => blocks.map((b) => b.text ?? '').join('\n');

describe('the notices of a decision', () => {
  it('tells that handed-in documentation was accepted', () => {
    const notice = buildDocumentationDecision({ accepted: true, lessonDate: '2026-11-16' }, 'nb');
    expect(notice.title).toBe('Dokumentasjonen er godkjent');
    expect(all(notice.blocks)).toContain('fraværet 16. november 2026 er godkjent');
  });

  it('gives the reason when documentation is rejected, and the deadline still open', () => {
    const notice = buildDocumentationDecision({ accepted: false, lessonDate: '2026-11-16', reason: 'Datoen på erklæringen gjelder en annen dag.', deadline: '2026-11-30' }, 'nb');
    expect(all(notice.blocks)).toContain('Begrunnelse: Datoen på erklæringen gjelder en annen dag.');
    expect(all(notice.blocks)).toContain('innen 30. november 2026');
  });

  it('tells that a contested mark was corrected, or stands with the teacher\'s reason and whom to turn to', () => {
    expect(all(buildComplaintDecision({ accepted: true, subject: 'Norsk', lessonDate: '2026-11-16', period: 3 }, 'nb').blocks)).toContain('Norsk 16. november 2026, 3. time');
    const rejected = buildComplaintDecision({ accepted: false, subject: 'Norsk', lessonDate: '2026-11-16', period: 3, reason: 'Du kom 30 minutter for sent.', schoolKind: 'private' }, 'nn');
    expect(all(rejected.blocks)).toContain('Grunngiving: Du kom 30 minutter for sent.');
    expect(all(rejected.blocks)).toContain('dagleg leiar');
  });

  it.each(locales)('is complete in %s', (locale) => {
    const notices = [
      buildDocumentationDecision({ accepted: true, lessonDate: '2026-11-16' }, locale),
      buildDocumentationDecision({ accepted: false, lessonDate: '2026-11-16', reason: 'x', deadline: '2026-11-30' }, locale),
      buildComplaintDecision({ accepted: true, subject: 'Norsk', lessonDate: '2026-11-16', period: 3 }, locale),
      buildComplaintDecision({ accepted: false, subject: 'Norsk', lessonDate: '2026-11-16', period: 3, reason: 'x', schoolKind: 'public' }, locale),
    ];
    for (const n of notices) expect(all(n.blocks)).not.toMatch(/\{\{/);
  });
});
