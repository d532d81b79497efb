// Absence patterns in the browser, on the demo school's planted pupils: the
// contact teacher of 8A finds her class's patterns, opens the pupils and sees
// each pattern in words with its dates marked in the calendar, the charts and
// their tables; the principal filters the school's list by kind and class.
// Every page is checked with axe and photographed to test-results/screenshots/.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { schoolDayOf } from '../../src/domain/dates';
import { expectNoSeriousAxeViolations } from './support/axe';
import { DEMO_PASSWORD, expectHeading, resetSession, typeLogin } from './support/app';
import { describeInBrowser, screenshot } from './support/browser';
import { useServerAndBrowser } from './support/session';

// The demo is seeded up to today. The planted patterns need weeks to show: by November every one
// the detectors look for is there (the rise after the autumn break needs the weeks after it).
const today = schoolDayOf(new Date());
const month = Number(today.slice(5, 7));
const wellIntoTheYear = month >= 11 || month <= 6;
// In the first weeks (and the summer, when the demo starts the next year) not even late mornings are a pattern yet.
const pastTheFirstWeeks = !(month === 7 || month === 8 || (month === 9 && Number(today.slice(8, 10)) < 10));

const patternRows = (page: Page) => page.getByRole('table', { name: /^Elever med mønst/ }).locator('tbody tr');

/** Opens a pupil's page from the class's list of patterns, by the pattern shown for them. */
async function openPupilWith(page: Page, patternTitle: RegExp): Promise<string> {
  const row = patternRows(page).filter({ hasText: patternTitle }).first();
  const link = row.getByRole('link');
  const name = ((await link.textContent()) ?? '').trim();
  await link.click();
  await page.waitForURL(/\/elever\/[0-9a-f-]{36}\/fravaer$/);
  await page.getByRole('heading', { level: 2, name: 'Mønstre i fraværet' }).waitFor();
  await page.locator('.pattern-card').first().waitFor({ timeout: 30_000 });
  return name;
}

