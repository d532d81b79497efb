// Earlier cases of the demo school, for the owner's statistics «attendance
// before and after measures»: ten pupils with much absence in the weeks
// before got a collaboration agreement some five to seven weeks ago, each with
// measures for the morning and the evening from the bank's «Plan for nærvær»,
// most of them conversations too, a few a gradual return, and a plan B
// written freely. Enough for the plan and the conversations to show with
// their figures, while the gradual return (two pupils) stays hidden. The
// marks are the demo's as they were seeded: whatever the figures show is what
// those pupils' attendance did, which is the point of the caveat beside them.
// Each case went up the staircase as the routine says: the phone call and the
// conversation the same day, the meeting with mapping and agreement within the
// week, the evaluation two weeks on. Then four were closed with attendance
// back to normal, three go on with the measures, and three went on to the
// team around the pupil, with the family's consent (one naming PPT, whose
// demo login is on that case's team). None is a pupil of Kari Larsen's, whose own case list
// the demo keeps to one case. Written through the same services as the app,
// so each log replays.
import type { Database } from '../db/client.js';
import { fixedClock } from '../clock.js';
import type { Actor } from '../../domain/access.js';
import { MEASURE_SPAN_DAYS } from '../../domain/overview/index.js';
import { openCaseForPupil } from '../services/followup/cases.js';
import {
  addMapping,
  closeCase,
  evaluateCaseAgreement,
  holdConversation,
  logContact,
  makeCaseAgreement,
  moveCase,
  planMeeting,
  recordConsent,
  setMember,
  writeMinutes,
} from '../services/followup/case-writes.js';
import { osloTimestamp } from './oslo-time.js';

const CONTACT_TEACHER = 'laerer@fjordvik.example';
const PUPILS = 10;
/** The staircase's «after two weeks», in school days. */
const EVALUATION_AFTER_DAYS = 10;

const osloAt = (date: string, hour: number) => osloTimestamp(date, `${String(hour).padStart(2, '0')}:00`);

