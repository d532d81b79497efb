// What a person does in the app, in Norwegian or another language, shared by the browser tests.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { demoTotpEmails, demoTotpSecret } from '../../../src/server/demo/demo-second-factor';
import { TOTP_PERIOD_SECONDS, totpCodeAt, totpStepAt } from '../../../src/server/services/auth/totp-codes';

export const DEMO_PASSWORD = 'naervaer-demo';

const lastStepUsed = new Map<string, number>();

/**
 * The code a demo account's authenticator app shows, never one this test run
 * used already (the server accepts each code once): the next step's code,
 * which the server accepts too, or a short wait for it.
 */
export async function nextTotpCode(secret: string): Promise<string> {
  let step = Math.max(totpStepAt(new Date()), (lastStepUsed.get(secret) ?? -1) + 1);
  while (step > totpStepAt(new Date()) + 1) await new Promise((r) => setTimeout(r, 500));
  // A code at the very end of its step may arrive after it: take the next one then.
  if (step === totpStepAt(new Date()) && Date.now() % (TOTP_PERIOD_SECONDS * 1000) > (TOTP_PERIOD_SECONDS - 3) * 1000) step += 1;
  lastStepUsed.set(secret, step);
  return totpCodeAt(secret, new Date(step * TOTP_PERIOD_SECONDS * 1000));
}

export const hasDemoAuthenticator = (email: string) => demoTotpEmails.includes(email);

/** Types the code from the app into the second step of the login, like a person. */
export async function typeSecondFactor(page: Page, secret: string) {
  const field = page.getByRole('textbox', { name: /^(kode|code)$/i });
  await field.click();
  await field.pressSequentially(await nextTotpCode(secret), { delay: 5 });
  await page.getByRole('button', { name: /^(bekreft|stadfest|confirm)$/i }).click();
}

/**
 * Types into the login form, key by key like a person, and submits it; for
 * the demo accounts with an authenticator app, the code from it too.
 */
export async function typeLogin(page: Page, email: string, password: string, submitLabel = 'Logg inn') {
  await typePassword(page, email, password, submitLabel);
  if (hasDemoAuthenticator(email) && password === DEMO_PASSWORD) await typeSecondFactor(page, demoTotpSecret(email));
}

/** Only the first step: e-mail and password. */
export async function typePassword(page: Page, email: string, password: string, submitLabel = 'Logg inn') {
  const emailField = page.getByRole('textbox', { name: /e-post|e-mail/i });
  await emailField.click();
  await emailField.pressSequentially(email, { delay: 5 });
  const passwordField = page.getByLabel(/^(passord|password)$/i);
  await passwordField.click();
  await passwordField.pressSequentially(password, { delay: 5 });
  await page.getByRole('button', { name: submitLabel, exact: true }).click();
}

export async function headingText(page: Page): Promise<string> {
  const h1 = page.getByRole('heading', { level: 1 });
  await h1.waitFor();
  expect(await h1.count(), 'one h1 per page').toBe(1);
  return (await h1.textContent())?.trim() ?? '';
}

/** Waits until the page's only h1 reads `text`. */
export async function expectHeading(page: Page, text: string | RegExp) {
  await page.getByRole('heading', { level: 1, name: text }).waitFor();
  expect(await page.getByRole('heading', { level: 1 }).count(), 'one h1 per page').toBe(1);
}

/** From a clean slate (no cookie, nothing stored), logs in as a demo account and waits for the start page. */
export async function logInFresh(page: Page, baseUrl: string, email: string) {
  await page.goto(`${baseUrl}/logg-inn`);
  await resetSession(page);
  await page.goto(`${baseUrl}/logg-inn`);
  await typeLogin(page, email, DEMO_PASSWORD);
  await expectHeading(page, /^Velkommen, /);
}

export async function resetSession(page: Page) {
  await page.context().clearCookies();
  await page.evaluate('window.localStorage.clear()');
}
