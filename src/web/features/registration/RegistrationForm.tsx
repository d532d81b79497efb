import { Paragraph, Switch } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonRegistration, MarkStatus, SaveRegistration } from '../../../contracts/attendance';
import { isApiRequestError } from '../../api/api-error';
import { useSaveRegistration } from '../../api/attendance';
import { countDrafts, errorsByPupil, initialDrafts, initiallyHeld, saveBody, type Drafts } from './drafts';
import { PupilMarkRow } from './PupilMarkRow';
import { SaveBar } from './SaveBar';
import { SaveProblem } from './SaveProblem';
import { useRegistrationKeys } from './use-registration-keys';

interface FormState {
  /** The server version the form started from: sent back when saving. */
  version: number;
  drafts: Drafts;
  held: boolean;
}

const fromServer = (registration: LessonRegistration): FormState => ({
  version: registration.version,
  drafts: initialDrafts(registration),
  held: initiallyHeld(registration),
});

interface Props {
  registration: LessonRegistration;
  reloading: boolean;
  /** Fetches the lesson again; the form then starts from what the server holds. */
  onReload(): Promise<{ isError: boolean }>;
}

/** The register of one lesson: everyone present unless marked otherwise, saved in one request. */
export function RegistrationForm({ registration, reloading, onReload }: Props) {
  const { t: ta } = useTranslation('attendance');
  const lessonId = registration.lesson.id;
  const save = useSaveRegistration(lessonId);
  const [form, setForm] = useState(() => fromServer(registration));
  const [sent, setSent] = useState<SaveRegistration['marks']>([]);
  const listRef = useRef<HTMLOListElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);

  // A newer version from the server (after saving, or reloading after a conflict) starts the form again.
  if (form.version !== registration.version) setForm(fromServer(registration));

  const pupilIds = registration.pupils.map((p) => p.id);
  const editable = registration.open && !save.isPending;
  const server = fromServer(registration);
  const dirty = form.held !== server.held || pupilIds.some((id) => JSON.stringify(form.drafts[id]) !== JSON.stringify(server.drafts[id]));
  const fieldErrors = isApiRequestError(save.error) ? errorsByPupil(save.error.fields, sent) : { byPupil: {}, general: [] };

  const setDraft = (pupilId: string, change: Partial<{ status: MarkStatus; minutes: string }>) =>
    setForm((current) => {
      const before = current.drafts[pupilId] ?? { status: 'M' as const, minutes: '' };
      return { ...current, drafts: { ...current.drafts, [pupilId]: { ...before, ...change } } };
    });

  const submit = () => {
    if (!editable) return;
    const body = saveBody(pupilIds, form.drafts, form.held, form.version);
    setSent(body.marks);
    save.mutate(body, {
      onSuccess: () => requestAnimationFrame(() => statusRef.current?.focus()),
      onError: () => requestAnimationFrame(() => problemRef.current?.focus()),
    });
  };

  const onKeyDown = useRegistrationKeys({
    listRef,
    enabled: editable,
    pupilIds,
    drafts: form.drafts,
    setStatus: (pupilId, status) => setDraft(pupilId, { status }),
    setMinutes: (pupilId, minutes) => setDraft(pupilId, { minutes }),
    save: submit,
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit();
  };

  return (
    <form className="registration-form" onSubmit={onSubmit} noValidate>
      <SaveProblem
        ref={problemRef}
        error={save.error}
        pupils={registration.pupils}
        byPupil={fieldErrors.byPupil}
        general={fieldErrors.general}
        reloading={reloading}
        onReload={() => void onReload().then((result) => !result.isError && save.reset())}
      />
      <fieldset className="registration-form__fields" disabled={!registration.open}>
        <legend className="visually-hidden">{ta('registration.formLegend')}</legend>
        <Switch
          label={ta('registration.notHeld')}
          description={ta('registration.notHeldDescription')}
          checked={!form.held}
          onChange={(event) => setForm((current) => ({ ...current, held: !event.target.checked }))}
        />
        <h2 id="registration-pupils-heading" className="visually-hidden">
          {ta('registration.pupilsHeading', { count: pupilIds.length })}
        </h2>
        {form.held ? (
          <ol className="pupil-marks" ref={listRef} onKeyDown={onKeyDown}>
            {registration.pupils.map((pupil, index) => (
              <PupilMarkRow
                key={pupil.id}
                index={index}
                pupil={pupil}
                draft={form.drafts[pupil.id] ?? { status: 'M', minutes: '' }}
                error={fieldErrors.byPupil[pupil.id]}
                onStatus={(status) => setDraft(pupil.id, { status })}
                onMinutes={(minutes) => setDraft(pupil.id, { minutes })}
              />
            ))}
          </ol>
        ) : (
          <Paragraph className="panel">{ta('registration.notHeldBody')}</Paragraph>
        )}
      </fieldset>
      {registration.open && (
        <SaveBar
          ref={statusRef}
          counts={countDrafts(pupilIds, form.drafts)}
          held={form.held}
          saving={save.isPending}
          saved={save.data ?? null}
          dirty={dirty}
        />
      )}
    </form>
  );
}
