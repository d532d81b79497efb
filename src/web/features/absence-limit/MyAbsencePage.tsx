import { Alert, Heading, Paragraph, Select, Field, Label } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMyLimitPupils, usePupilLimits } from '../../api/upper-secondary';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/use-document-title';
import { PupilLimitView } from './PupilLimitView';
import { WhoHasSeenPanel } from '../audit/WhoHasSeenPanel';
import { useLimitI18n } from './use-limit-i18n';

/** «Mitt fravær»: the pupil's own limit in every subject, or a guardian's child's while under 18. */
export function MyAbsencePage() {
  const { tu, fmt } = useLimitI18n();
  useDocumentTitle(tu('page.title'));
  const [search] = useSearchParams();
  const pupils = useMyLimitPupils();
  const [picked, setPicked] = useState<string | null>(null);
  const list = pupils.data?.pupils ?? [];
  const pupilId = picked ?? list[0]?.id;
  const limits = usePupilLimits(pupilId);
  const own = list.find((p) => p.id === pupilId)?.self ?? true;

  return (
    <>
      <div className="page-heading">
        <Heading level={1} data-size="lg">
          {own ? tu('page.title') : tu('page.titleFor', { name: list.find((p) => p.id === pupilId)?.givenName ?? '' })}
        </Heading>
        {limits.data && (
          <Paragraph className="page-heading__lead">
            {[limits.data.pupil.className, limits.data.school.name, tu('page.asOf', { date: fmt.date(limits.data.asOf) })].filter(Boolean).join(' · ')}
          </Paragraph>
        )}
      </div>
      {list.length > 1 && (
        <Field className="limit-pupil-picker">
          <Label>{tu('page.pickPupil')}</Label>
          <Select value={pupilId ?? ''} onChange={(e) => setPicked(e.target.value)}>
            {list.map((p) => (
              <Select.Option key={p.id} value={p.id}>
                {`${p.givenName} ${p.familyName}`}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      {pupils.isPending || (pupilId && limits.isPending) ? (
        <Loading label={tu('page.loading')} />
      ) : pupils.isError ? (
        <ApiErrorAlert error={pupils.error} />
      ) : !pupilId ? (
        <Alert data-color="info">
          <Paragraph>{tu('page.noPupils')}</Paragraph>
        </Alert>
      ) : limits.isError ? (
        <ApiErrorAlert error={limits.error} />
      ) : limits.data ? (
        <PupilLimitView data={limits.data} highlightWarning={search.get('varsel')} />
      ) : null}
      {pupilId && <WhoHasSeenPanel pupilId={pupilId} name={list.find((p) => p.id === pupilId)?.givenName ?? ''} />}
    </>
  );
}
