// Which staircase an owner's cases follow: the preset whose steps agree with
// the owner's policy in force (its triggers name those steps), the one the
// policy was based on first. An owner whose policy has no staircase follows
// Lyngen's, the shortest of the presets.
import type { Queryable } from '../../db/client.js';
import { getStaircasePreset, isStaircasePresetId, staircaseMismatches, STAIRCASE_PRESET_IDS, type Staircase } from '../../../domain/followup/index.js';
import { activePoliciesFor } from '../owner-policies.js';

export async function ownerStaircase(db: Queryable, ownerId: string): Promise<Staircase> {
  const active = (await activePoliciesFor(db, [ownerId])).get(ownerId);
  const policy = active?.policy;
  const preferred = active?.basedOn && isStaircasePresetId(active.basedOn) ? [active.basedOn] : [];
  if (policy?.staircase) {
    for (const id of [...preferred, ...STAIRCASE_PRESET_IDS]) {
      const staircase = getStaircasePreset(id);
      if (staircaseMismatches(staircase, policy).length === 0) return staircase;
    }
  }
  return getStaircasePreset(preferred[0] ?? 'lyngen');
}