export async function seedMeasuresDemo(database: Database, now: Date): Promise<number> {
  const [kari] = await database.query<{ id: string; school_id: string }>(
    `select u.id, r.school_id from users u join role_assignments r on r.user_id = u.id and r.role = 'teacher' where lower(u.email) = $1 limit 1`,
    [CONTACT_TEACHER],
  );
  if (!kari) return 0;
  const [ppt] = await database.query<{ id: string }>(`select id from users where lower(email) = 'ppt@fjordvik.example'`);
  const today = now.toISOString().slice(0, 10);
  // The school's days with lessons held, so far: the agreements need 20 of them before and 20 after.
  const days = (
    await database.query<{ date: string }>(`select distinct date::text as date from lessons where school_id = $1 and status = 'held' and date < $2::date order by date`, [kari.school_id, today])
  ).map((r) => r.date);
  const latest = days.length - MEASURE_SPAN_DAYS - 1;
  const earliest = MEASURE_SPAN_DAYS + 3;
  if (latest - 9 < earliest) return 0;
  // Agreements made on one of the last school days that has 20 after it, spread over two weeks.
  const madeOnOf = (k: number) => days[latest - (k % 5) * 2 - (k >= 5 ? 1 : 0)]!;
  const windowFrom = days[Math.max(0, latest - 9 - MEASURE_SPAN_DAYS)]!;
  const windowTo = days[latest - 9]!;
  const pupils = await database.query<{ id: string; given_name: string; family_name: string; teacher_id: string; teacher_name: string; owner_id: string }>(
    `select p.id, p.given_name, p.family_name, p.owner_id, ct.user_id as teacher_id, u.given_name || ' ' || u.family_name as teacher_name
       from pupils p
       join lateral (select c.user_id from contact_teachers c where c.pupil_id = p.id order by c.user_id limit 1) ct on true
       join users u on u.id = ct.user_id
      where p.school_id = $1
        and not exists (select 1 from contact_teachers k where k.pupil_id = p.id and k.user_id = $2)
        and not exists (select 1 from followup_cases f where f.pupil_id = p.id)
      order by (select count(*) from attendance_marks m where m.pupil_id = p.id and m.status = 'F' and m.date between $3::date and $4::date) desc, p.id
      limit $5`,
    [kari.school_id, kari.id, windowFrom, windowTo, PUPILS],
  );
  let made = 0;
  for (const [k, pupil] of pupils.entries()) {
    const actor: Actor = { userId: pupil.teacher_id, ownerId: pupil.owner_id, roles: [{ role: 'teacher', schoolId: kari.school_id }] };
    const madeOn = madeOnOf(k);
    const openedOn = days[days.indexOf(madeOn) - 3]!;
    const teacher = { name: pupil.teacher_name, role: 'contactTeacher' as const, userId: pupil.teacher_id };
    const guardian = { name: `Foresatt til ${pupil.given_name}`, role: 'guardians' as const };
    const child = { name: `${pupil.given_name} ${pupil.family_name}`, role: 'pupil' as const };
    const { caseId } = await openCaseForPupil(database, fixedClock(osloAt(openedOn, 9)), actor, pupil.id, {
      from: { kind: 'manual', reason: 'Mye fravær de siste ukene, både hele dager og enkelttimer.' },
    });
    const at = (date: string, hour: number) => fixedClock(osloAt(date, hour));
    const voice = { how: 'inPerson' as const, text: 'Det er vanskelig å komme seg opp om morgenen.' };
    await logContact(database, at(openedOn, 10), actor, caseId, {
      at: osloAt(openedOn, 10), channel: 'phone', withWhom: [guardian], initiatedBy: 'school',
      summary: 'Ringte hjem om fraværet. Foresatte kjenner seg igjen og kommer til en samtale i dag.', outcome: 'meetingAgreed',
    });
    await holdConversation(database, at(openedOn, 15), actor, caseId, {
      at: osloAt(openedOn, 14), with: 'pupilAndGuardians', participants: [teacher, guardian, child], answers: [], pupilVoice: voice,
      minutes: `Vi snakket om fraværet de siste ukene. ${pupil.given_name} sover lite og kommer seg ikke opp. Vi kartlegger årsakene og møtes om tiltak.`,
      nextSteps: 'Årsakskartlegging og møte om tiltak innen en uke.',
    });
    await moveCase(database, at(openedOn, 15), actor, caseId, { move: 'advance' });
    await addMapping(database, at(madeOn, 12), actor, caseId, {
      tool: 'causeMapping',
      mapping: {
        at: osloAt(madeOn, 12), perspective: 'pupil', detail: { subjects: [], teachers: [], situations: [], otherSituations: [] },
        scores: { schoolFeelsHard: 30, fallingBehind: 20, otherActivity: 0, friendsAndBelonging: 10, mentalHealth: 20, physicalHealth: 10, sleep: 70 + k, home: 10 },
      },
    });
    await planMeeting(database, at(openedOn, 16), actor, caseId, {
      title: 'Møte om kartlegging og tiltak',
      invitation: { date: madeOn, from: '14:00', to: '15:00', place: 'Møterommet', invited: [guardian, child], agenda: [{ title: 'Hva kartleggingen viser' }, { title: 'Tiltak hjemme og på skolen' }] },
    });
    const [meeting] = await database.query<{ id: string }>('select id from case_meetings where case_id = $1', [caseId]);
    await writeMinutes(database, at(madeOn, 15), actor, caseId, meeting!.id, {
      heldAt: osloAt(madeOn, 14), present: [teacher, guardian, child], absent: [],
      items: [
        { title: 'Hva kartleggingen viser', notes: 'Søvn og morgenen er det vanskeligste.' },
        { title: 'Tiltak hjemme og på skolen', notes: 'Kveldsrutiner hjemme, noen tar imot om morgenen, plan B.' },
      ],
      decisions: [{ text: 'Vi lager en samarbeidsavtale og evaluerer om to uker.', responsible: teacher.name }],
      pupilVoice: voice, writtenBy: teacher,
    });
    const measures = [
      { id: 'm1', party: 'school' as const, text: 'Kontaktlærer tar imot eleven ved døra om morgenen.', measureId: 'morning-encouragement', responsible: teacher.name },
      { id: 'm2', party: 'home' as const, text: 'Faste kveldsrutiner og leggetid på skoledager.', measureId: 'evening-routine', responsible: guardian.name },
      ...(k < 7 ? [{ id: 'm3', party: 'school' as const, text: 'Fast samtale med kontaktlærer hver mandag.', measureId: 'regular-talks-contact-teacher', responsible: teacher.name }] : []),
      ...(k >= 8 ? [{ id: 'm4', party: 'school' as const, text: 'Gradvis tilbake: først de to første timene, så hele dager.', measureId: 'gradual-return-plan', responsible: teacher.name }] : []),
      { id: 'plan-b', party: 'planB' as const, text: 'Foresatte ringer kontaktlærer før kl. 08 om morgenen går i stå.', responsible: guardian.name },
    ];
    const evaluationOn = days[days.indexOf(madeOn) + EVALUATION_AFTER_DAYS]!;
    const agreementId = await makeCaseAgreement(database, at(madeOn, 16), actor, caseId, {
      content: {
        madeOn, present: [teacher, guardian, child],
        goal: `${pupil.given_name} kommer på skolen hver dag, til alle timene.`,
        subGoals: ['Kommer til første time.'],
        measures,
        evaluationOn,
      },
    });
    // Four back to normal and closed, three go on with the measures, three to the team around the pupil.
    const outcome = k < 4 ? 'closed' : k < 7 ? 'continue' : 'interdisciplinary';
    await evaluateCaseAgreement(database, at(evaluationOn, 15), actor, caseId, agreementId, {
      evaluation: {
        on: evaluationOn, present: [teacher, guardian, child],
        // Plan B was not needed where the measures worked.
        judgements: measures.map((m) =>
          m.party === 'planB'
            ? { measureId: m.id, carriedOut: outcome === 'interdisciplinary' ? ('yes' as const) : ('no' as const), worked: outcome === 'interdisciplinary' ? ('partly' as const) : ('unknown' as const) }
            : { measureId: m.id, carriedOut: 'yes' as const, worked: outcome === 'interdisciplinary' ? ('partly' as const) : ('yes' as const) },
        ),
        outcomes: [outcome === 'interdisciplinary' ? 'interdisciplinary' : 'continue'],
        pupilVoice: voice,
      },
      ...(outcome !== 'interdisciplinary' ? { nextEvaluationOn: days[days.indexOf(evaluationOn) + EVALUATION_AFTER_DAYS]! } : {}),
    });
    if (outcome === 'closed') await closeCase(database, at(evaluationOn, 16), actor, caseId, { reason: 'attendanceNormal' });
    if (outcome === 'interdisciplinary') {
      await moveCase(database, at(evaluationOn, 16), actor, caseId, { move: 'advance' });
      // For the team around the pupil, the family's consent to share with the services; the first names PPT, whose demo login is on its team.
      const withPpt = k === 7 && ppt !== undefined;
      await recordConsent(database, at(evaluationOn, 17), actor, caseId, {
        services: [{ service: 'school' }, { service: 'healthService', detail: 'Helsesykepleier ved skolen' }, ...(withPpt ? [{ service: 'ppt' as const, detail: 'PPT Fjordvik' }] : [])],
        information: ['school', 'assessments'],
        decision: 'given',
        givenBy: [{ name: guardian.name, as: 'guardian' }],
        givenOn: evaluationOn,
        collectedBy: { name: teacher.name, workplace: 'Fjordvik skole' },
      });
      if (withPpt) await setMember(database, at(evaluationOn, 17), actor, caseId, { userId: ppt.id, role: 'outsideService', service: 'ppt' });
    }
    made++;
  }
  return made;
}
