// Routine fidelity for a school's leadership: per step, the share of cases
// done within the staircase's deadlines, per school and class; the school
// days from the first concern to the first contact; closed cases and why.
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import type { Actor } from '../../../domain/access.js';
import type { Locale } from '../../../contracts/locale.js';
import { schoolTimeOf } from '../../../domain/dates.js';
import { fidelityGroup, routineFidelity, type FidelityGroup } from '../../../domain/overview/index.js';
import type { RoutineFidelity } from '../../../contracts/overview.js';
import { schoolCalendarsOn } from '../../db/repositories/school-calendars.js';
import { activePoliciesFor } from '../owner-policies.js';
import { audit } from '../audit.js';
import { requireSchoolLeadership } from './school-access.js';
import { loadCaseFacts } from './cases.js';
import { deadlineName, stepsOf } from './steps.js';
import type { Policy } from '../../../domain/rules/index.js';

function present(group: FidelityGroup, name: string, policy: Policy, locale: Locale) {
  const steps = stepsOf(policy, locale);
  return {
    ...group,
    name,
    steps: group.steps.map((s) => ({
      ...s,
      name: steps.find((x) => x.id === s.stepId)?.name ?? s.stepId,
      deadlines: s.deadlines.map((d) => ({ ...d, name: deadlineName(policy, s.stepId, d.deadlineId, locale) })),
    })),
  };
}

export async function getRoutineFidelity(database: Database, clock: Clock, actor: Actor, schoolId: string, locale: Locale): Promise<RoutineFidelity> {
  const school = await requireSchoolLeadership(database, actor, schoolId);
  const today = schoolTimeOf(clock.now()).date;
  const calendar = (await schoolCalendarsOn(database, [schoolId], today)).get(schoolId);
  const policy = (await activePoliciesFor(database, [school.owner_id])).get(school.owner_id)!.policy;
  const cases = await loadCaseFacts(database, [schoolId], today, calendar ? () => calendar : undefined);
  const groups = routineFidelity(cases.facts, stepsOf(policy, locale));
  await audit(database, actor, [{ action: 'read', entity: 'routine_fidelity', entityId: schoolId, reason: 'school_view', details: { schoolId, cases: cases.facts.length } }]);
  const mine = groups.find((g) => g.key === schoolId) ?? { ...fidelityGroup(schoolId, [], stepsOf(policy, locale)), classes: [] };
  return {
    asOf: today,
    casesAvailable: cases.available,
    schools: [{ ...present(mine, school.name, policy, locale), classes: mine.classes.map((c) => present(c, c.key, policy, locale)) }],
  };
}
