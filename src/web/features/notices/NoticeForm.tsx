import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyNotices, Notice } from '../../../contracts/notices';
import { useCreateNotice } from '../../api/notices';
import {
  FIELD_ORDER,
  initialDraft,
  missingFields,
  serverFieldErrors,
  toRequest,
  withKind,
  type NoticeDraft,
  type NoticeField,
} from './form-state';
import { pupilName, reasonLabel } from './notice-text';
import { RadioGroup } from './RadioGroup';
import { WhenFields } from './WhenFields';

interface Props {
  data: MyNotices;
  today: string;
  onSent(notice: Notice): void;
  /** Start at the form's heading, as when coming back from a receipt. */
  focusOnMount?: boolean;
}

/** «Meld fravær»: a notice of absence or a leave request, with structured reasons only and no free text. */
export function NoticeForm({ data, today, onSent, focusOnMount = false }: Props) {
  const { t } = useTranslation();
  const formId = useId();
  const create = useCreateNotice();
  const [draft, setDraft] = useState<NoticeDraft>(() => initialDraft(data.pupils, today));
  const [missing, setMissing] = useState<Partial<Record<NoticeField, string>>>({});
  const fieldId = (field: NoticeField) => `${formId}-${field}`;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);

  const server = serverFieldErrors(create.error);
  const errors: Partial<Record<NoticeField, string>> = { ...server.byField };
  for (const [field, key] of Object.entries(missing) as [NoticeField, string][]) errors[field] = t(key);
  const onlyPupil = data.pupils.length === 1 ? data.pupils[0] : undefined;
  // A refusal that is not about a field on show (not yours to report for, no connection) is told above the button.
  const unshown = [...server.other, ...(onlyPupil && server.byField.pupilId ? [server.byField.pupilId] : [])];
  const shownCount = Object.keys(server.byField).length - (onlyPupil && server.byField.pupilId ? 1 : 0);
  const formError = !create.error
    ? null
    : shownCount === 0 && unshown.length === 0
      ? create.error.message
      : unshown.join(' ') || null;

  const change = (next: NoticeDraft) => {
    setDraft(next);
    setMissing({});
    if (create.error) create.reset();
  };

  const focusFirst = (inError: Partial<Record<NoticeField, string>>) => {
    const first = FIELD_ORDER.find((field) => inError[field]);
    if (first) requestAnimationFrame(() => document.getElementById(fieldId(first))?.focus());
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const nowMissing = missingFields(draft);
    setMissing(nowMissing);
    if (Object.keys(nowMissing).length > 0) {
      create.reset();
      focusFirst(nowMissing);
      return;
    }
    create.mutate(toRequest(draft), {
      onSuccess: (notice) => {
        setDraft(initialDraft(data.pupils, today));
        onSent(notice);
      },
      onError: (error) => focusFirst(serverFieldErrors(error).byField),
    });
  };

  const isLeave = draft.kind === 'leave_request';

  return (
    <section className="panel notice-form-panel" aria-labelledby={`${formId}-title`}>
      <Heading level={2} data-size="sm" id={`${formId}-title`} ref={headingRef} tabIndex={-1}>
        {t('notices:form.title')}
      </Heading>
      <form className="notice-form" onSubmit={onSubmit} noValidate>
        {onlyPupil ? (
          <Paragraph className="notice-form__pupil">
            {onlyPupil.self ? t('notices:form.forSelf') : t('notices:form.forPupil', { name: pupilName(onlyPupil) })}
          </Paragraph>
        ) : (
          <RadioGroup
            id={fieldId('pupilId')}
            name="pupilId"
            legend={t('notices:form.pupil')}
            options={data.pupils.map((p) => ({ value: p.id, label: pupilName(p) }))}
            value={draft.pupilId}
            onChange={(pupilId) => change({ ...draft, pupilId })}
            error={errors.pupilId}
          />
        )}

        <RadioGroup
          id={fieldId('kind')}
          name="kind"
          legend={t('notices:form.kind')}
          options={[
            { value: 'absence', label: t('notices:form.kindAbsence'), description: t('notices:form.kindAbsenceHelp') },
            { value: 'leave_request', label: t('notices:form.kindLeave'), description: t('notices:form.kindLeaveHelp') },
          ]}
          value={draft.kind}
          onChange={(kind) => change(withKind(draft, kind === 'leave_request' ? 'leave_request' : 'absence', data.reasons, today))}
          error={errors.kind}
        />

        <WhenFields draft={draft} today={today} onChange={change} errors={errors} fieldId={fieldId} />

        <RadioGroup
          id={fieldId('reasonCode')}
          name="reasonCode"
          legend={t('notices:form.reason')}
          description={t('notices:form.reasonHelp')}
          options={data.reasons[draft.kind].map((code) => ({ value: code, label: reasonLabel(t, code) }))}
          value={draft.reasonCode}
          onChange={(reasonCode) => change({ ...draft, reasonCode })}
          error={errors.reasonCode}
        />

        {formError && (
          <Alert data-color="danger" role="alert">
            <Paragraph>{formError}</Paragraph>
          </Alert>
        )}
        <Button type="submit" className="notice-form__submit" loading={create.isPending}>
          {create.isPending ? t('notices:form.sending') : isLeave ? t('notices:form.submitLeave') : t('notices:form.submitAbsence')}
        </Button>
      </form>
    </section>
  );
}
