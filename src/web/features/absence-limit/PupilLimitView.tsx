import { Alert, Button, Checkbox, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { LimitAbsence, PupilLimits } from '../../../contracts/upper-secondary';
import { ComplaintForm } from './ComplaintForm';
import { DocumentationForm } from './DocumentationForm';
import { SubjectLimitCard } from './SubjectLimitCard';
import { SubmissionsList } from './SubmissionsList';
import { WarningsList } from './WarningsList';
import { useLimitI18n } from './use-limit-i18n';
import './absence-limit.css';

type Chosen = LimitAbsence & { subjectName: string };

/** The pupil's own (or the guardians') view: every subject, and what can be documented or contested, with the forms to do it. */
export function PupilLimitView({ data, highlightWarning }: { data: PupilLimits; highlightWarning?: string | null }) {
  const { tu, fmt } = useLimitI18n();
  const [chosen, setChosen] = useState<Map<number, Chosen>>(new Map());
  const [documenting, setDocumenting] = useState(false);
  const [contesting, setContesting] = useState<Chosen | null>(null);
  const documentable = data.subjects.flatMap((s) => s.absences.filter((a) => a.documentableUntil && !a.pending).map((a) => ({ ...a, subjectName: s.subjectName })));
  const toggle = (a: Chosen, on: boolean) =>
    setChosen((prev) => {
      const next = new Map(prev);
      if (on) next.set(a.markId, a);
      else next.delete(a.markId);
      return next;
    });

  return (
    <>
      <section className="limit-section" aria-labelledby="limit-summary">
        <Heading level={2} data-size="sm" id="limit-summary">
          {tu('summary.title')}
        </Heading>
        <Paragraph>{tu('summary.lead')}</Paragraph>
        {documentable.length > 0 ? (
          <Alert data-color="info">
            <Paragraph>
              {tu('summary.documentable', { count: documentable.length, date: fmt.date(documentable.map((d) => d.documentableUntil ?? '').sort()[0] ?? data.asOf) })}
            </Paragraph>
          </Alert>
        ) : (
          <Paragraph data-size="sm">{tu('summary.nothingToDocument')}</Paragraph>
        )}
      </section>
      <WarningsList warnings={data.warnings} highlight={highlightWarning ?? null} />
      <section className="limit-section" aria-labelledby="limit-subjects">
        <Heading level={2} data-size="sm" id="limit-subjects">
          {tu('subjects.title')}
        </Heading>
        <div className="limit-cards">
          {data.subjects.map((s) => (
            <SubjectLimitCard
              key={s.subjectId}
              subject={s}
              showReasons
              actions={(a) => (
                <div className="limit-actions">
                  {a.documentableUntil && !a.pending && (
                    <Checkbox
                      data-size="sm"
                      label={tu('actions.choose')}
                      checked={chosen.has(a.markId)}
                      onChange={(e) => toggle({ ...a, subjectName: s.subjectName }, e.target.checked)}
                    />
                  )}
                  {a.contestableUntil && !a.pending && (
                    <Button type="button" variant="tertiary" data-size="sm" onClick={() => setContesting({ ...a, subjectName: s.subjectName })}>
                      {tu('actions.contest')}
                    </Button>
                  )}
                </div>
              )}
            />
          ))}
        </div>
        {data.subjectsWithoutHours.length > 0 && (
          <Paragraph data-size="sm" className="muted">
            {tu('subjects.withoutHours', { subjects: data.subjectsWithoutHours.map((s) => s.subjectName).join(', ') })}
          </Paragraph>
        )}
      </section>
      <div className="limit-dock" aria-live="polite">
        {contesting ? (
          <ComplaintForm pupilId={data.pupil.id} absence={contesting} onDone={() => setContesting(null)} />
        ) : documenting && chosen.size > 0 ? (
          <DocumentationForm
            pupilId={data.pupil.id}
            chosen={[...chosen.values()]}
            onDone={() => {
              setDocumenting(false);
              setChosen(new Map());
            }}
          />
        ) : (
          chosen.size > 0 && (
            <Button type="button" onClick={() => setDocumenting(true)}>
              {tu('actions.handIn', { count: chosen.size })}
            </Button>
          )
        )}
      </div>
      <SubmissionsList submissions={data.submissions} />
    </>
  );
}
