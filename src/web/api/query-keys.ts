/** Every react-query key of the app, in one place. */
export const queryKeys = {
  me: ['me'] as const,
  demoLogins: ['demo-logins'] as const,
  schools: ['schools'] as const,
  schoolClasses: (schoolId: string) => ['schools', schoolId, 'classes'] as const,
  classDetail: (classId: string) => ['classes', classId] as const,
  myLessons: (date: string) => ['my-lessons', date] as const,
  lessonRegistration: (lessonId: number) => ['lessons', lessonId, 'registration'] as const,
  lessonHistory: (lessonId: number) => ['lessons', lessonId, 'history'] as const,
  absenceReasons: ['absence-reasons'] as const,
  contactWeek: (date: string) => ['contact-week', date] as const,
  myFigures: (window: string) => ['figures', 'mine', window] as const,
  classFigures: (classId: string, window: string) => ['classes', classId, 'figures', window] as const,
  schoolFigures: (schoolId: string, window: string) => ['schools', schoolId, 'figures', window] as const,
  pupilFigures: (pupilId: string) => ['pupils', pupilId, 'figures'] as const,
  myNotices: ['my-notices'] as const,
  leaveRequests: (schoolId: string) => ['schools', schoolId, 'leave-requests'] as const,
};
