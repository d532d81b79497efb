import {
  Alert,
  Button,
  ErrorSummary,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
  ToggleGroup,
} from '@digdir/designsystemet-react';
import { useId, useRef, useState, type ComponentRef, type FormEvent } from 'react';
import type { PolicyOverviewView } from '../../../contracts/rules';
import { isApiRequestError } from '../../api/api-error';
import { useSavePolicy } from '../../api/rules';
import {
  displayPath,
  fieldOfPath,
  isChanged,
  policyToSave,
  RULE_FIELDS,
  startEditor,
  toFormMode,
  toJsonMode,
  withRuleEdit,
  withText,
  type Decimal,
  type EditorState,
  type FieldKey,
  type PolicyJson,
  type RuleField,
} from './policy-form';
import { RuleFieldset } from './RuleFieldset';
import { useRulesI18n, type RulesT } from './use-rules-i18n';

export interface EditorStart {
  id: string;
  policy: PolicyJson;
  basedOn: string | null;
}

interface Props {
  overview: PolicyOverviewView;
  initial: EditorStart;
  onSaved(version: number): void;
}

const NOTE_MAX = 500;

export function presetLabel(tr: RulesT, id: string, policy: PolicyJson): string {
  const known = ['lyngen', 'troms-vgs', 'nittedal', 'national-default'];
  if (known.includes(id)) return tr(`policy.preset.${id}`);
  return typeof policy.name === 'string' ? policy.name : id;
}

interface Shown {
  /** By form field: the message next to it. */
  byField: Partial<Record<FieldKey, string>>;
  /** Everything, for the summary above the button: a link to the field where there is one. */
  summary: { text: string; field: FieldKey | 'note' | 'json' | null }[];
  note?: string;
}

/**
 * The administrator's editor: start from the rules in force or a preset,
 * change each rule's numbers, recipients and deadline in a form, or anything
 * in the JSON, and save it all as a new version with a note. The server's
 * field problems are put next to the field they concern, or listed with their
 * path for the JSON.
 */
