// Logging in: translated errors, a deep link that survives the login, one-click
// demo accounts, and the menu each role gets.
import { beforeEach, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe';
import { DEMO_PASSWORD, expectHeading, resetSession, typeLogin } from './support/app';
import { describeInBrowser, screenshot } from './support/browser';
import { useServerAndBrowser } from './support/session';

describeInBrowser('login', () => {
  const session = useServerAndBrowser();

  beforeEach(async () => {
    await session.browser.page.goto(`${session.server.baseUrl}/logg-inn`);
    await resetSession(session.browser.page);
    await session.browser.page.reload();
  });

  it('says so, translated, when the password is wrong', async () => {
    const { page } = session.browser;
    await typeLogin(page, 'laerer@fjordvik.example', 'feil-passord');
    const alert = page.getByRole('alert');
    await alert.getByText('Feil e-postadresse eller passord.').waitFor();
    expect(page.url()).toMatch(/\/logg-inn$/);
    await screenshot(page, 'login-wrong-password');
    await expectNoSeriousAxeViolations(page, 'the login page with an error');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Log in', exact: true }).click();
    await page.getByRole('alert').getByText('Wrong e-mail address or password.').waitFor();
  });

  it('marks empty fields next to the inputs', async () => {
    const { page } = session.browser;
    await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
    const email = page.getByRole('textbox', { name: 'E-postadresse' });
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('Feltet må fylles ut.').first().waitFor();
    expect(await page.getByText('Feltet må fylles ut.').count()).toBe(2);
  });

  it('sends a deep link without a session to login, and back after', async () => {
    const { page } = session.browser;
    await page.goto(`${session.server.baseUrl}/klasser`);
    await page.waitForURL(/\/logg-inn\?neste=%2Fklasser$/);
    await expectHeading(page, 'Logg inn');
    await typeLogin(page, 'rektor@fjordvik.example', DEMO_PASSWORD);
    await page.waitForURL(/\/klasser$/);
    await expectHeading(page, 'Klasser og elever');
    await page.getByRole('banner').getByText('Skoleledelse', { exact: true }).waitFor();
  });

  it('logs in with one click on a demo account', async () => {
    const { page } = session.browser;
    await page.getByRole('button', { name: /laerer@nordlys\.example/ }).click();
    await expectHeading(page, 'Velkommen, Jonas');
    await page.getByRole('link', { name: 'Klasse 2STA' }).click();
    await expectHeading(page, 'Klasse 2STA');
    await page.getByText('Vg2 · Nordlys videregående skole', { exact: false }).waitFor();
    // Pupils of 18 or more get the notices themselves: marked in words, not by colour.
    const rows = page.getByRole('table', { name: 'Elever i klasse 2STA' }).locator('tbody tr');
    const count = await rows.count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i += 1) {
      const row = rows.nth(i);
      const name = (await row.locator('th').textContent()) ?? '';
      const age = Number.parseInt((await row.locator('td').nth(1).textContent()) ?? '', 10);
      expect(Number.isNaN(age), `row ${i}: age`).toBe(false);
      expect(name.includes('Myndig'), `row ${i}: ${name}, ${age} år`).toBe(age >= 18);
    }
    await screenshot(page, 'class-2sta');
    await expectNoSeriousAxeViolations(page, 'a class in upper secondary');
  });

  it('shows the analyst that the access is to aggregated figures only, and no class lists', async () => {
    const { page } = session.browser;
    await typeLogin(page, 'analytiker@fjordvik.example', DEMO_PASSWORD);
    await expectHeading(page, 'Velkommen, Sofie');
    await page.getByText('Du ser ikke enkeltelever og ingen elevnavn.', { exact: false }).waitFor();
    const menu = page.getByRole('navigation', { name: 'Hovedmeny' });
    expect(await menu.getByRole('link', { name: 'Klasser og elever' }).count()).toBe(0);
    await page.getByRole('banner').getByText('Analytiker (skoleeier)').waitFor();
    await screenshot(page, 'start-analyst');
    await expectNoSeriousAxeViolations(page, 'the analyst start page');
  });

  it('tells a teacher, translated, when a class does not exist', async () => {
    const { page } = session.browser;
    await typeLogin(page, 'laerer@fjordvik.example', DEMO_PASSWORD);
    await expectHeading(page, 'Velkommen, Kari');
    await page.goto(`${session.server.baseUrl}/klasser/00000000-0000-4000-8000-000000000000`);
    await page.getByRole('alert').getByText('Fant ikke det du ba om.').waitFor();
    await expectHeading(page, 'Klasse');
  });
});
