// The app's addresses. Norwegian paths, as the users say them.
import type { DOCUMENT_KINDS } from '../../contracts/followup-api';

export type PrintableDocument = (typeof DOCUMENT_KINDS)[number];

/** The case's letters in the print view's address. */
export const PRINT_SLUGS: Record<PrintableDocument, string> = {
  invitation: 'innkalling',
  minutes: 'referat',
  conversationMinutes: 'samtalereferat',
  agreement: 'samarbeidsavtale',
  actionPlan: 'tiltaksplan',
  anonymousSummary: 'anonym-drofting',
  consent: 'samtykke',
};

export const paths = {
  start: '/',
  login: '/logg-inn',
  classes: '/klasser',
  classDetail: (classId: string) => `/klasser/${encodeURIComponent(classId)}`,
  today: '/i-dag',
  /** The teacher's day on another date ('YYYY-MM-DD'). */
  day: (date: string) => `/i-dag?${new URLSearchParams({ dato: date }).toString()}`,
  lesson: (lessonId: number) => `/timer/${lessonId}`,
  lessonHistory: (lessonId: number) => `/timer/${lessonId}/endringer`,
  contactWeek: '/kontaktlaerer/uke',
  myPupils: '/mine-elever',
  classFigures: (classId: string) => `/klasser/${encodeURIComponent(classId)}/fravaer`,
  schoolFigures: (schoolId: string) => `/skole/${encodeURIComponent(schoolId)}/fravaer`,
  pupilFigures: (pupilId: string) => `/elever/${encodeURIComponent(pupilId)}/fravaer`,
  /** A class's and a school's pupils with absence patterns («mønstre»). */
  classPatterns: (classId: string) => `/klasser/${encodeURIComponent(classId)}/monstre`,
  schoolPatterns: (schoolId: string) => `/skole/${encodeURIComponent(schoolId)}/monstre`,
  reportAbsence: '/meld-fravaer',
  leaveRequests: '/permisjoner',
  /** The owner's administrator: how long each record type is kept. */
  retention: '/eier/lagringstid',
  security: '/sikkerhet',
  schoolConcerns: (schoolId: string) => `/skole/${encodeURIComponent(schoolId)}/bekymringer`,
  schoolOutbox: (schoolId: string) => `/skole/${encodeURIComponent(schoolId)}/utsendinger`,
  ownerOutbox: '/eier/utsendinger',
  policy: '/regler',
  myAbsence: '/mitt-fravaer',
  submissions: '/dokumentasjon',
  complaints: '/retting',
  warnings: (schoolId: string) => `/skole/${encodeURIComponent(schoolId)}/varsler`,
  /** Follow-up cases («saker»): mine, one, and the school's. */
  followupCases: '/saker',
  followupCase: (caseId: string) => `/saker/${encodeURIComponent(caseId)}`,
  /** A letter of the case as a page to print, outside the app's frame: the record's id, and the agreement's version. */
  documentPrint: (caseId: string, kind: PrintableDocument, record: { id?: string; version?: number } = {}) => {
    const query = new URLSearchParams({ ...(record.id ? { id: record.id } : {}), ...(record.version ? { versjon: String(record.version) } : {}) }).toString();
    return `/saker/${encodeURIComponent(caseId)}/utskrift/${PRINT_SLUGS[kind]}${query ? `?${query}` : ''}`;
  },
  schoolCases: (schoolId: string) => `/skole/${encodeURIComponent(schoolId)}/saker`,
  auditLog: (schoolId: string) => `/skole/${encodeURIComponent(schoolId)}/tilgangslogg`,
} as const;

const NEXT_PARAM = 'neste';

/** The login page, remembering where to go after. */
export function loginPath(next?: string): string {
  if (!next || next === paths.start || next.startsWith(paths.login)) return paths.login;
  return `${paths.login}?${new URLSearchParams({ [NEXT_PARAM]: next }).toString()}`;
}

/** «Innlogging og sikkerhet», coming back to `next` after setting up the app or a step-up. */
export function securityPath(next?: string): string {
  if (!next || next.startsWith(paths.security)) return paths.security;
  return `${paths.security}?${new URLSearchParams({ [NEXT_PARAM]: next }).toString()}`;
}

/** Where to go after login: only a path inside this app, never another site. */
export function nextAfterLogin(search: URLSearchParams): string {
  const next = search.get(NEXT_PARAM);
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return paths.start;
  if (next.startsWith(paths.login) || next.startsWith('/api/')) return paths.start;
  return next;
}