export function PolicyEditor({ overview, initial, onSaved }: Props) {
  const { tr, fmt } = useRulesI18n();
  const decimal: Decimal = fmt.locale === 'en' ? '.' : ',';
  const formId = useId();
  const save = useSavePolicy();
  const [state, setState] = useState<EditorState>(() => startEditor(initial.policy, initial.id, initial.basedOn, decimal));
  const [choice, setChoice] = useState(initial.id);
  const [attempted, setAttempted] = useState<'unchanged' | 'problems' | null>(null);
  const summaryRef = useRef<ComponentRef<typeof ErrorSummary>>(null);
  const textareaId = `${formId}-json`;
  const noteId = `${formId}-note`;
  const fieldId = (key: FieldKey) => {
    const [index, field] = key.split('.');
    return `${formId}-r${index}-${field}`;
  };

  const starts: EditorStart[] = [
    { id: 'current', policy: overview.active.policy, basedOn: overview.active.basedOn },
    ...(initial.id.startsWith('version:') ? [initial] : []),
    ...overview.presets.map((p) => ({ id: p.id, policy: p.policy, basedOn: p.id })),
  ];
  const startName = (start: EditorStart) =>
    start.id === 'current'
      ? tr('editor.startCurrent', { version: overview.active.version })
      : start.id.startsWith('version:')
        ? tr('editor.startVersion', { version: start.id.slice('version:'.length) })
        : presetLabel(tr, start.id, start.policy);
  const current = starts.find((s) => s.id === state.startId) ?? starts[0]!;

  const change = (next: EditorState) => {
    setState(next);
    setAttempted(null);
    if (save.error) save.reset();
  };

  const applyStart = () => {
    const start = starts.find((s) => s.id === choice);
    if (start) change({ ...startEditor(start.policy, start.id, start.basedOn, decimal), note: state.note });
  };

  const { policy, problems } = policyToSave(state);
  const shown = describeProblems(tr, state, attempted === 'problems' ? problems : {}, save.error);

  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (policy === null) {
      setAttempted('problems');
      requestAnimationFrame(() => document.getElementById(textareaId)?.focus());
      return;
    }
    if (Object.keys(problems).length > 0) {
      setAttempted('problems');
      save.reset();
      focusSummary();
      return;
    }
    if (!isChanged(overview.active.policy, policy)) {
      setAttempted('unchanged');
      return;
    }
    save.mutate(
      { policy, basedOn: state.basedOn, note: state.note.trim() || null },
      { onSuccess: (saved) => onSaved(saved.version), onError: focusSummary },
    );
  };

  const ruleErrors = (index: number) => {
    const errors: Partial<Record<RuleField, string>> = {};
    for (const field of RULE_FIELDS) {
      const message = shown.byField[`${index}.${field}`];
      if (message) errors[field] = message;
    }
    return errors;
  };

  const formError = save.error && shown.summary.length === 0 ? save.error.message : null;

  return (
    <section className="panel rules-section policy-editor" aria-labelledby={`${formId}-title`}>
      <div className="rules-section__intro">
        <Heading level={2} data-size="sm" id={`${formId}-title`}>
          {tr('editor.title')}
        </Heading>
        <Paragraph data-size="sm">{tr('editor.lead')}</Paragraph>
      </div>

      <div className="policy-editor__start">
        <Field>
          <Label htmlFor={`${formId}-start`}>{tr('editor.startLegend')}</Label>
          <Select id={`${formId}-start`} value={choice} onChange={(e) => setChoice(e.target.value)} width="auto">
            {starts.map((start) => (
              <Select.Option key={start.id} value={start.id}>
                {startName(start)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Button type="button" variant="secondary" onClick={applyStart} disabled={choice === state.startId}>
          {tr('editor.apply')}
        </Button>
      </div>
      <Paragraph data-size="sm" className="muted" role="status">
        {tr('editor.startedFrom', { name: startName(current) })}
      </Paragraph>

      <form className="policy-editor__form" onSubmit={onSubmit} noValidate>
        <ToggleGroup
          aria-label={tr('editor.tabs.label')}
          data-size="sm"
          variant="secondary"
          value={state.mode}
          onChange={(mode) => change(mode === 'json' ? toJsonMode(state) : toFormMode(state, decimal))}
        >
          <ToggleGroup.Item value="form">{tr('editor.tabs.form')}</ToggleGroup.Item>
          <ToggleGroup.Item value="json">{tr('editor.tabs.json')}</ToggleGroup.Item>
        </ToggleGroup>

        {state.mode === 'form' ? (
          state.edits === null ? (
            <Alert data-color="warning">
              <Paragraph>{tr('editor.formUnavailable')}</Paragraph>
            </Alert>
          ) : (
            <div className="policy-editor__rules">
              <div className="policy-editor__help">
                <Paragraph data-size="sm">{tr('editor.formLead')}</Paragraph>
                <Paragraph data-size="sm" className="muted">
                  {tr('editor.approachingHelp')}
                </Paragraph>
                <Paragraph data-size="sm" className="muted">
                  {tr('editor.notifyHelp')}
                </Paragraph>
              </div>
              {state.edits.map((edit) => (
                <RuleFieldset
                  key={`${state.startId}-${edit.index}`}
                  edit={edit}
                  errors={ruleErrors(edit.index)}
                  fieldId={(field) => fieldId(`${edit.index}.${field}`)}
                  onChange={(c) => change(withRuleEdit(state, edit.index, c))}
                />
              ))}
            </div>
          )
        ) : (
          <div className="policy-editor__json">
            <Textfield
              id={textareaId}
              multiline
              rows={24}
              label={tr('editor.jsonLabel')}
              description={tr('editor.jsonHelp')}
              spellCheck={false}
              autoComplete="off"
              autoCapitalize="off"
              className="policy-json-input"
              value={state.text}
              onChange={(e) => change(withText(state, e.target.value))}
              error={state.textProblem ? tr('editor.jsonSyntax', state.textProblem) : undefined}
            />
            {state.textProblem && (
              <Paragraph data-size="sm" className="muted">
                {tr('editor.jsonFixFirst')}
              </Paragraph>
            )}
          </div>
        )}

        <Textfield
          id={noteId}
          multiline
          rows={2}
          label={tr('editor.note')}
          description={tr('editor.noteHelp')}
          counter={NOTE_MAX}
          value={state.note}
          onChange={(e) => change({ ...state, note: e.target.value })}
          error={shown.note}
        />

        {shown.summary.length > 0 && (
          <ErrorSummary ref={summaryRef} tabIndex={-1}>
            <ErrorSummary.Heading>{tr('editor.problemsTitle')}</ErrorSummary.Heading>
            <ErrorSummary.List>
              {shown.summary.map((item, i) => (
                <ErrorSummary.Item key={i}>
                  {item.field ? (
                    <ErrorSummary.Link
                      href={`#${item.field === 'note' ? noteId : item.field === 'json' ? textareaId : fieldId(item.field)}`}
                    >
                      {item.text}
                    </ErrorSummary.Link>
                  ) : (
                    item.text
                  )}
                </ErrorSummary.Item>
              ))}
            </ErrorSummary.List>
          </ErrorSummary>
        )}
        {formError && (
          <Alert data-color="danger" role="alert">
            <Paragraph>{formError}</Paragraph>
          </Alert>
        )}
        {attempted === 'unchanged' && (
          <Alert data-color="info" role="status">
            <Paragraph>{tr('editor.unchanged')}</Paragraph>
          </Alert>
        )}
        <div>
          <Button type="submit" loading={save.isPending}>
            {tr('editor.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** The form's own findings and the server's, each next to its field and all in the summary. */
function describeProblems(
  tr: RulesT,
  state: EditorState,
  own: Partial<Record<FieldKey, { key: string; values?: Record<string, string | number> }>>,
  error: unknown,
): Shown {
  const shown: Shown = { byField: {}, summary: [] };
  const ruleName = (key: FieldKey) => {
    const index = Number(key.split('.')[0]);
    const edit = state.edits?.find((e) => e.index === index);
    return edit?.name || edit?.id || String(index + 1);
  };
  const fieldName = (key: FieldKey) => tr(`editor.fieldName.${key.split('.')[1] as RuleField}`);
  for (const [key, problem] of Object.entries(own) as [FieldKey, { key: string; values?: Record<string, string | number> }][]) {
    const message = tr(`check.${problem.key}`, problem.values ?? {});
    shown.byField[key] = message;
    shown.summary.push({ text: tr('editor.inRule', { rule: ruleName(key), field: fieldName(key), message }), field: key });
  }
  if (state.mode === 'json' && state.textProblem) {
    shown.summary.push({ text: tr('editor.jsonSyntax', state.textProblem), field: 'json' });
  }
  if (!isApiRequestError(error)) return shown;
  for (const field of error.fields) {
    if (field.path === 'body.note' || field.path === 'note') {
      shown.note = field.message;
      shown.summary.push({ text: field.message, field: 'note' });
      continue;
    }
    const key = state.mode === 'form' ? fieldOfPath(field.path) : null;
    if (key && !shown.byField[key]) {
      shown.byField[key] = field.message;
      shown.summary.push({ text: tr('editor.inRule', { rule: ruleName(key), field: fieldName(key), message: field.message }), field: key });
    } else {
      shown.summary.push({ text: tr('editor.problemAt', { path: displayPath(field.path), message: field.message }), field: state.mode === 'json' ? 'json' : null });
    }
  }
  return shown;
}
