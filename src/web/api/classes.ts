import { useQuery } from '@tanstack/react-query';
import { classDetailSchema, mySchoolsSchema, schoolClassesSchema } from '../../contracts/classes';
import { apiJson } from './client';
import { queryKeys } from './query-keys';

export function useMySchools(enabled = true) {
  return useQuery({
    queryKey: queryKeys.schools,
    queryFn: ({ signal }) => apiJson('GET', '/api/schools', mySchoolsSchema, { signal }),
    enabled,
  });
}

export function useSchoolClasses(schoolId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.schoolClasses(schoolId ?? ''),
    queryFn: ({ signal }) =>
      apiJson('GET', `/api/schools/${encodeURIComponent(schoolId ?? '')}/classes`, schoolClassesSchema, { signal }),
    enabled: Boolean(schoolId),
  });
}

export function useClassDetail(classId: string) {
  return useQuery({
    queryKey: queryKeys.classDetail(classId),
    queryFn: ({ signal }) => apiJson('GET', `/api/classes/${encodeURIComponent(classId)}`, classDetailSchema, { signal }),
  });
}
