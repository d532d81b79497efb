import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { DocumentationState } from '../../../contracts/attendance';
import { fieldMessages, isApiRequestError } from '../../api/api-error';
import { useAbsenceReasons, useContactWeek, useUpdateDocumentation } from '../../api/attendance';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/use-document-title';
import { isIsoDate, schoolToday } from '../registration/dates';
import { BulkDocumentationForm } from './BulkDocumentationForm';
import { PupilAbsenceTable } from './PupilAbsenceTable';
import { WeekPicker } from './WeekPicker';
import './contact-week.css';

const DATE_PARAM = 'dato';

/** «Uka mi»: the week's absences and late arrivals of the contact pupils, documented in bulk. */
export function ContactWeekPage() {
  const { t: ta } = useTranslation('attendance');
  const [search, setSearch] = useSearchParams();
  const today = schoolToday();
  const asked = search.get(DATE_PARAM);
  const date = isIsoDate(asked) ? asked : today;
  const week = useContactWeek(date);
  const reasons = useAbsenceReasons();
  const update = useUpdateDocumentation();
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [sent, setSent] = useState<readonly number[]>([]);
  const [success, setSuccess] = useState<string | null>(null);
  const successRef = useRef<HTMLDivElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(ta('week.title'));

  const data = week.data;
  const isThisWeek = data ? today >= data.from && today <= data.to : date === today;
  const withAbsences = data?.pupils.filter((p) => p.absences.length > 0) ?? [];
  const without = data?.pupils.filter((p) => p.absences.length === 0) ?? [];

  const changeWeek = (next: string | null) => {
    setSelected(new Set());
    setSuccess(null);
    update.reset();
    setSearch(next ? { [DATE_PARAM]: next } : {}, { replace: true });
  };

  const onSelect = (ids: readonly number[], on: boolean) => {
    setSuccess(null);
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  };

  const onSubmit = (documentation: DocumentationState, reasonCode: string | null) => {
    const markIds = (data?.pupils ?? []).flatMap((p) => p.absences.map((a) => a.markId)).filter((id) => selected.has(id));
    setSent(markIds);
    setSuccess(null);
    update.mutate(
      { markIds, documentation, reasonCode },
      {
        onSuccess: ({ updated }) => {
          const state = ta(`documentation.${documentation}`).toLowerCase();
          const reason = reasonCode ? ta(`reasons.${reasonCode}`, { defaultValue: reasonCode }) : null;
          setSuccess(reason ? ta('week.bulk.doneWithReason', { count: updated, state, reason }) : ta('week.bulk.done', { count: updated, state }));
          setSelected(new Set());
          requestAnimationFrame(() => successRef.current?.focus());
        },
        onError: () => requestAnimationFrame(() => errorRef.current?.focus()),
      },
    );
  };

  const fields = fieldMessages(update.error);
  const rowErrors: Record<number, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const match = /^markIds\.(\d+)$/.exec(path);
    const markId = match ? sent[Number(match[1])] : undefined;
    if (markId !== undefined) rowErrors[markId] = message;
  }
  const formError = update.error
    ? Object.keys(rowErrors).length > 0
      ? ta('week.bulk.rowProblems')
      : fields.reasonCode
        ? null
        : isApiRequestError(update.error)
          ? update.error.message
          : ta('week.bulk.failed')
    : null;

  return (
    <>
      <div className="page-heading">
        <Heading level={1} data-size="lg">
          {ta('week.title')}
        </Heading>
        <Paragraph className="page-heading__lead">{ta('week.lead')}</Paragraph>
      </div>
      <WeekPicker week={data ?? null} date={date} isThisWeek={isThisWeek} onChange={changeWeek} />
      {week.isPending ? (
        <Loading label={ta('week.loading')} />
      ) : week.isError ? (
        <ApiErrorAlert error={week.error} />
      ) : week.data.pupils.length === 0 ? (
        <Paragraph className="panel">{ta('week.noContactPupils')}</Paragraph>
      ) : (
        <>
          {withAbsences.length > 0 && (
            <BulkDocumentationForm
              selectedCount={selected.size}
              reasons={reasons.data?.reasons ?? []}
              saving={update.isPending}
              reasonError={fields.reasonCode}
              formError={formError}
              success={success}
              successRef={successRef}
              errorRef={errorRef}
              onSubmit={onSubmit}
            />
          )}
          <section className="week-pupils" aria-labelledby="week-pupils-heading">
            <Heading level={2} data-size="sm" id="week-pupils-heading">
              {ta('week.pupilsHeading', { count: withAbsences.length })}
            </Heading>
            {withAbsences.length === 0 ? (
              <Paragraph className="panel">{ta('week.noAbsences')}</Paragraph>
            ) : (
              withAbsences.map((pupil) => (
                <PupilAbsenceTable key={pupil.id} pupil={pupil} week={week.data.week} selected={selected} errors={rowErrors} onSelect={onSelect} />
              ))
            )}
            {without.length > 0 && (
              <Paragraph data-size="sm" className="muted">
                {ta('week.withoutAbsences', { count: without.length, names: without.map((p) => `${p.givenName} ${p.familyName}`).join(', ') })}
              </Paragraph>
            )}
          </section>
        </>
      )}
    </>
  );
}
