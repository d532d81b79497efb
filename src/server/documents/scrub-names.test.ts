import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nameScrubber, scrubStrings } from './scrub-names.js';

const scrub = nameScrubber([
  { placeholder: '[eleven]', names: ['Nora Åsheim'] },
  { placeholder: '[foresatt]', names: ['Eva Åsheim-Dahl'] },
  { placeholder: '[ansatt]', names: ['Kari Larsen'] },
]);

describe('names out of a text for an anonymised consultation', () => {
  it('replaces full names, each part, and the genitive, whatever the case', () => {
    expect(scrub('Nora Åsheim sover lite. Noras mor, Eva, ringte Kari Larsen.')).toBe('[eleven] sover lite. [eleven]s mor, [foresatt], ringte [ansatt].');
    expect(scrub('NORA kommer ikke; åsheim-familien')).toBe('[eleven] kommer ikke; [eleven]-familien');
  });
  it('leaves words that only contain a name alone', () => {
    expect(scrub('Noralf og Karin og Evaluering')).toBe('Noralf og Karin og Evaluering');
  });
  it('leaves no name behind in any text made of names and words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Nora', 'Åsheim', 'Eva', 'Kari', 'Larsen', 'kommer', 'mor', 'i dag', 'Noras'), { maxLength: 12 }), (words) => {
        const out = scrub(words.join(' '));
        for (const name of ['Nora', 'Åsheim', 'Eva', 'Kari', 'Larsen']) expect(out).not.toMatch(new RegExp(`(^|\\s)${name}`, 'u'));
      }),
    );
  });
  it('scrubs every string of a document model but its kinds', () => {
    expect(scrubStrings({ kind: 'paragraph', text: 'Nora', rows: [['Kari', 'x']] }, scrub)).toEqual({ kind: 'paragraph', text: '[eleven]', rows: [['[ansatt]', 'x']] });
  });
});
