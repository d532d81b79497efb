/** Every react-query key of the app, in one place. */
export const queryKeys = {
  me: ['me'] as const,
  demoLogins: ['demo-logins'] as const,
  schools: ['schools'] as const,
  schoolClasses: (schoolId: string) => ['schools', schoolId, 'classes'] as const,
  classDetail: (classId: string) => ['classes', classId] as const,
};
