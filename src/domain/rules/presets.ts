// The policies Nærvær ships with, each following one source document (named in
// its `source`). They are data files in presets/ so that an owner can copy one
// and change it; they are bundled here so that the server and the command use
// them without reading files. Each is checked with the policy schema the first
// time it is asked for, and the tests check them all.
import lyngen from '../../../presets/lyngen.json' with { type: 'json' };
import tromsVgs from '../../../presets/troms-vgs.json' with { type: 'json' };
import nittedal from '../../../presets/nittedal.json' with { type: 'json' };
import nationalDefault from '../../../presets/national-default.json' with { type: 'json' };
import { parsePolicy } from './parse-policy.js';
import type { Policy } from './policy-schema.js';

export const PRESET_IDS = ['lyngen', 'troms-vgs', 'nittedal', 'national-default'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

const RAW: Record<PresetId, unknown> = {
  lyngen,
  'troms-vgs': tromsVgs,
  nittedal,
  'national-default': nationalDefault,
};

const parsed = new Map<PresetId, Policy>();

export const isPresetId = (id: string): id is PresetId => (PRESET_IDS as readonly string[]).includes(id);

/** The preset as a checked policy. Throws if the bundled file is not a valid policy (the tests make sure it is). */
export function getPreset(id: PresetId): Policy {
  let policy = parsed.get(id);
  if (policy === undefined) {
    const result = parsePolicy(RAW[id]);
    if (!result.ok) {
      const problems = result.problems.map((p) => `${p.path || '(policy)'}: ${p.message}`).join('; ');
      throw new Error(`The preset ${id} is not a valid policy: ${problems}`);
    }
    policy = result.policy;
    parsed.set(id, policy);
  }
  // A copy: callers may change it (an owner's edited copy) without changing the preset for everybody else.
  return structuredClone(policy);
}
