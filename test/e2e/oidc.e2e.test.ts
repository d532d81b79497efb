// «Logg inn med Feide» in Chromium, against a real OpenID provider started by
// the test on another site (127.0.0.2, so the way back is a cross-site
// navigation as from Feide): log in at the provider, land logged in, and give
// the session its second factor through the provider's multi-factor login.
import { afterAll, beforeEach, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe';
import { expectHeading, resetSession } from './support/app';
import { describeInBrowser, screenshot } from './support/browser';
import { freePort } from './support/server';
import { useServerAndBrowser } from './support/session';
import { oidcEnv, startTestProvider, type TestProvider } from '../support/oidc-provider';

let provider: TestProvider | undefined;

describeInBrowser('login through an OpenID provider', () => {
  const session = useServerAndBrowser(async () => {
    const port = await freePort();
    const redirectUri = `http://127.0.0.1:${port}/api/auth/oidc/callback`;
    provider = await startTestProvider({ redirectUri, host: '127.0.0.2' });
    // The principal of the demo school, found by the e-mail address the provider gives.
    provider.accounts.set('ola.berg', { sub: 'feide-ola-berg', email: 'rektor@fjordvik.example', emailVerified: false });
    return { port, env: oidcEnv(provider, redirectUri, { OIDC_LINK_BY_EMAIL: 'any' }) };
  });

  beforeEach(async () => {
    await session.browser.page.goto(`${session.server.baseUrl}/logg-inn`);
    await resetSession(session.browser.page);
  });

  it('«Logg inn med Feide»: log in at the provider and land logged in where the user was going', async () => {
    const { page } = session.browser;
    await page.goto(`${session.server.baseUrl}/klasser`);
    await page.waitForURL(/\/logg-inn\?neste=%2Fklasser$/);
    const feide = page.getByRole('link', { name: 'Logg inn med Feide' });
    await feide.waitFor();
    await screenshot(page, 'login-with-feide');
    await expectNoSeriousAxeViolations(page, 'the login page with Feide');
    await feide.click();

    await page.waitForURL((url) => url.host.startsWith('127.0.0.2'));
    await page.getByRole('heading', { name: 'Test provider' }).waitFor();
    await page.getByLabel('User name').selectOption('ola.berg');
    await page.getByRole('button', { name: 'Log in at the test provider' }).click();

    await page.waitForURL(`${session.server.baseUrl}/klasser`);
    await expectHeading(page, 'Klasser og elever');
    await page.getByRole('banner').getByText('Ola Berg').waitFor();

    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Sikkerhet' }).click();
    await expectHeading(page, 'Innlogging og sikkerhet');
    // oidc-provider, unlike Feide, names the acr only when the login asked for one; the step-up below does.
    await page.getByText(/^Logget inn med Feide .*\. Denne økten har ikke andre faktor\.$/).waitFor();
    const sessions = page.getByRole('table', { name: 'Aktive økter' });
    await sessions.getByRole('cell', { name: 'Feide', exact: true }).waitFor();
    await screenshot(page, 'security-after-feide');
    await expectNoSeriousAxeViolations(page, 'the security page');
  });

  it('a login without two factors gets them afterwards through the provider (step-up)', async () => {
    const { page } = session.browser;
    await page.goto(`${session.server.baseUrl}/logg-inn`);
    await page.getByRole('link', { name: 'Logg inn med Feide' }).click();
    await page.getByLabel('User name').selectOption('ola.berg');
    await page.getByRole('button', { name: 'Log in at the test provider' }).click();
    await expectHeading(page, 'Velkommen, Ola');

    await page.goto(`${session.server.baseUrl}/sikkerhet`);
    await page.getByText('Denne økten har ikke andre faktor.', { exact: false }).waitFor();
    await page.getByText('Rollen din gir tilgang til oppfølgingsdata om elever.', { exact: false }).waitFor();
    await screenshot(page, 'security-feide-without-mfa');
    await page.getByRole('link', { name: 'Bekreft med Feide' }).click();

    // A step-up logs in again at the provider, this time with two factors.
    await page.getByRole('heading', { name: 'Test provider' }).waitFor();
    await page.getByLabel('User name').selectOption('ola.berg');
    await page.getByLabel('With two factors').check();
    await page.getByRole('button', { name: 'Log in at the test provider' }).click();

    await page.waitForURL(`${session.server.baseUrl}/sikkerhet`);
    await page.getByText(/Andre faktor gitt .*tofaktorinnlogging hos innloggingstjenesten\./).waitFor();
    const asked = provider!.authorizationRequests.at(-1);
    expect(asked?.get('acr_values')).toBe('urn:mace:feide.no:auth:level:fad08:3');
  });

  it('says so, translated, when the provider refuses the login', async () => {
    const { page } = session.browser;
    await page.goto(`${session.server.baseUrl}/logg-inn`);
    await page.getByRole('link', { name: 'Logg inn med Feide' }).click();
    await page.getByRole('heading', { name: 'Test provider' }).waitFor();
    // Nobody by that name: the provider answers access_denied.
    await page.evaluate(() => {
      const select = document.querySelector('select');
      if (select) select.innerHTML = '<option value="nobody">nobody</option>';
    });
    await page.getByRole('button', { name: 'Log in at the test provider' }).click();
    await page.waitForURL(/\/logg-inn\?feil=cancelled$/);
    await page.getByRole('alert').getByText('Innloggingen ble avbrutt.').waitFor();
  });
});

// The provider lives as long as this file's server.
afterAll(async () => {
  await provider?.close();
});
