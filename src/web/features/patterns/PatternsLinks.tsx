import { paths } from '../../app/paths';
import { AppLink } from '../../components/AppLink';
import { usePatternsI18n } from './use-patterns-i18n';

/** «Se mønstre i fraværet» from a class's or a school's figures. */
export function PatternsLink({ to }: { to: { classId: string } | { schoolId: string } }) {
  const { tp } = usePatternsI18n();
  const isClass = 'classId' in to;
  return (
    <AppLink to={isClass ? paths.classPatterns(to.classId) : paths.schoolPatterns(to.schoolId)} className="figures-entry-link">
      {tp(isClass ? 'links.classPatterns' : 'links.schoolPatterns')}
      <span aria-hidden="true"> →</span>
    </AppLink>
  );
}
