// The overview's addresses, in Norwegian as the users say them.
const enc = encodeURIComponent;
export const overviewPaths = {
  monthlyReview: (schoolId: string) => `/skole/${enc(schoolId)}/manedsgjennomgang`,
  fidelity: (schoolId: string) => `/skole/${enc(schoolId)}/rutinetrofasthet`,
  calendar: (schoolId: string) => `/skole/${enc(schoolId)}/arshjul`,
  statistics: '/eier/statistikk',
} as const;
