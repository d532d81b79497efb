// What a person does in the app, in Norwegian or another language, shared by the browser tests.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const DEMO_PASSWORD = 'naervaer-demo';

/** Types into the login form, key by key like a person, and submits it. */
export async function typeLogin(page: Page, email: string, password: string, submitLabel = 'Logg inn') {
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

export async function resetSession(page: Page) {
  await page.context().clearCookies();
  await page.evaluate('window.localStorage.clear()');
}
