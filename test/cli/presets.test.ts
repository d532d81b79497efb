// The preset files as an owner sees them: every file in presets/ is a valid
// policy, named after its id, and is one the command and the server offer.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicyJson } from '../../src/domain/rules/parse-policy.js';
import { getPreset, PRESET_IDS } from '../../src/domain/rules/presets.js';

const dir = new URL('../../presets/', import.meta.url);
const files = readdirSync(dir).filter((name) => name.endsWith('.json'));

describe('the preset files', () => {
  it('are the presets offered, one file each', () => {
    expect(files.map((name) => name.replace(/\.json$/, '')).sort()).toEqual([...PRESET_IDS].sort());
  });

  it.each(files)('%s is a valid policy whose id is its file name', (name) => {
    const result = parsePolicyJson(readFileSync(new URL(name, dir), 'utf8'));
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (result.ok) {
      expect(result.policy.id).toBe(name.replace(/\.json$/, ''));
      expect(result.policy).toEqual(getPreset(result.policy.id as (typeof PRESET_IDS)[number]));
    }
  });
});
