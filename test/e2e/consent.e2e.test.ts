// Consent and an outside service in the browser (issue 7, point 4): PPT's
// demo login finds under «Saker» the one case whose family's consent names
// PPT and reads it without forms; the principal withdraws the consent, and
// PPT's next look is refused; the principal records a new consent naming PPT
// with the form, and PPT reads the case again. Photographed and checked with
// axe on the way.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoSeriousAxeViolations } from './support/axe';
import { expectHeading, logInFresh } from './support/app';
import { describeInBrowser, screenshot } from './support/browser';
import { useServerAndBrowser } from './support/session';

const PPT = 'ppt@fjordvik.example';
const PRINCIPAL = 'rektor@fjordvik.example';

describeInBrowser('consent opens a case to PPT, and its withdrawal closes it at once', () => {
  const session = useServerAndBrowser();
  let caseUrl = '';
  const consentPanel = (page: Page) => page.getByRole('region', { name: 'Samtykke til tverrfaglig samarbeid' });

  it('shows PPT the one case a consent names it in, to read and not to record in', async () => {
    const { page } = session.browser;
    await logInFresh(page, session.server.baseUrl, PPT);
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Saker' }).click();
    await expectHeading(page, 'Mine saker');
    const rows = page.getByRole('table').getByRole('row');
    await expect.poll(() => rows.count()).toBe(2);
    await rows.nth(1).getByRole('link').first().click();
    await expectHeading(page, /^Oppfølging av /);
    caseUrl = page.url();
    await page.getByText(/^Du ser saken fordi et samtykke fra familien gir tjenesten din tilgang\./).waitFor();
    await consentPanel(page).getByText('Gjelder', { exact: true }).waitFor();
    expect(await consentPanel(page).textContent()).toContain('PPT');
    expect(await page.getByRole('region', { name: 'Registrer i saken' }).count()).toBe(0);
    expect(await page.getByText('Registrer samtykke', { exact: true }).count()).toBe(0);
    expect(await page.getByText('Gi en oppgave', { exact: true }).count()).toBe(0);
    await expectNoSeriousAxeViolations(page, 'the case as PPT reads it');
    await screenshot(page, 'consent-1-ppt-reads');
  });

  it('lets the principal withdraw the consent, after which PPT is refused at once', async () => {
    const { page } = session.browser;
    await logInFresh(page, session.server.baseUrl, PRINCIPAL);
    await page.goto(caseUrl);
    await expectHeading(page, /^Oppfølging av /);
    const panel = consentPanel(page);
    await panel.getByRole('button', { name: 'Trekk tilbake' }).click();
    await panel.getByText(/^Trekke tilbake samtykket\?/).waitFor();
    await panel.getByRole('button', { name: 'Ja, trekk tilbake' }).click();
    await panel.getByText(/· Trukket tilbake .+ av Ola Berg$/).waitFor();
    await panel.getByText('Gjelder ikke', { exact: true }).waitFor();
    await screenshot(page, 'consent-2-withdrawn');

    await logInFresh(page, session.server.baseUrl, PPT);
    await page.goto(caseUrl);
    await page.getByText('Ingen tilgang', { exact: true }).waitFor();
  });

  it('lets the principal record a new consent naming PPT with the form, and PPT reads the case again', async () => {
    const { page } = session.browser;
    await logInFresh(page, session.server.baseUrl, PRINCIPAL);
    await page.goto(caseUrl);
    await expectHeading(page, /^Oppfølging av /);
    const panel = consentPanel(page);
    await panel.getByText('Registrer samtykke', { exact: true }).click();
    const form = panel.getByRole('form', { name: 'Registrer samtykke' });
    await form.getByLabel('PPT', { exact: true }).check();
    await form.getByLabel('Hvem i PPT (valgfritt)').fill('PPT Fjordvik, Tone Aas');
    await form.getByLabel('Forhold i barnehage og skole').check();
    await form.getByLabel('Navn', { exact: true }).fill('Eva Foresatt');
    await form.getByLabel('Innhentet av').fill('Ola Berg');
    await screenshot(page, 'consent-3-form');
    await form.getByRole('button', { name: 'Lagre samtykket' }).click();
    await expect.poll(() => panel.getByText('Gjelder', { exact: true }).count()).toBe(1);
    expect(await panel.textContent()).toContain('PPT (PPT Fjordvik, Tone Aas)');
    await page.getByRole('region', { name: 'Dokumenter' }).getByRole('link', { name: /^Samtykkeerklæring .+ \(PDF\)$/ }).first().waitFor();
    await expectNoSeriousAxeViolations(page, 'the case with a new consent');

    await logInFresh(page, session.server.baseUrl, PPT);
    await page.goto(caseUrl);
    await expectHeading(page, /^Oppfølging av /);
    await page.getByText(/^Du ser saken fordi et samtykke/).waitFor();
  });
});