/** Marks a pattern's dates and checks the calendar marks exactly as many days as the pattern names. */
async function markAndCount(page: Page, title: RegExp): Promise<number> {
  const card = page.locator('.pattern-card').filter({ has: page.getByRole('heading', { level: 3, name: title }) });
  await card.waitFor();
  const button = card.getByRole('button', { name: /^Marker (datoen|de \d+ datoene) i kalenderen$/ });
  const label = (await button.textContent()) ?? '';
  const count = Number(/\d+/.exec(label)?.[0] ?? '1');
  await button.click();
  await card.getByRole('button', { name: 'Fjern markeringen i kalenderen' }).waitFor();
  await expect.poll(() => page.locator('td.day[data-marked]').count()).toBe(count);
  await page.getByText(new RegExp(`^Markert: .+ \\(${count} datoe?r?\\)\\.$`)).waitFor();
  // Every date is listed too, each a link to its day in the calendar.
  await card.getByText(/^Datoene? \(\d+\)$/).click();
  expect(await card.locator('.date-links a').count()).toBe(count);
  const first = card.locator('.date-links a').first();
  const anchor = (await first.getAttribute('href')) ?? '';
  expect(anchor).toMatch(/^#dag-\d{4}-\d{2}-\d{2}$/);
  expect(await page.locator(`td${anchor}[data-marked]`).count()).toBe(1);
  return count;
}

/** Takes the mouse off the charts, so no tooltip covers the picture. */
async function calmPicture(page: Page, name: string) {
  await page.mouse.move(1, 1);
  await page.locator('.recharts-surface').nth(1).waitFor({ timeout: 30_000 });
  await screenshot(page, name);
}

describeInBrowser('absence patterns', () => {
  const session = useServerAndBrowser();

  it("shows the contact teacher which pupils in 8A show which pattern", async () => {
    const { page } = session.browser;
    await page.goto(`${session.server.baseUrl}/logg-inn`);
    await typeLogin(page, 'laerer@fjordvik.example', DEMO_PASSWORD);
    await expectHeading(page, 'Velkommen, Kari');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Klasser og elever' }).click();
    await page.getByRole('link', { name: '8A', exact: true }).click();
    await page.getByRole('link', { name: /Se fraværet i klassen/ }).click();
    await page.getByRole('link', { name: /Se mønstre i fraværet i klassen/ }).click();
    await page.waitForURL(/\/klasser\/[0-9a-f-]{36}\/monstre$/);
    await expectHeading(page, 'Mønstre i fraværet i 8A');

    const rows = patternRows(page);
    if (!pastTheFirstWeeks) return;
    await rows.first().waitFor({ timeout: 60_000 });
    const text = (await rows.allTextContents()).join('\n');
    expect(text).toMatch(/Mange forsentkomminger/);
    expect(text).toMatch(/Fravær i Matematikk/);
    if (wellIntoTheYear) {
      expect(text).toMatch(/Ofte borte på mandager/);
      expect(text).toMatch(/Langt sammenhengende fravær/);
      expect(text).toMatch(/Økende fravær|Mer fravær etter høstferien/);
    }
    // Filtered by kind, in the address too.
    await page.getByRole('combobox', { name: 'Mønster' }).selectOption('late-arrivals');
    await page.waitForURL(/\?type=late-arrivals$/);
    await page.getByText(/^\d+ av \d+ elever viser mønsteret «Forsentkomminger»\.$/).waitFor();
    await expect.poll(async () => (await rows.allTextContents()).every((row) => row.includes('Mange forsentkomminger'))).toBe(true);
    await page.getByRole('combobox', { name: 'Mønster' }).selectOption('');
    await page.getByText(/^\d+ av \d+ elever viser minst ett mønster\.$/).waitFor();
    await expect.poll(() => rows.filter({ hasText: 'Fravær i Matematikk' }).count()).toBe(1);

    await screenshot(page, 'class-patterns');
    await expectNoSeriousAxeViolations(page, "the class's patterns");
  });

  it('shows a pupil away on Mondays with the Mondays marked in the calendar', async () => {
    const { page } = session.browser;
    if (!wellIntoTheYear) return;
    await openPupilWith(page, /Ofte borte på mandager/);
    const card = page.locator('.pattern-card').filter({ hasText: 'Ofte borte på mandager' });
    await card.getByText(/^Borte \d+ av \d+ mandager, mot \d+,\d\s% av de andre dagene\.$/).waitFor();
    const count = await markAndCount(page, /^Ofte borte på mandager$/);
    expect(count).toBeGreaterThanOrEqual(4);
    // Every marked day is a Monday: the first column of its week.
    const marked = page.locator('td.day[data-marked]');
    for (let i = 0; i < count; i++) {
      const id = (await marked.nth(i).getAttribute('id')) ?? '';
      expect(new Date(`${id.slice(4)}T12:00:00Z`).getUTCDay(), id).toBe(1);
    }
    // The weekday × lesson grid carries the same in numbers.
    const grid = page.getByRole('table', { name: 'Fravær etter ukedag og time hittil i skoleåret' });
    const monday = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'mandag' }) });
    expect((await monday.textContent()) ?? '').toMatch(/\d+ av \d+/);
    await calmPicture(page, 'pupil-patterns-mondays');
    await expectNoSeriousAxeViolations(page, "a pupil's patterns");
    await page.goBack();
  });

  it('shows a three-week absence, and the subject skipped, each with its dates', async () => {
    const { page } = session.browser;
    if (!pastTheFirstWeeks) return;
    await page.waitForURL(/\/monstre/);
    await patternRows(page).first().waitFor();
    if (wellIntoTheYear) {
      await openPupilWith(page, /Langt sammenhengende fravær/);
      await page.getByText(/^1[5-7] skoledager på rad, fra .+ til .+\.$/).waitFor();
      expect(await markAndCount(page, /^Langt sammenhengende fravær$/)).toBeGreaterThanOrEqual(15);
      await calmPicture(page, 'pupil-patterns-long-absence');
      await page.goBack();
      await patternRows(page).first().waitFor();
    }
    await openPupilWith(page, /Fravær i Matematikk/);
    await page.getByText(/^Borte fra \d+ av \d+ timer i faget, mot \d+,\d\s% av timene i de andre fagene/).waitFor();
    await markAndCount(page, /^Fravær i Matematikk$/);
    // The subject chart and its table: maths first, the owner's threshold named.
    const frame = page.locator('section.pattern-block').filter({ has: page.getByRole('heading', { name: 'Fravær i hvert fag' }) });
    await frame.locator('.recharts-surface').waitFor({ timeout: 30_000 });
    await frame.getByText(/Grense for alle timer/).waitFor();
    await frame.getByText('Vis som tabell').click();
    const subjects = frame.getByRole('table', { name: 'Fravær i hvert fag hittil i skoleåret' });
    await subjects.locator('tbody tr').first().waitFor();
    expect((await subjects.locator('tbody tr').first().textContent()) ?? '').toContain('Matematikk');
    await calmPicture(page, 'pupil-patterns-subject');
    await page.goBack();
  });

  it('shows the rise after the autumn break, week by week with the holidays marked', async () => {
    const { page } = session.browser;
    if (!wellIntoTheYear) return;
    await patternRows(page).first().waitFor();
    await openPupilWith(page, /Økende fravær|Mer fravær etter høstferien/);
    const title = (await page.locator('.pattern-card h3').filter({ hasText: /Økende fravær|Mer fravær etter høstferien/ }).first().textContent()) ?? '';
    await markAndCount(page, new RegExp(`^${title}$`));
    const weeks = page.locator('section.pattern-block').filter({ has: page.getByRole('heading', { name: 'Uke for uke' }) });
    await weeks.locator('.recharts-surface').waitFor({ timeout: 30_000 });
    await weeks.locator('.holiday-band').first().waitFor();
    await weeks.getByText('Vis som tabell').click();
    const table = weeks.getByRole('table', { name: 'Fravær uke for uke hittil i skoleåret' });
    await table.getByRole('cell', { name: 'Høstferie' }).waitFor();
    expect(await table.getByRole('cell', { name: 'Høstferie' }).count()).toBe(1);
    await calmPicture(page, 'pupil-patterns-rising');
  });

  it('reads in English too', async () => {
    const { page } = session.browser;
    if (!wellIntoTheYear) return;
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Patterns in the absence' }).waitFor();
    await page.getByRole('heading', { level: 3, name: /^(Rising absence|More absence after the autumn break)$/ }).first().waitFor();
    await page.getByRole('button', { name: 'Bokmål' }).click();
    await page.getByRole('heading', { level: 2, name: 'Mønstre i fraværet' }).waitFor();
  });

  it("gives the principal the school's pupils with patterns, by kind and class", async () => {
    const { page } = session.browser;
    await page.goto(`${session.server.baseUrl}/logg-inn`);
    await resetSession(page);
    await page.reload();
    await typeLogin(page, 'rektor@fjordvik.example', DEMO_PASSWORD);
    await expectHeading(page, /^Velkommen, /);
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Fraværsoversikt' }).click();
    await expectHeading(page, 'Fraværsoversikt');
    await page.getByRole('link', { name: /Se hvilke elever som viser mønstre i fraværet/ }).click();
    await page.waitForURL(/\/skole\/[0-9a-f-]{36}\/monstre$/);
    await expectHeading(page, 'Mønstre i fraværet');
    const rows = patternRows(page);
    if (!pastTheFirstWeeks) return;
    await rows.first().waitFor({ timeout: 120_000 });
    const all = await rows.count();
    expect(all).toBeGreaterThanOrEqual(4);
    await page.getByRole('combobox', { name: 'Klasse' }).selectOption('8A');
    await page.waitForURL(/klasse=8A/);
    await expect.poll(async () => (await rows.allTextContents()).every((r) => r.includes('8A')), { timeout: 60_000 }).toBe(true);
    await page.getByRole('combobox', { name: 'Mønster' }).selectOption('subject');
    await page.getByText(/^\d+ av \d+ elever viser mønsteret «Fag»\.$/).waitFor({ timeout: 60_000 });
    expect((await rows.allTextContents()).join('\n')).toContain('Fravær i Matematikk');
    await screenshot(page, 'school-patterns');
    await expectNoSeriousAxeViolations(page, "the school's patterns");
  });
});
