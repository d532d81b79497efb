import { Button, Checkbox, Details, Fieldset, Heading, Link, Paragraph, Radio, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { CaseView } from '../../../contracts/followup-api';
import { CONSENT_INFORMATION, CONSENT_SERVICES, type ConsentService, type ConsentView, type NewConsent } from '../../../contracts/followup-consent';
import { documentUrl, useCaseWrite } from '../../api/followup';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { SelectField, SubmitRow } from './fields';
import { today, useFollowupI18n } from './use-followup-i18n';

type Signer = NewConsent['givenBy'][number];

function ConsentItem({ view, item }: { view: CaseView; item: ConsentView }) {
  const { tf, date, locale } = useFollowupI18n();
  const withdraw = useCaseWrite<Record<string, never>>(view.id, `/consents/${encodeURIComponent(item.consent.id)}/withdraw`);
  const [confirming, setConfirming] = useState(false);
  const { consent } = item;
  const services = consent.services.map((s) => (s.detail ? `${tf(`consentServices.${s.service}`)} (${s.detail})` : tf(`consentServices.${s.service}`))).join(', ');
  const decision = consent.decision === 'given' ? tf('ui.consent.given') : tf('ui.consent.refused');
  return (
    <li className="followup-consent">
      <Paragraph data-size="sm">
        <strong>{tf('ui.consent.summary', { decision, date: date(consent.givenOn), givenBy: consent.givenBy.map((g) => g.name).join(', ') })}</strong>{' '}
        <Tag data-color={item.inForce ? 'success' : 'neutral'} data-size="sm">
          {item.inForce ? tf('ui.consent.inForce') : tf('ui.consent.notInForce')}
        </Tag>
      </Paragraph>
      <Paragraph data-size="sm">{tf('ui.consent.servicesList', { services })}</Paragraph>
      <Paragraph data-size="sm">{tf('ui.consent.informationList', { information: consent.information.map((i) => tf(`consentInformation.${i}`)).join(', ') })}</Paragraph>
      {consent.restrictions && <Paragraph data-size="sm">{tf('ui.consent.restrictionsShown', { text: consent.restrictions })}</Paragraph>}
      <Paragraph data-size="sm" className="muted">
        {tf('ui.consent.recordedBy', { collectedBy: `${consent.collectedBy.name}, ${consent.collectedBy.workplace}`, name: item.recordedBy })}
        {consent.withdrawnOn && <> · {tf('ui.consent.withdrawnOn', { date: date(consent.withdrawnOn), name: item.withdrawnBy ?? '' })}</>}
      </Paragraph>
      <Paragraph data-size="sm">
        <Link href={documentUrl(view.id, 'consent', { locale, id: consent.id })} download>
          {tf('ui.documents.consent', { date: date(consent.givenOn) })}
        </Link>
      </Paragraph>
      {view.mayWrite && consent.decision === 'given' && !consent.withdrawnOn && (
        <div className="followup-consent__withdraw">
          {confirming ? (
            <>
              <Paragraph data-size="sm">{tf('ui.consent.withdrawConfirm')}</Paragraph>
              <Button data-color="danger" data-size="sm" disabled={withdraw.isPending} onClick={() => withdraw.mutate({}, { onSuccess: () => setConfirming(false) })}>
                {tf('ui.consent.confirm')}
              </Button>{' '}
              <Button variant="tertiary" data-size="sm" onClick={() => setConfirming(false)}>
                {tf('ui.consent.cancel')}
              </Button>
            </>
          ) : (
            <Button variant="secondary" data-size="sm" onClick={() => setConfirming(true)}>
              {tf('ui.consent.withdraw')}
            </Button>
          )}
          {withdraw.isError && <ApiErrorAlert error={withdraw.error} />}
        </div>
      )}
    </li>
  );
}

function ConsentForm({ view }: { view: CaseView }) {
  const { tf } = useFollowupI18n();
  const write = useCaseWrite<NewConsent>(view.id, '/consents');
  const [services, setServices] = useState<Partial<Record<ConsentService, string>>>({});
  const [information, setInformation] = useState<string[]>([]);
  const [restrictions, setRestrictions] = useState('');
  const [decision, setDecision] = useState<'given' | 'refused'>('given');
  const [signers, setSigners] = useState<Signer[]>([{ name: '', as: 'guardian' }]);
  const [givenOn, setGivenOn] = useState(today());
  const [collectedBy, setCollectedBy] = useState({ name: '', workplace: view.school.name });
  const [open, setOpen] = useState(false);

  const toggleService = (service: ConsentService, on: boolean) =>
    setServices((s) => {
      const next = { ...s };
      if (on) next[service] = '';
      else delete next[service];
      return next;
    });
  const setSigner = (i: number, change: Partial<Signer>) => setSigners((list) => list.map((s, j) => (j === i ? { ...s, ...change } : s)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body: NewConsent = {
      services: CONSENT_SERVICES.filter((s) => s in services).map((service) => ({ service, ...(services[service]?.trim() ? { detail: services[service]!.trim() } : {}) })),
      information: CONSENT_INFORMATION.filter((i) => information.includes(i)),
      ...(restrictions.trim() ? { restrictions: restrictions.trim() } : {}),
      decision,
      givenBy: signers,
      givenOn,
      collectedBy,
    };
    write.mutate(body, {
      onSuccess: () => {
        setServices({});
        setInformation([]);
        setRestrictions('');
        setOpen(false);
      },
    });
  };
  return (
    <Details open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <Details.Summary>{tf('ui.consent.record')}</Details.Summary>
      <Details.Content>
        <form className="followup-form" onSubmit={submit} aria-label={tf('ui.consent.record')}>
          <Fieldset>
            <Fieldset.Legend>{tf('ui.consent.services')}</Fieldset.Legend>
            {CONSENT_SERVICES.map((service) => (
              <div key={service} className="followup-consent__service">
                <Checkbox label={tf(`consentServices.${service}`)} checked={service in services} onChange={(e) => toggleService(service, e.target.checked)} />
                {service in services && (
                  <Textfield
                    data-size="sm"
                    label={tf('ui.consent.serviceDetail', { service: tf(`consentServices.${service}`) })}
                    value={services[service] ?? ''}
                    onChange={(e) => setServices((s) => ({ ...s, [service]: e.target.value }))}
                  />
                )}
              </div>
            ))}
          </Fieldset>
          <Fieldset>
            <Fieldset.Legend>{tf('ui.consent.information')}</Fieldset.Legend>
            {CONSENT_INFORMATION.map((i) => (
              <Checkbox
                key={i}
                label={tf(`consentInformation.${i}`)}
                checked={information.includes(i)}
                onChange={(e) => setInformation((list) => (e.target.checked ? [...list, i] : list.filter((x) => x !== i)))}
              />
            ))}
          </Fieldset>
          <Textfield label={tf('ui.consent.restrictions')} multiline rows={2} value={restrictions} onChange={(e) => setRestrictions(e.target.value)} />
          <Fieldset>
            <Fieldset.Legend>{tf('ui.consent.decision')}</Fieldset.Legend>
            <Radio name="consent-decision" value="given" label={tf('ui.consent.given')} checked={decision === 'given'} onChange={() => setDecision('given')} />
            <Radio name="consent-decision" value="refused" label={tf('ui.consent.refused')} checked={decision === 'refused'} onChange={() => setDecision('refused')} />
          </Fieldset>
          <Fieldset>
            <Fieldset.Legend>{tf('ui.consent.givenBy')}</Fieldset.Legend>
            <Fieldset.Description>{tf('ui.consent.signersHint')}</Fieldset.Description>
            {signers.map((signer, i) => (
              <div key={i} className="followup-consent__signer">
                <Textfield label={tf('ui.consent.signerName')} value={signer.name} onChange={(e) => setSigner(i, { name: e.target.value })} />
                <SelectField
                  label={tf('ui.consent.signerAs')}
                  value={signer.as}
                  onChange={(as) => setSigner(i, { as: as === 'pupil' ? 'pupil' : 'guardian' })}
                  options={(['guardian', 'pupil'] as const).map((as) => ({ value: as, label: tf(`ui.consent.as.${as}`) }))}
                />
                {signers.length > 1 && (
                  <Button variant="tertiary" data-size="sm" onClick={() => setSigners((list) => list.filter((_, j) => j !== i))}>
                    {tf('ui.consent.removeSigner')}
                  </Button>
                )}
              </div>
            ))}
            {signers.length < 4 && (
              <div>
                <Button variant="tertiary" data-size="sm" onClick={() => setSigners((list) => [...list, { name: '', as: 'guardian' }])}>
                  {tf('ui.consent.addSigner')}
                </Button>
              </div>
            )}
          </Fieldset>
          <Textfield label={tf('ui.consent.givenOn')} type="date" value={givenOn} onChange={(e) => setGivenOn(e.target.value)} />
          <Textfield label={tf('ui.consent.collectedByName')} value={collectedBy.name} onChange={(e) => setCollectedBy((c) => ({ ...c, name: e.target.value }))} />
          <Textfield label={tf('ui.consent.collectedByWorkplace')} value={collectedBy.workplace} onChange={(e) => setCollectedBy((c) => ({ ...c, workplace: e.target.value }))} />
          <SubmitRow label={tf('ui.consent.save')} mutation={write} />
        </form>
      </Details.Content>
    </Details>
  );
}

/** «Samtykke»: what the family has agreed may be shared, with whom, and its withdrawal, which takes effect at once. */
export function ConsentPanel({ view }: { view: CaseView }) {
  const { tf } = useFollowupI18n();
  return (
    <section className="panel" aria-labelledby="case-consent">
      <Heading level={2} data-size="sm" id="case-consent">
        {tf('ui.consent.title')}
      </Heading>
      {view.consents.length === 0 ? (
        <Paragraph data-size="sm">{tf('ui.consent.none')}</Paragraph>
      ) : (
        <ul className="followup-consents">
          {view.consents.map((item) => (
            <ConsentItem key={item.consent.id} view={view} item={item} />
          ))}
        </ul>
      )}
      {view.mayWrite && view.status === 'open' && <ConsentForm view={view} />}
    </section>
  );
}
