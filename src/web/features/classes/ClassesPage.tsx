import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMySchools } from '../../api/classes';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/use-document-title';
import { SchoolClassesView } from './SchoolClassesView';
import { SchoolPicker } from './SchoolPicker';
import './classes.css';

const SCHOOL_PARAM = 'skole';

/** «Klasser og elever»: the classes of one school the user may see, with a picker when there are several. */
export function ClassesPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const schools = useMySchools();
  useDocumentTitle(t('classes.title'));

  const list = schools.data?.schools ?? [];
  const asked = search.get(SCHOOL_PARAM);
  const selected = list.find((s) => s.id === asked) ?? list[0];

  return (
    <>
      <div className="page-heading">
        <Heading level={1} data-size="lg">
          {t('classes.title')}
        </Heading>
        <Paragraph className="page-heading__lead">{t('classes.lead')}</Paragraph>
      </div>
      {schools.isPending ? (
        <Loading label={t('classes.loadingSchools')} />
      ) : schools.isError ? (
        <ApiErrorAlert error={schools.error} />
      ) : !selected ? (
        <Paragraph className="panel">{t('classes.noSchools')}</Paragraph>
      ) : (
        <>
          {list.length > 1 && (
            <SchoolPicker
              schools={list}
              value={selected.id}
              onChange={(schoolId) => setSearch({ [SCHOOL_PARAM]: schoolId }, { replace: true })}
            />
          )}
          <SchoolClassesView schoolId={selected.id} />
        </>
      )}
    </>
  );
}
