// The upper-secondary limit in the browser (issue 9): the demo pupil of 18 at
// Nordlys vgs opens «Mitt fravær», sees per subject how many hours are left
// before 10 %, chooses an absent lesson that can still be documented and hands
// in a PDF; the contact teacher accepts it, and the pupil sees the lesson
// documented. The leadership's warning overview is photographed too. Every
// page is checked with axe.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoSeriousAxeViolations } from './support/axe';
import { DEMO_PASSWORD, expectHeading, resetSession, typeLogin } from './support/app';
import { describeInBrowser, launchBrowser, screenshot, screenshotOnFailure, type TestBrowser } from './support/browser';
import { startServer, type TestServer } from './support/server';

const PUPIL = 'elev@nordlys.example';
const CONTACT_TEACHER = 'laerer@nordlys.example';
const PRINCIPAL = 'rektor@nordlys.example';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

async function logInAs(page: Page, baseUrl: string, email: string, path: string) {
  await page.goto(`${baseUrl}/logg-inn`);
  await resetSession(page);
  await page.goto(`${baseUrl}${path}`);
  await page.waitForURL(/\/logg-inn/);
  await typeLogin(page, email, DEMO_PASSWORD);
  await page.waitForURL((url) => url.pathname === path);
}

describeInBrowser('the absence limit: a pupil sees hours left and hands in documentation, the contact teacher accepts it', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let handedIn = '';
  const pdf = join(mkdtempSync(join(tmpdir(), 'naervaer-doc-')), 'legeerklaering.pdf');
  writeFileSync(pdf, '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  screenshotOnFailure(() => browser?.page);

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the pupil, on a phone, the hours left before 10 % in every subject', async () => {
    const { page } = browser;
    await page.setViewportSize(PHONE);
    await logInAs(page, server.baseUrl, PUPIL, '/mitt-fravaer');
    await expectHeading(page, 'Mitt fravær');
    await page.getByRole('heading', { level: 2, name: 'Fag for fag' }).waitFor();
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const left = page.getByTestId('hours-left');
    expect(await left.count()).toBeGreaterThan(3);
    expect(await left.first().textContent()).toMatch(/timer igjen før 10\s%/);
    // Norsk Vg2: the two latest lessons were left undocumented for the demo.
    const norsk = page.getByRole('region', { name: /Norsk Vg2 studieforberedende/ });
    await norsk.waitFor();
    expect(await norsk.getByText(/Kan dokumenteres til/).count()).toBeGreaterThan(0);
    await expectNoSeriousAxeViolations(page, 'Mitt fravær');
    await screenshot(page, 'limit-1-pupil-phone');
  });

  it('hands in a PDF for an absent lesson', async () => {
    const { page } = browser;
    await page.setViewportSize(DESKTOP);
    const norsk = page.getByRole('region', { name: /Norsk Vg2 studieforberedende/ });
    const row = norsk.getByRole('row').filter({ hasText: 'Kan dokumenteres til' }).first();
    handedIn = ((await row.getByRole('rowheader').textContent()) ?? '').trim();
    await row.getByRole('checkbox', { name: 'Velg' }).check();
    await page.getByRole('button', { name: 'Lever dokumentasjon for 1 time' }).click();
    const form = page.getByRole('form', { name: 'Lever dokumentasjon for 1 time' });
    await form.getByLabel('Hva viser dokumentasjonen?').selectOption('health_medical_note');
    await form.getByLabel('Fil').setInputFiles(pdf);
    await screenshot(page, 'limit-2-hand-in');
    await form.getByRole('button', { name: 'Lever', exact: true }).click();
    await page.getByRole('status').getByText('Dokumentasjonen er levert').waitFor();
    await page.getByRole('button', { name: 'Lukk' }).click();
    await norsk.getByText('Dokumentasjon levert, venter på kontaktlæreren').first().waitFor();
    await page.getByRole('heading', { level: 2, name: 'Levert dokumentasjon' }).waitFor();
    await expectNoSeriousAxeViolations(page, 'Mitt fravær after handing in');
    await screenshot(page, 'limit-3-handed-in');
  });

  it('lets the contact teacher accept it, and the pupil sees the lesson documented', async () => {
    const { page } = browser;
    await logInAs(page, server.baseUrl, CONTACT_TEACHER, '/dokumentasjon');
    await expectHeading(page, 'Innlevert dokumentasjon');
    const item = page.getByRole('listitem').filter({ hasText: 'Norsk Vg2' }).filter({ hasText: 'legeerklaering.pdf' }).first();
    await item.waitFor();
    expect(await page.getByRole('listitem').filter({ hasText: 'legeerklaering.pdf' }).count()).toBeGreaterThanOrEqual(2);
    await expectNoSeriousAxeViolations(page, 'Innlevert dokumentasjon');
    await screenshot(page, 'limit-4-contact-teacher');
    // The other pupil's page: the limit subject by subject, with the certificate for the contact teacher.
    await page.getByRole('listitem').filter({ hasText: 'legeerklaering.pdf' }).first().getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: 'Fraværsgrensen fag for fag' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Fravær på vitnemålet' }).waitFor();
    await expectNoSeriousAxeViolations(page, 'pupil page with the limit');
    await screenshot(page, 'limit-4b-contact-teacher-pupil');
    await page.goBack();
    await expectHeading(page, 'Innlevert dokumentasjon');
    const mine = page.getByRole('listitem').filter({ hasText: 'Levert av' }).filter({ has: page.getByRole('link', { name: /.+/ }) });
    const count = await mine.count();
    // The pupil's own submission is the newest: the last in the list.
    const last = mine.nth(count - 1);
    await last.getByRole('button', { name: /^Godkjenn/ }).click();
    await expect.poll(async () => page.getByRole('listitem').filter({ hasText: 'legeerklaering.pdf' }).count(), { timeout: 15_000 }).toBe(count - 1);

    await logInAs(page, server.baseUrl, PUPIL, '/mitt-fravaer');
    const norsk = page.getByRole('region', { name: /Norsk Vg2 studieforberedende/ });
    await norsk.waitFor();
    const row = norsk.getByRole('row').filter({ hasText: handedIn }).first();
    await row.getByText('Dokumentert', { exact: true }).first().waitFor();
    await page.getByText('Godkjent', { exact: true }).first().waitFor();
    await screenshot(page, 'limit-5-documented');
  });

  it('shows the principal the warnings: who was warned, who not, who has not opened it', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/logg-inn`);
    await resetSession(page);
    await page.goto(`${server.baseUrl}/logg-inn`);
    await typeLogin(page, PRINCIPAL, DEMO_PASSWORD);
    await expectHeading(page, /^Velkommen, /);
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Varsler om fravær' }).click();
    await expectHeading(page, 'Varsler om fravær');
    await page.getByRole('table').waitFor();
    expect(await page.getByText('Ikke åpnet', { exact: true }).count()).toBeGreaterThan(0);
    await expectNoSeriousAxeViolations(page, 'Varsler om fravær');
    await screenshot(page, 'limit-6-warnings');
    // The pupil over the limit and never warned: the principal records a decision on the 15 % discretion.
    const unwarned = page.getByRole('row').filter({ hasText: 'Over grensen, ikke varslet' }).first();
    await unwarned.getByRole('link').click();
    await page.getByRole('heading', { level: 2, name: 'Fraværsgrensen fag for fag' }).waitFor();
    const subject = page.getByRole('region', { name: /Norsk Vg2 studieforberedende/ });
    await subject.getByRole('button', { name: 'Rektors skjønn' }).click();
    await subject.getByRole('radio', { name: 'Rektor har bestemt at eleven kan få karakter.' }).check();
    await subject.getByLabel('Begrunnelse').fill('Lengre sykdom i nær familie; eleven har fulgt opp alt arbeid i faget.');
    await subject.getByRole('button', { name: 'Lagre avgjørelsen' }).click();
    await subject.getByText(/Begrunnelse: Lengre sykdom i nær familie/).waitFor();
    await expectNoSeriousAxeViolations(page, 'pupil page with the principal’s decision');
    await screenshot(page, 'limit-7-discretion');
  });
});
