// The monthly review in the browser: the principal opens «Månedsgjennomgang»
// from the menu, reads the pupils over each rule by class (chart and table),
// ticks the checklist off point by point, marks the review done, and sees who
// marked it and when; then the owner's administrator opens «Statistikk» and
// sees the schools compared with no pupil named. Checked with axe and
// photographed.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe';
import { DEMO_PASSWORD, expectHeading, resetSession, typeLogin } from './support/app';
import { describeInBrowser, screenshot } from './support/browser';
import { useServerAndBrowser } from './support/session';

const PRINCIPAL = 'rektor@fjordvik.example';
const ADMIN = 'admin@fjordvik.example';

async function logInAs(page: Page, baseUrl: string, email: string) {
  await page.goto(`${baseUrl}/logg-inn`);
  await resetSession(page);
  await page.reload();
  await typeLogin(page, email, DEMO_PASSWORD);
  await expectHeading(page, /^Velkommen, /);
}

const menu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmeny' });

describeInBrowser('the monthly review and the owner’s statistics', () => {
  const session = useServerAndBrowser();

  it('lets the principal hold the monthly review from the screen and mark it done', async () => {
    const { page } = session.browser;
    await page.setViewportSize({ width: 1280, height: 900 });
    await logInAs(page, session.server.baseUrl, PRINCIPAL);
    await menu(page).getByRole('link', { name: 'Månedsgjennomgang' }).click();
    await expectHeading(page, 'Månedsgjennomgang');
    await page.getByRole('heading', { level: 2, name: 'Elever over hver regel' }).waitFor({ timeout: 60_000 });
    // Every chart has its numbers as a table under «Tabell».
    const tables = page.getByText('Tabell', { exact: true });
    const charts = await tables.count();
    if (charts > 0) {
      await tables.first().click();
      await page.locator('.table-region table').first().waitFor();
      expect(await page.locator('svg.recharts-surface').count()).toBeGreaterThan(0);
    }
    await screenshot(page, 'monthly-review-figures');
    await expectNoSeriousAxeViolations(page, '«Månedsgjennomgang»');

    const done = page.getByRole('button', { name: 'Marker gjennomgangen som gjort' });
    expect(await done.isDisabled()).toBe(true);
    for (const label of [
      'Elever over reglene er gått gjennom, klasse for klasse',
      'Åpne saker er gått gjennom trinn for trinn',
      'Frister som ikke ble holdt er fulgt opp',
      'Saker uten kontakt har fått en ansvarlig',
    ]) {
      const box = page.getByRole('checkbox', { name: label });
      // The box shows what the server recorded, so it is ticked once the answer is in.
      await box.click();
      await expect.poll(() => box.isChecked(), { timeout: 10_000 }).toBe(true);
    }
    await expect.poll(() => page.getByText(/^Krysset av av /).count()).toBe(4);
    await page.getByLabel('Merknad (valgfritt)').fill('Gått gjennom på ledermøtet.');
    await done.click();
    const status = page.getByRole('status').filter({ hasText: 'Gjennomgangen er gjort, markert av' });
    await status.waitFor();
    expect(await status.textContent()).toContain('Gått gjennom på ledermøtet.');
    expect(await page.getByRole('checkbox', { name: 'Elever over reglene er gått gjennom, klasse for klasse' }).isDisabled()).toBe(true);
    await page.getByRole('heading', { name: 'Sjekkliste for gjennomgangen' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'monthly-review-done');
    await expectNoSeriousAxeViolations(page, '«Månedsgjennomgang» marked done');

    // The PDF is there for the records.
    const href = await page.getByRole('link', { name: 'Last ned som PDF' }).getAttribute('href');
    const pdf = await page.evaluate(async (url) => {
      const r = await fetch(url!);
      return { type: r.headers.get('content-type'), head: new TextDecoder().decode((await r.arrayBuffer()).slice(0, 5)) };
    }, href);
    expect(pdf).toEqual({ type: 'application/pdf', head: '%PDF-' });
  });

  it('lets the owner compare schools without seeing a single pupil', async () => {
    const { page } = session.browser;
    await logInAs(page, session.server.baseUrl, ADMIN);
    await menu(page).getByRole('link', { name: 'Statistikk' }).click();
    await expectHeading(page, 'Statistikk');
    await page.getByRole('heading', { level: 2, name: 'Fravær per skole og måned' }).waitFor({ timeout: 60_000 });
    await page.getByText(/Tall under 5 er skjult/).waitFor();
    await screenshot(page, 'owner-statistics');
    await expectNoSeriousAxeViolations(page, '«Statistikk»');
  });
});
