// The authenticator app in Chromium: a demo principal logs in with the code
// the demo panel shows; a teacher sets up the app (QR code, first code,
// recovery codes) and logs in with it after.
import { beforeEach, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe';
import { DEMO_PASSWORD, expectHeading, resetSession, typeLogin, typePassword, typeSecondFactor } from './support/app';
import { describeInBrowser, screenshot } from './support/browser';
import { useServerAndBrowser } from './support/session';

describeInBrowser('login with an authenticator app', () => {
  const session = useServerAndBrowser();

  beforeEach(async () => {
    await session.browser.page.goto(`${session.server.baseUrl}/logg-inn`);
    await resetSession(session.browser.page);
    await session.browser.page.reload();
  });

  it('a demo principal: the password, then the code the demo panel shows', async () => {
    const { page } = session.browser;
    const panel = page.getByRole('region', { name: 'Prøv med en demokonto' });
    await panel.getByRole('button', { name: /rektor@fjordvik\.example/ }).getByText(/^Kode i appen nå: \d{6}$/).waitFor();
    await typePassword(page, 'rektor@fjordvik.example', DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Kode fra autentiseringsappen' }).waitFor();
    await page.getByText(/^Demokontoens app viser nå \d{6}\.$/).waitFor();
    await screenshot(page, 'login-second-factor');
    await expectNoSeriousAxeViolations(page, 'the second step of the login');

    const field = page.getByRole('textbox', { name: 'Kode' });
    await field.fill('000000');
    await page.getByRole('button', { name: 'Bekreft', exact: true }).click();
    await page.getByText('Koden stemmer ikke. Skriv de seks sifrene appen viser nå, eller en reservekode.').waitFor();
    await field.fill('');
    await typeSecondFactor(page, (await import('../../src/server/demo/demo-second-factor')).demoTotpSecret('rektor@fjordvik.example'));
    await expectHeading(page, 'Velkommen, Ola');
  });

  it('a teacher sets up the app, keeps the recovery codes, and logs in with it', async () => {
    const { page } = session.browser;
    await typeLogin(page, 'laerer@fjordvik.example', DEMO_PASSWORD);
    await expectHeading(page, 'Velkommen, Kari');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Sikkerhet' }).click();
    await expectHeading(page, 'Innlogging og sikkerhet');
    await page.getByText('Når du åpner oppfølgingsdata om kontaktelevene dine, kreves innlogging med to faktorer.').waitFor();

    await page.getByRole('button', { name: 'Sett opp appen' }).click();
    const password = page.getByLabel('Passordet ditt');
    await password.fill('feil-passord');
    await page.getByRole('button', { name: 'Fortsett' }).click();
    await page.getByText('Feil passord.').waitFor();
    await password.fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Fortsett' }).click();

    await page.getByRole('img', { name: 'QR-kode som legger Nærvær til i autentiseringsappen' }).waitFor();
    const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await screenshot(page, 'security-enrol-qr');
    await expectNoSeriousAxeViolations(page, 'setting up the app');
    const { nextTotpCode } = await import('./support/app');
    await page.getByLabel('Koden appen viser').fill(await nextTotpCode(secret));
    await page.getByRole('button', { name: 'Bekreft og slå på' }).click();

    const codes = page.getByRole('list', { name: 'Reservekoder' }).getByRole('listitem');
    await codes.first().waitFor();
    expect(await codes.count()).toBe(10);
    await screenshot(page, 'security-recovery-codes');
    const recoveryCode = (await codes.nth(2).textContent()) ?? '';
    await page.getByRole('button', { name: 'Jeg har tatt vare på kodene' }).click();
    await page.getByText('Appen er satt opp. Du har 10 ubrukte reservekoder.').waitFor();
    await page.getByText(/Andre faktor gitt .*: kode fra appen\./).waitFor();

    // Logged out and in again: now the app's code is asked for, and a recovery code does too.
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await expectHeading(page, 'Logg inn');
    await typePassword(page, 'laerer@fjordvik.example', DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Kode fra autentiseringsappen' }).waitFor();
    await page.getByRole('textbox', { name: 'Kode' }).fill(recoveryCode);
    await page.getByRole('button', { name: 'Bekreft', exact: true }).click();
    await expectHeading(page, 'Velkommen, Kari');

    await page.goto(`${session.server.baseUrl}/sikkerhet`);
    await page.getByText('Appen er satt opp. Du har 9 ubrukte reservekoder.').waitFor();
    await page.getByText(/Andre faktor gitt .*: reservekode\./).waitFor();
    const sessions = page.getByRole('table', { name: 'Aktive økter' });
    await sessions.getByText('Denne økten').waitFor();
    await screenshot(page, 'security-enrolled');
  });
});
