import { Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { useMySchools } from '../../api/classes';
import { useSession } from '../../app/session-context';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/use-document-title';
import { importSchools } from './import-access';
import { ImportWorkflow } from './ImportWorkflow';
import { useImportsI18n } from './use-imports-i18n';
import './imports.css';

const SCHOOL_PARAM = 'skole';

/** «Import»: pupils and classes, the timetable and absence from another school system, checked before anything is saved. */
export function ImportPage() {
  const { ti } = useImportsI18n();
  const me = useSession();
  const pickerId = useId();
  const [search, setSearch] = useSearchParams();
  const schools = useMySchools();
  useDocumentTitle(ti('page.title'));

  const list = importSchools(me, schools.data?.schools ?? []);
  const selected = list.find((s) => s.id === search.get(SCHOOL_PARAM)) ?? list[0];

  return (
    <>
      <div className="page-heading">
        <Heading level={1} data-size="lg">
          {ti('page.title')}
        </Heading>
        <Paragraph className="page-heading__lead">{ti('page.intro')}</Paragraph>
      </div>
      {schools.isPending ? (
        <Loading />
      ) : schools.isError ? (
        <ApiErrorAlert error={schools.error} />
      ) : !selected ? (
        <Paragraph className="panel">{ti('page.noSchools')}</Paragraph>
      ) : (
        <div className="imports">
          {list.length > 1 && (
            <Field className="imports__school">
              <Label htmlFor={pickerId}>{ti('page.school')}</Label>
              <Select
                id={pickerId}
                value={selected.id}
                onChange={(event) => setSearch({ [SCHOOL_PARAM]: event.target.value }, { replace: true })}
                width="auto"
              >
                {list.map((school) => (
                  <Select.Option key={school.id} value={school.id}>
                    {school.name}
                  </Select.Option>
                ))}
              </Select>
            </Field>
          )}
          {/* Another school starts afresh: nothing checked for one school is imported into another. */}
          <ImportWorkflow key={selected.id} schoolId={selected.id} />
        </div>
      )}
    </>
  );
}
