// docs/staircases.md promises its JSON blocks work: a whole staircase is
// checked as it stands, a single step inside a staircase around it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStaircase, getStaircasePreset } from '../../src/domain/followup/staircases.js';

const page = readFileSync(new URL('../../docs/staircases.md', import.meta.url), 'utf8');
const blocks = [...page.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1] ?? '') as Record<string, unknown>);

/** A step example stands between two steps of Lyngen's, so that every outcome and backTo has somewhere to go. */
function around(step: Record<string, unknown>) {
  const lyngen = getStaircasePreset('lyngen');
  const first = { ...lyngen.steps[0]!, id: typeof step.backTo === 'string' ? step.backTo : 'forste' };
  return { ...lyngen, steps: [first, { ...step, number: 2 }, { ...lyngen.steps[3]!, id: 'siste', number: 3 }] };
}

describe('the examples in docs/staircases.md', () => {
  it('has a whole staircase and steps to check', () => {
    expect(blocks.filter((b) => 'steps' in b)).toHaveLength(1);
    expect(blocks.filter((b) => 'deadlines' in b).length).toBeGreaterThanOrEqual(3);
  });

  it.each(blocks.map((b, i) => [i, b] as const))('block %i is valid', (_i, block) => {
    const result = 'steps' in block ? parseStaircase(block) : 'deadlines' in block ? parseStaircase(around(block)) : parseStaircase(around({ ...getStaircasePreset('lyngen').steps[1]!, deadlines: [block] }));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});
