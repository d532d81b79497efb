// The follow-up preset files as an owner sees them: every staircase, measure
// bank and set of conversation guides in presets/ is valid and named after its id.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getStaircasePreset, parseStaircaseJson, STAIRCASE_PRESET_IDS, type StaircasePresetId } from '../../src/domain/followup/staircases.js';
import { measureBankSchema } from '../../src/domain/followup/measure-bank-schema.js';
import { conversationGuidesSchema } from '../../src/domain/followup/conversation-guides.js';

const folder = (name: string) => new URL(`../../presets/${name}/`, import.meta.url);
const jsonFiles = (dir: URL) => readdirSync(dir).filter((name) => name.endsWith('.json'));
const read = (dir: URL, name: string) => readFileSync(new URL(name, dir), 'utf8');

describe('the follow-up preset files', () => {
  const staircases = folder('staircases');

  it('are the staircases offered, one file each', () => {
    expect(jsonFiles(staircases).map((name) => name.replace(/\.json$/, '')).sort()).toEqual([...STAIRCASE_PRESET_IDS].sort());
  });

  it.each(jsonFiles(staircases))('staircases/%s is a valid staircase whose id is its file name', (name) => {
    const result = parseStaircaseJson(read(staircases, name));
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (result.ok) {
      expect(result.staircase.id).toBe(name.replace(/\.json$/, ''));
      expect(result.staircase).toEqual(getStaircasePreset(result.staircase.id as StaircasePresetId));
    }
  });

  it.each([
    ['measure-banks', measureBankSchema],
    ['conversation-guides', conversationGuidesSchema],
  ] as const)('every file in %s is valid and named after its id', (name, schema) => {
    const dir = folder(name);
    expect(jsonFiles(dir).length).toBeGreaterThan(0);
    for (const file of jsonFiles(dir)) {
      const data = schema.parse(JSON.parse(read(dir, file)));
      expect(data.id).toBe(file.replace(/\.json$/, ''));
    }
  });
});
