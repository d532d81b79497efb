import { describe, expect, it } from 'vitest';
import { findGuide, getConversationGuides, unknownQuestions } from './conversation-guides.js';

describe('the conversation guides', () => {
  it('has a guide for the pupil and one for the guardians, each naming its sources', () => {
    const { guides } = getConversationGuides();
    expect(guides.map((g) => g.for)).toEqual(expect.arrayContaining(['pupil', 'guardians']));
    for (const guide of guides) expect(guide.sources.every((s) => /^seeds\/00[0-4]_[0-9a-f]{16}\.txt$/.test(s))).toBe(true);
  });

  it('asks the pupil about bullying, online life and how the school day could be better', () => {
    const ids = findGuide('pupil-mapping')!.sections.flatMap((s) => s.questions.map((q) => q.id));
    expect(ids).toEqual(expect.arrayContaining(['bullying', 'online', 'ideal-day', 'what-we-can-do']));
  });

  it('asks the guardians about mornings and evenings, and what help they need', () => {
    const ids = findGuide('guardians-mapping')!.sections.flatMap((s) => s.questions.map((q) => q.id));
    expect(ids).toEqual(expect.arrayContaining(['routines', 'needs']));
  });

  it('finds answers to questions the guide does not have', () => {
    expect(unknownQuestions(findGuide('pupil-mapping')!, [{ questionId: 'thriving' }, { questionId: 'nope' }])).toEqual(['nope']);
  });

  it('has a meeting agenda with the pupil and the guardians\' questions on it', () => {
    const [agenda] = getConversationGuides().agendas;
    expect(agenda?.items.length).toBeGreaterThanOrEqual(4);
  });
});
