// docs/patterns.md and docs/policies.md against the code: every default in
// their tables is the one the detectors use, and the examples of a
// `patterns` section are valid settings.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PATTERN_SETTINGS, patternSettingsSchema, type PatternSettings } from '../../src/domain/patterns/settings.js';

const patternsPage = readFileSync(new URL('../../docs/patterns.md', import.meta.url), 'utf8');
const policiesPage = readFileSync(new URL('../../docs/policies.md', import.meta.url), 'utf8');

type Section = Exclude<keyof PatternSettings, 'significance'>;
const SECTIONS = Object.keys(DEFAULT_PATTERN_SETTINGS).filter((k): k is Section => k !== 'significance');

/** `"patterns": { ... }` blocks, read as JSON. */
const examples = (page: string) =>
  [...page.matchAll(/```json\n"patterns": (\{[\s\S]*?\n\})\n```/g)].map((m) => JSON.parse(m[1] as string) as unknown);

describe('docs/patterns.md', () => {
  it('gives, under each detector, the defaults the detectors use', () => {
    for (const section of SECTIONS) {
      // The detector's heading names its settings section in brackets: (`weekday`).
      const start = patternsPage.search(new RegExp(`\\(\`${section}\`\\)`));
      expect(start, section).toBeGreaterThan(0);
      const next = patternsPage.slice(start).search(/\n##/);
      const part = patternsPage.slice(start, next < 0 ? undefined : start + next);
      const documented = Object.fromEntries([...part.matchAll(/^\| `(\w+)` \| ([\d.]+) \|/gm)].map((m) => [m[1], Number(m[2])]));
      const { enabled: _, ...defaults } = DEFAULT_PATTERN_SETTINGS[section];
      expect(documented, section).toEqual(defaults);
    }
    expect(patternsPage).toContain(`| \`significance\` | ${DEFAULT_PATTERN_SETTINGS.significance} |`);
  });

  it('has examples of settings that are valid', () => {
    const found = [...examples(patternsPage), ...examples(policiesPage)];
    expect(found).toHaveLength(2);
    for (const example of found) expect(patternSettingsSchema.safeParse(example).error).toBeUndefined();
  });
});

describe('docs/policies.md', () => {
  it('lists every detector with its defaults', () => {
    for (const section of SECTIONS) {
      const patternsSection = policiesPage.slice(policiesPage.indexOf('\n## Patterns'));
      const row = patternsSection.split('\n').find((line) => line.startsWith(`| \`${section}\` |`));
      expect(row, section).toBeDefined();
      const { enabled: _, ...defaults } = DEFAULT_PATTERN_SETTINGS[section];
      for (const [key, value] of Object.entries(defaults)) expect(row, `${section}.${key}`).toContain(`\`${key}\` (${value})`);
    }
  });
});
