// Notices from home in the browser: a guardian on a phone reports absence for
// today and asks for leave a week ahead, the contact teacher refuses without a
// note (and is told a note is needed), then approves, and the guardian sees the
// leave approved. Every page is checked with axe and photographed.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoSeriousAxeViolations } from './support/axe';
import { DEMO_PASSWORD, expectHeading, resetSession, typeLogin } from './support/app';
import { describeInBrowser, launchBrowser, screenshot, type TestBrowser } from './support/browser';
import { startServer, type TestServer } from './support/server';

const GUARDIAN = 'foresatt@fjordvik.example';
const ADULT_PUPIL = 'elev@nordlys.example';
const CONTACT_TEACHER = 'laerer@fjordvik.example';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** A day counted from today in Norway, as 'YYYY-MM-DD': absence may start today, leave a week on is always ahead. */
function osloDay(daysFromToday: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const day = new Date(`${today}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + daysFromToday);
  return day.toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD' as the app shows it: 'dd.mm.åååå'. */
const shown = (isoDay: string) => isoDay.split('-').reverse().join('.');

const today = osloDay(0);
const leaveFrom = osloDay(7);
const leaveTo = osloDay(8);
const leaveRange = `${shown(leaveFrom)}–${shown(leaveTo)}`;

async function logInAs(page: Page, baseUrl: string, email: string, path = '/logg-inn') {
  await page.goto(`${baseUrl}/logg-inn`);
  await resetSession(page);
  await page.goto(`${baseUrl}${path}`);
  await page.waitForURL(/\/logg-inn/);
  await typeLogin(page, email, DEMO_PASSWORD);
}

describeInBrowser('notices: a guardian reports absence and asks for leave, the contact teacher decides', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let pupil = '';
  const started = Date.now();

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    console.info(`Server on ${server.database} ready in ${(server.startupMs / 1000).toFixed(1)} s`);
  });

  afterAll(async () => {
    console.info(`Notices flow took ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
    await browser?.close();
    await server?.stop();
  });

  it('takes the guardian from the start page on a phone straight to «Meld fravær»', async () => {
    const { page } = browser;
    await page.setViewportSize(PHONE);
    await logInAs(page, server.baseUrl, GUARDIAN);
    await expectHeading(page, /^Velkommen, /);
    await page.getByRole('banner').getByText('Foresatt', { exact: true }).waitFor();
    const menu = page.getByRole('navigation', { name: 'Hovedmeny' });
    expect(await menu.getByRole('link', { name: 'Meld fravær' }).count()).toBe(1);
    expect(await menu.getByRole('link', { name: 'Permisjonssøknader' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Meld fravær eller søk om permisjon' }).click();
    await page.waitForURL(/\/meld-fravaer$/);
    await expectHeading(page, 'Meld fravær');
  });

  it('reports absence for two lessons today and shows a receipt', async () => {
    const { page } = browser;
    const about = page.getByText(/^Meldingen gjelder .+\.$/);
    pupil = ((await about.textContent()) ?? '').replace(/^Meldingen gjelder /, '').replace(/\.$/, '');
    expect(pupil).not.toBe('');
    expect(await page.getByRole('radio', { name: 'Fravær', exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Fra og med').inputValue()).toBe(today);
    expect(await page.getByLabel('Til og med').inputValue()).toBe(today);
    // No free text: the reasons are a fixed list, and the form says why.
    expect(await page.locator('main form').locator('textarea, input[type="text"], input:not([type])').count()).toBe(0);
    await page.getByText('Ikke skriv noe om helse her.', { exact: false }).waitFor();

    await page.getByRole('radio', { name: 'Sykdom' }).check();
    // Single lessons: none chosen is caught before sending.
    await page.getByRole('radio', { name: 'Enkelttimer' }).check();
    await page.getByRole('button', { name: 'Send fraværsmelding' }).click();
    await page.getByText('Velg minst én time.').waitFor();
    const first = page.getByRole('checkbox', { name: '1. time' });
    expect(await first.getAttribute('aria-invalid')).toBe('true');
    await first.check();
    await page.getByRole('checkbox', { name: '2. time' }).check();
    await screenshot(page, 'notice-form');
    await expectNoSeriousAxeViolations(page, 'the notice form');

    await page.getByRole('button', { name: 'Send fraværsmelding' }).click();
    const receipt = page.getByRole('heading', { name: 'Fraværet er meldt' });
    await receipt.waitFor();
    const facts = page.locator('.notice-receipt');
    expect(await facts.textContent()).toContain(pupil);
    expect(await facts.textContent()).toContain(shown(today));
    expect(await facts.textContent()).toContain('Sykdom');
    expect(await facts.textContent()).toContain('Timene 1 og 2');
    await screenshot(page, 'notice-receipt');
    await expectNoSeriousAxeViolations(page, 'the notice receipt');
  });

  it('puts the server’s refusal next to the date, then sends a leave request a week ahead', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Send en ny melding' }).click();
    await page.getByRole('radio', { name: 'Søk om permisjon' }).check();
    // Leave must be asked for before its first day: today is refused by the server, next to «Fra og med».
    const from = page.getByLabel('Fra og med');
    await from.fill(today);
    await page.getByRole('radio', { name: 'Religiøs høytid' }).check();
    await page.getByRole('button', { name: 'Send søknad' }).click();
    await page.getByText('Permisjon må søkes før den første dagen.').waitFor();
    expect(await from.getAttribute('aria-invalid')).toBe('true');

    await from.fill(leaveFrom);
    await page.getByLabel('Til og med').fill(leaveTo);
    await page.getByRole('button', { name: 'Send søknad' }).click();
    await page.getByRole('heading', { name: 'Søknaden om permisjon er sendt' }).waitFor();

    const sent = page.getByRole('region', { name: 'Sendte meldinger' });
    const leave = sent.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `Permisjon ${leaveRange}` }) });
    await leave.getByText('Sendt', { exact: true }).waitFor();
    const absence = sent.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `Fravær ${shown(today)}` }) });
    await absence.getByRole('button', { name: /^Trekk tilbake/ }).first().waitFor();
  });

  it('lets the contact teacher refuse only with a note, and approve', async () => {
    const { page } = browser;
    await page.setViewportSize(DESKTOP);
    await logInAs(page, server.baseUrl, CONTACT_TEACHER);
    await expectHeading(page, 'Velkommen, Kari');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Permisjonssøknader' }).click();
    await page.waitForURL(/\/permisjoner$/);
    await expectHeading(page, 'Permisjonssøknader');

    const request = page.getByRole('article', { name: pupil }).filter({ hasText: leaveRange });
    await request.waitFor();
    expect(await request.textContent()).toContain('Religiøs høytid');
    await request.getByRole('button', { name: 'Avslå' }).click();
    await request.getByText('Skriv kort hvorfor permisjonen avslås.').waitFor();
    expect(await request.getByRole('textbox', { name: 'Begrunnelse' }).getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'leave-requests');
    await expectNoSeriousAxeViolations(page, 'the leave requests');

    await request.getByRole('button', { name: 'Innvilg' }).click();
    await page.getByRole('status').getByText(`Permisjonen for ${pupil} er innvilget.`).waitFor();
    const decided = page.getByRole('region', { name: 'Behandlet og trukket' }).getByRole('article', { name: pupil }).filter({ hasText: leaveRange });
    await decided.getByText('Innvilget', { exact: true }).waitFor();
    await decided.getByText('av Kari Larsen', { exact: false }).waitFor();
  });

  it('shows the guardian the leave approved, and lets the guardian withdraw the absence', async () => {
    const { page } = browser;
    await page.setViewportSize(PHONE);
    await logInAs(page, server.baseUrl, GUARDIAN, '/meld-fravaer');
    await page.waitForURL(/\/meld-fravaer$/);
    await expectHeading(page, 'Meld fravær');
    const leave = page
      .getByRole('region', { name: 'Sendte meldinger' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: `Permisjon ${leaveRange}` }) });
    await leave.getByText('Innvilget', { exact: true }).first().waitFor();
    expect(await leave.getByRole('button', { name: /^Trekk tilbake/ }).count()).toBe(0);
    await screenshot(page, 'notice-approved');
    await expectNoSeriousAxeViolations(page, 'the notices with the leave approved');

    // The absence for today can still be withdrawn.
    const absence = page
      .getByRole('region', { name: 'Sendte meldinger' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: `Fravær ${shown(today)}` }) })
      .filter({ hasText: 'Timene 1 og 2' });
    await absence.getByRole('button', { name: /^Trekk tilbake/ }).click();
    await absence.getByText('Trukket', { exact: true }).waitFor();
    await page.getByRole('status').getByText('Meldingen er trukket tilbake.').waitFor();
    expect(await absence.getByRole('button', { name: /^Trekk tilbake/ }).count()).toBe(0);
  });

  it('lets a pupil of 18 report for themselves, in nynorsk too', async () => {
    const { page } = browser;
    await logInAs(page, server.baseUrl, ADULT_PUPIL, '/meld-fravaer');
    await page.waitForURL(/\/meld-fravaer$/);
    await expectHeading(page, 'Meld fravær');
    await page.getByText('Du melder for deg selv.').waitFor();
    await page.getByRole('button', { name: 'Nynorsk' }).click();
    await expectHeading(page, 'Meld fråvær');
    await page.getByText('Du melder for deg sjølv.').waitFor();
    await page.getByRole('radio', { name: 'Sjukdom' }).waitFor();
    await page.getByRole('button', { name: 'Bokmål' }).click();
    await expectHeading(page, 'Meld fravær');
  });
});
