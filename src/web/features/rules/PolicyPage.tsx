import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { usePolicyOverview } from '../../api/rules';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/use-document-title';
import { PageHeading } from '../figures/PageHeading';
import { PolicyEditor, presetLabel, type EditorStart } from './PolicyEditor';
import { PolicyHistory } from './PolicyHistory';
import { PolicySummary } from './PolicySummary';
import { useRulesI18n } from './use-rules-i18n';
import './rules.css';

/**
 * «Regler for fravær»: the owner's rules in force, in words, with their
 * source; the administrator's editor; and every saved version. The
 * leadership and the owner's analyst read; only the administrator edits.
 */
export function PolicyPage() {
  const { tr, fmt } = useRulesI18n();
  const query = usePolicyOverview();
  const [viewing, setViewing] = useState<number | null>(null);
  const [start, setStart] = useState<{ key: number; start: EditorStart } | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<HTMLDivElement>(null);
  const title = tr('policy.title');
  useDocumentTitle(title);

  useEffect(() => {
    if (saved !== null) savedRef.current?.focus();
  }, [saved]);

  if (query.isPending || query.isError) {
    return (
      <>
        <PageHeading title={title} />
        {query.isPending ? <Loading label={tr('loading')} /> : <ApiErrorAlert error={query.error} />}
      </>
    );
  }

  const overview = query.data;
  const { active } = overview;
  const name = typeof active.policy.name === 'string' ? active.policy.name : '';
  const lead = active.version === 0 ? tr('policy.leadDefault', { name }) : tr('policy.lead', { name, version: active.version });
  const presets = new Map(overview.presets.map((p) => [p.id, p.policy]));
  const initial: EditorStart = start?.start ?? { id: 'current', policy: active.policy, basedOn: active.basedOn };

  const startFrom = (next: EditorStart) => {
    setStart((before) => ({ key: (before?.key ?? 0) + 1, start: next }));
    setSaved(null);
    requestAnimationFrame(() => editorRef.current?.querySelector<HTMLElement>('h2')?.scrollIntoView({ block: 'start' }));
  };

  return (
    <>
      <PageHeading title={title} lead={lead} />
      {saved !== null && (
        <Alert data-color="success" ref={savedRef} tabIndex={-1}>
          <Paragraph>{tr('editor.saved', { version: saved })}</Paragraph>
        </Alert>
      )}

      <section className="rules-section" aria-labelledby="policy-in-force-title">
        <Heading level={2} data-size="sm" id="policy-in-force-title">
          {tr('policy.inForceTitle')}
        </Heading>
        <Paragraph data-size="sm" className="muted">
          {active.savedAt &&
            (active.savedBy
              ? tr('policy.savedByAt', { time: fmt.dateTime(active.savedAt), name: active.savedBy })
              : tr('policy.savedAt', { time: fmt.dateTime(active.savedAt) }))}
          {active.basedOn && (
            <> {tr('policy.basedOn', { preset: presetLabel(tr, active.basedOn, presets.get(active.basedOn) ?? {}) })}</>
          )}
        </Paragraph>
        <PolicySummary policy={active.policy} version={active.version} headingLevel={3} />
      </section>

      {overview.mayEdit ? (
        <div ref={editorRef}>
          <PolicyEditor
            key={`${active.version}-${start?.key ?? 0}`}
            overview={overview}
            initial={initial}
            onSaved={(version) => {
              setStart(null);
              setViewing(null);
              setSaved(version);
            }}
          />
        </div>
      ) : (
        <Paragraph className="muted">{tr('policy.readOnly')}</Paragraph>
      )}

      <PolicyHistory
        overview={overview}
        viewing={viewing}
        onView={setViewing}
        {...(overview.mayEdit ? { onStartFrom: startFrom } : {})}
      />
    </>
  );
}
