// The policy in force for a school owner's schools of one level: the rules
// and thresholds the pupil's page draws, and the settings of the pattern
// detectors. Storing a policy per owner comes with issue 4; until then each
// owner gets the preset that fits the school level, and this function is the
// one place to change when the stored policy arrives.
import type { Database } from '../db/client.js';
import { getPreset } from '../../domain/rules/presets.js';
import type { Policy } from '../../domain/rules/policy-schema.js';

export interface PolicyScope {
  ownerId: string;
  /** schools.level: 'upper_secondary' for vgs, otherwise compulsory school. */
  schoolLevel: string;
}

export async function activePolicyFor(_database: Database, { schoolLevel }: PolicyScope): Promise<Policy> {
  return getPreset(schoolLevel === 'upper_secondary' ? 'troms-vgs' : 'lyngen');
}
