// A follow-up case in the browser, as the demo's contact teacher runs it:
// «Opprett sak» from a concern on the pupil's page, a contact logged, the
// causes mapped with the pupil, a collaboration agreement from the measure
// bank's suggestions, its PDF downloaded and rendered to PNG (pdftoppm) to
// look at, the agreement evaluated, and the case closed. Photographed and
// checked with axe on the way.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe';
import { DEMO_PASSWORD, expectHeading, nextTotpCode, resetSession, typePassword, typeSecondFactor } from './support/app';
import { apiLogin, type ApiSession } from './support/attendance-api';
import { describeInBrowser, screenshot } from './support/browser';
import { useServerAndBrowser } from './support/session';

const CONTACT_TEACHER = 'laerer@fjordvik.example';
const outDir = join(process.cwd(), 'test-results', 'screenshots');

/** Logs in with the password and a code from the app with this secret; the session cookie. */
async function loginWithCode(baseUrl: string, email: string, secret: string): Promise<string> {
  const cookieOf = (r: Response) => r.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const first = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: DEMO_PASSWORD }) });
  const second = await fetch(`${baseUrl}/api/auth/login/second-factor`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookieOf(first) },
    body: JSON.stringify({ code: await nextTotpCode(secret) }),
  });
  if (!second.ok) throw new Error(`second factor: ${second.status} ${await second.text()}`);
  return cookieOf(second);
}

