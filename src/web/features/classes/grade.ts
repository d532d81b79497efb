import type { TFunction } from 'i18next';

/** 1-10 are grunnskole trinn; 11-13 are upper secondary Vg1-Vg3. */
export function gradeLabel(t: TFunction, grade: number | null): string {
  if (grade === null) return t('classes.noGrade');
  if (grade > 10) return t('classes.gradeUpperSecondary', { year: grade - 10 });
  return t('classes.gradePrimary', { grade });
}