describeInBrowser('a follow-up case from concern to closing', () => {
  const session = useServerAndBrowser();
  let secret = '';
  let pupil: { id: string; name: string } = { id: '', name: '' };
  let api: ApiSession;
  let demoCaseId = '';

  const record = (page: Page) => page.getByRole('region', { name: 'Registrer i saken' });
  const timeline = (page: Page) => page.getByRole('region', { name: 'Hva som er gjort' });

  it('lets the contact teacher set up the authenticator app and find a pupil with a concern and no case', async () => {
    api = await apiLogin(session.server.baseUrl, CONTACT_TEACHER, DEMO_PASSWORD);
    const mine = await api.get<{ pupils: { pupil: { id: string; givenName: string; familyName: string }; concerns: { approaching: boolean; status: string }[] }[] }>('/api/my/concerns');
    const started = await api.send<{ secret: string }>('POST', '/api/auth/totp/enrolment', { password: DEMO_PASSWORD });
    secret = started.secret;
    await api.send('POST', '/api/auth/totp/enrolment/confirm', { code: await nextTotpCode(secret) });
    // Enrolling gave the session a new cookie: log in again, with the new app's code.
    const strong = await loginWithCode(session.server.baseUrl, CONTACT_TEACHER, secret);
    const cases = (await (await fetch(`${session.server.baseUrl}/api/my/followup-cases`, { headers: { Cookie: strong, Accept: 'application/json' } })).json()) as { cases: { id: string; status: string; step: { id: string }; pupil: { id: string } }[] };
    demoCaseId = cases.cases[0]?.id ?? '';
    // The demo's case in progress: past the conversation, on mapping and measures.
    expect(cases.cases).toEqual([expect.objectContaining({ status: 'open', step: expect.objectContaining({ id: 'kartlegging' }) })]);
    const withCase = new Set(cases.cases.map((c) => c.pupil.id));
    const candidate = mine.pupils.find((p) => !withCase.has(p.pupil.id) && p.concerns.some((c) => !c.approaching && c.status === 'open'));
    expect(candidate, 'a demo pupil with an open concern and no case').toBeDefined();
    pupil = { id: candidate!.pupil.id, name: `${candidate!.pupil.givenName} ${candidate!.pupil.familyName}` };

    const { page } = session.browser;
    await page.goto(`${session.server.baseUrl}/logg-inn`);
    await resetSession(page);
    await page.reload();
    await typePassword(page, CONTACT_TEACHER, DEMO_PASSWORD);
    await typeSecondFactor(page, secret);
    await expectHeading(page, /^Velkommen, /);
  });

  it('opens a case from the concern on the pupil’s page', async () => {
    const { page } = session.browser;
    await page.goto(`${session.server.baseUrl}/elever/${pupil.id}/fravaer`);
    const panel = page.getByRole('region', { name: 'Oppfølgingssaker' });
    await panel.waitFor({ timeout: 60_000 });
    await expect.poll(async () => (await panel.getByLabel('Hva saken gjelder').inputValue()) !== 'manual').toBe(true);
    await screenshot(page, 'followup-pupil-open-case');
    await panel.getByRole('button', { name: 'Opprett sak' }).click();
    await expectHeading(page, new RegExp(`^Oppfølging av ${pupil.name}`));
    await page.getByText(/^Opprettet .+ fra bekymringen «/).waitFor();
    await page.getByRole('region', { name: /^Trappa: / }).getByText('Her er saken nå').waitFor();
    await screenshot(page, 'followup-case-opened');
    await expectNoSeriousAxeViolations(page, 'the case page');
  });

  it('logs a contact with the home', async () => {
    const { page } = session.browser;
    await record(page).getByText('Logg kontakt', { exact: true }).click();
    const form = page.getByRole('form', { name: 'Logg kontakt' });
    await form.getByLabel('Med hvem (navn)').fill('Eva Foresatt');
    await form.getByLabel('Hva ble sagt').fill('Ringte mor om fraværet. Hun er også bekymret og vil gjerne ha et møte.');
    await form.getByLabel('Utfall').selectOption('meetingAgreed');
    await form.getByRole('button', { name: 'Lagre kontakten' }).click();
    await timeline(page).getByText(/Telefon: Ringte mor om fraværet/).waitFor();
  });

  it('maps the causes with the pupil', async () => {
    const { page } = session.browser;
    await record(page).getByText('Årsakskartlegging', { exact: true }).click();
    const form = page.getByRole('form', { name: 'Årsakskartlegging' });
    await form.getByLabel('Søvnproblemer').fill('80');
    await form.getByLabel('Psykiske vansker').fill('40');
    await form.getByLabel('Fag som er vanskelige (skill med komma)').fill('Kroppsøving');
    await form.getByRole('button', { name: 'Lagre kartleggingen' }).click();
    await timeline(page).getByText('Kartlegging', { exact: true }).waitFor();
  });

  it('scales the school day with the pupil', async () => {
    const { page } = session.browser;
    await record(page).getByText('Skalering av skoledagen', { exact: true }).click();
    const form = page.getByRole('form', { name: 'Skalering av skoledagen' });
    await form.getByLabel('Kroppsøving', { exact: true }).selectOption('2');
    await form.getByLabel('Friminuttene', { exact: true }).selectOption('7');
    await form.getByLabel('Annet, med elevens egne ord').fill('Garderoben');
    await form.getByLabel('Skår', { exact: true }).selectOption('1');
    await form.getByRole('button', { name: 'Lagre skaleringen' }).click();
    await timeline(page).getByText(/Friminuttene 7, Kroppsøving 2, Garderoben 1\. Vanskeligst: Garderoben, Kroppsøving/).waitFor();
  });

  it('fills tiltakssirkelen and the factors, and invites the school nurse to a meeting', async () => {
    const { page } = session.browser;
    await record(page).getByText('Tiltakssirkelen', { exact: true }).click();
    const circle = page.getByRole('form', { name: 'Tiltakssirkelen' });
    const peers = circle.getByRole('group', { name: 'Relasjon til medelever' });
    await peers.getByLabel('Ressurser').fill('Har en god venn i klassen');
    await peers.getByLabel('Risiko').fill('Alene i friminuttene\nErtes i garderoben');
    await circle.getByRole('button', { name: 'Lagre tiltakssirkelen' }).click();
    await timeline(page).getByText(/Relasjon til medelever – ressurser: Har en god venn i klassen; risiko: Alene i friminuttene, Ertes i garderoben/).waitFor();

    await record(page).getByText('Utløsende og opprettholdende faktorer', { exact: true }).click();
    const factors = page.getByRole('form', { name: 'Utløsende og opprettholdende faktorer' });
    await factors.getByLabel('Opprettholdende faktorer').fill('Får bli hjemme når magen verker');
    await factors.getByRole('button', { name: 'Lagre faktorene' }).click();
    await timeline(page).getByText(/Skolens syn – opprettholdende: Får bli hjemme når magen verker \(antakelse\)/).waitFor();

    await record(page).getByText('Planlegg møte med innkalling', { exact: true }).click();
    const meeting = page.getByRole('form', { name: 'Planlegg møte med innkalling' });
    await meeting.getByLabel('Sted').fill('Møterommet i 2. etasje');
    await meeting.getByRole('button', { name: 'Legg til deltaker' }).click();
    await meeting.getByLabel('Navn', { exact: true }).fill('Hanne Helsesykepleier');
    await meeting.getByLabel('Rolle', { exact: true }).selectOption('nurse');
    await screenshot(page, 'followup-meeting-participants');
    await meeting.getByRole('button', { name: 'Lag innkalling' }).click();
    const link = page.getByRole('region', { name: 'Dokumenter' }).getByRole('link', { name: /^Innkalling: / });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const pdf = join(outDir, 'followup-invitation.pdf');
    mkdirSync(outDir, { recursive: true });
    await download.saveAs(pdf);
    expect(execFileSync('pdftotext', [pdf, '-']).toString()).toContain('Hanne Helsesykepleier');
  });

  it('writes an agreement with a measure the mapping suggests from the bank, and downloads it as PDF', async () => {
    const { page } = session.browser;
    await record(page).getByText('Samarbeidsavtale', { exact: true }).click();
    const form = page.getByRole('form', { name: 'Samarbeidsavtale' });
    const suggested = form.getByRole('list', { name: 'Forslag fra kartleggingen' });
    await suggested.getByRole('button', { name: /^Legg til «/ }).first().click();
    await form.getByRole('searchbox', { name: 'Søk i tiltaksbanken' }).fill('garderobe');
    const found = form.getByRole('list', { name: 'Treff i tiltaksbanken' });
    await found.getByRole('button', { name: /^Legg til «/ }).first().click();
    await expect.poll(() => form.getByLabel('Tiltak', { exact: true }).count()).toBe(2);
    await form.getByLabel('Delmål').fill('Sover før klokka 23 på skoledager.');
    await form.getByRole('button', { name: 'Legg til en time' }).click();
    await form.getByLabel('Hvor', { exact: true }).fill('Klasserommet');
    await form.getByLabel('Hva skjer', { exact: true }).fill('Kontaktlæreren tar imot eleven i døra');
    await screenshot(page, 'followup-agreement-editor');
    await form.getByRole('button', { name: 'Lagre samarbeidsavtalen' }).click();
    const documents = page.getByRole('region', { name: 'Dokumenter' });
    const link = documents.getByRole('link', { name: /^Samarbeidsavtale, versjon 1/ });
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    mkdirSync(outDir, { recursive: true });
    const pdf = join(outDir, 'followup-agreement.pdf');
    await download.saveAs(pdf);
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', pdf, join(outDir, 'followup-agreement-pdf')]);
    const text = execFileSync('pdftotext', [pdf, '-']).toString();
    expect(text).toContain('Samarbeidsavtale');
    expect(text).toContain(pupil.name);
    expect(text).toContain('Kontaktlæreren tar imot eleven i døra');

    await documents.getByRole('link', { name: /^Utskrift av samarbeidsavtalen, versjon 1,/ }).click();
    await expectHeading(page, 'Samarbeidsavtale om tiltak ved skolefravær');
    await page.getByRole('cell', { name: 'Kontaktlæreren tar imot eleven i døra' }).waitFor();
    await screenshot(page, 'followup-agreement-print');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'followup-agreement-print-media');
    await page.emulateMedia({ media: 'screen' });
    await expectNoSeriousAxeViolations(page, 'the agreement to print');
    await page.getByRole('link', { name: 'Tilbake til saken' }).click();
    await expectHeading(page, new RegExp(`^Oppfølging av ${pupil.name}`));
  });

  it('evaluates the agreement and closes the case', async () => {
    const { page } = session.browser;
    await record(page).getByText('Evaluer samarbeidsavtalen', { exact: true }).click();
    const form = page.getByRole('form', { name: 'Evaluer samarbeidsavtalen' });
    await form.getByLabel('Det lages ny samarbeidsavtale').check();
    await form.getByLabel('Hva eleven sa, med elevens egne ord').fill('Det hjelper å legge seg tidligere.');
    await form.getByRole('button', { name: 'Lagre evalueringen' }).click();
    await page.getByRole('region', { name: 'Dokumenter' }).getByRole('link', { name: /^Samarbeidsavtale, versjon 2/ }).waitFor();
    // A new agreement chosen: the editor opens to make it, from the old measures.
    await page.getByRole('status').getByText(/^Det skal lages en ny samarbeidsavtale\./).waitFor();
    await expect.poll(() => page.getByRole('form', { name: 'Samarbeidsavtale' }).getByLabel('Tiltak', { exact: true }).count()).toBe(2);
    await record(page).getByText('Ny samarbeidsavtale', { exact: true }).waitFor();
    await screenshot(page, 'followup-after-evaluation');
    await page.getByRole('form', { name: 'Samarbeidsavtale' }).getByRole('button', { name: 'Lagre samarbeidsavtalen' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Dokumenter' }).getByRole('link', { name: /^Samarbeidsavtale, versjon 1,/ }).count()).toBe(2);
    // Saved, the new agreement is the one the editor revises from now on.
    await record(page).getByText('Samarbeidsavtale (versjon 1) – endre', { exact: true }).waitFor();

    const team = page.getByRole('region', { name: 'Teamet og oppgaver' });
    await team.getByText('Gi en oppgave', { exact: true }).click();
    await team.getByLabel('Oppgave', { exact: true }).fill('Be helsesykepleier om en samtale om søvn');
    await team.getByRole('button', { name: 'Gi oppgaven' }).click();
    await team.getByText(/^Be helsesykepleier om en samtale om søvn – /).waitFor();
    await team.getByRole('button', { name: 'Marker som utført' }).click();
    await team.getByText('Utført', { exact: true }).waitFor();

    await page.getByText('Avslutt saken', { exact: true }).first().click();
    await page.getByLabel('Hvorfor saken avsluttes').selectOption('other');
    await page.getByLabel('Merknad (må fylles ut ved annen grunn)').fill('Eleven kommer nå hver dag; vi avslutter etter avtale med hjemmet.');
    await page.getByRole('button', { name: 'Avslutt saken' }).click();
    await page.getByRole('region', { name: 'Gjenåpne saken' }).waitFor();
    await timeline(page).getByText('Sak avsluttet').waitFor();
    // Closed before the last step: the step it closed on says so, with the reason; the steps after it were never reached.
    const staircase = page.getByRole('region', { name: /^Trappa: / });
    await staircase.getByText(/^Saken ble avsluttet her .+: Annen grunn\.$/).waitFor();
    const steps = await staircase.getByRole('listitem').allInnerTexts();
    const closedAt = steps.findIndex((s) => s.includes('Avsluttet her'));
    expect(closedAt, steps.join(' | ')).toBeGreaterThanOrEqual(0);
    expect(steps.length - closedAt - 1, 'steps after the closing one').toBeGreaterThan(0);
    for (const step of steps.slice(closedAt + 1)) expect(step).toContain('Ikke nådd');
    expect(steps.slice(closedAt).join(' ')).not.toContain('Fullført');
    await screenshot(page, 'followup-case-closed');
    await expectNoSeriousAxeViolations(page, 'the closed case');
  });

  it('shows the demo case in progress with its contacts, mapping and agreement', async () => {
    const { page } = session.browser;
    await page.goto(`${session.server.baseUrl}/saker/${demoCaseId}`);
    await page.getByRole('region', { name: /^Trappa: / }).getByText('Her er saken nå').waitFor({ timeout: 30_000 });
    await timeline(page).getByText('Samarbeidsavtale', { exact: true }).waitFor();
    await timeline(page).getByText('Kontakt loggført', { exact: true }).waitFor();
    await screenshot(page, 'followup-demo-case');

    // Each letter's print view beside its PDF: the same words, A4, lines to sign, nothing of the app around it.
    const documents = page.getByRole('region', { name: 'Dokumenter' });
    const views: [name: RegExp, file: string, heading: string][] = [
      [/^Utskrift av innkallingen: /, 'invitation', 'Invitasjon til møte om skolefravær'],
      [/^Utskrift av referatet: /, 'minutes', 'Referat fra møte om skolefravær'],
      [/^Utskrift av samarbeidsavtalen, versjon 1,/, 'agreement', 'Samarbeidsavtale om tiltak ved skolefravær'],
      [/^Utskrift av tiltaksplanen$/, 'action-plan', 'Tiltaksplan ved bekymringsfullt skolefravær'],
    ];
    for (const [name, file, heading] of views) {
      await documents.getByRole('link', { name }).first().click();
      await expectHeading(page, heading);
      const letter = page.getByRole('article');
      const text = await letter.innerText();
      expect(text).toMatch(/[æøå]/);
      expect(text).toContain('Unntatt offentlighet');
      if (file !== 'invitation') await letter.getByRole('region', { name: /godkjent|Vi er med på avtalen/ }).first().waitFor();
      // Outside the app's frame: no header, no menu, only the print toolbar.
      expect(await page.getByRole('banner').count()).toBe(0);
      expect(await page.getByRole('navigation').count()).toBe(1);
      await screenshot(page, `followup-print-${file}`);
      await page.emulateMedia({ media: 'print' });
      await screenshot(page, `followup-print-${file}-media`);
      expect(await page.getByRole('navigation').isVisible()).toBe(false);
      // Printed as the browser prints it, to PNG to look at: A4, page numbers at the foot.
      const printed = join(outDir, `followup-print-${file}.pdf`);
      mkdirSync(outDir, { recursive: true });
      await page.pdf({ path: printed, preferCSSPageSize: true });
      execFileSync('pdftoppm', ['-png', '-r', '60', printed, join(outDir, `followup-print-${file}-paper`)]);
      const paper = execFileSync('pdftotext', [printed, '-']).toString();
      expect(paper).toMatch(/Side 1 av \d/);
      expect(paper).not.toContain('Skriv ut');
      await page.emulateMedia({ media: 'screen' });
      await expectNoSeriousAxeViolations(page, `the ${file} to print`);
      await page.getByRole('link', { name: 'Tilbake til saken' }).click();
      await expectHeading(page, /^Oppfølging av /);
    }
    await page.goto(`${session.server.baseUrl}/saker`);
    await expectHeading(page, 'Mine saker');
    await screenshot(page, 'followup-my-cases');
    await expectNoSeriousAxeViolations(page, '«Mine saker»');
  });
});
