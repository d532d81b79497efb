// Absence figures in the browser: a contact teacher at an upper secondary
// school sees her pupils with every figure's denominator and the vgs levels,
// sorts, opens a pupil, downloads the CSV; the principal opens the school's
// overview and narrows it down. Every page is checked with axe and
// photographed to test-results/screenshots/.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe';
import { DEMO_PASSWORD, expectHeading, resetSession, typeLogin } from './support/app';
import { describeInBrowser, screenshot } from './support/browser';
import { useServerAndBrowser } from './support/session';

/** «12,2 %» → 12.2 */
function percentOf(text: string | null): number {
  const match = /(\d+(?:,\d+)?)\s*%/.exec(text ?? '');
  if (!match?.[1]) throw new Error(`No percentage in «${text}»`);
  return Number(match[1].replace(',', '.'));
}

/** The cells of one column, found by its header's name. */
async function columnTexts(table: Locator, header: string, rows = 8): Promise<string[]> {
  const headers = await table.locator('thead th').allTextContents();
  const index = headers.findIndex((h) => h.replaceAll('\u00ad', '').trim() === header);
  expect(index, `column «${header}» in ${headers.join(' | ')}`).toBeGreaterThanOrEqual(0);
  const texts: string[] = [];
  const body = table.locator('tbody tr');
  const count = Math.min(rows, await body.count());
  for (let i = 0; i < count; i += 1) {
    texts.push((await body.nth(i).locator('th, td').nth(index).textContent()) ?? '');
  }
  return texts;
}

async function sortBy(table: Locator, header: string): Promise<string | null> {
  const cell = table.getByRole('columnheader', { name: header, exact: true });
  await cell.getByRole('button').click();
  return cell.getAttribute('aria-sort');
}

const figuresTable = (page: Page) => page.getByRole('table', { name: /^Fravær (høsthalvåret|vårhalvåret|hele skoleåret)/ });

describeInBrowser('absence figures', () => {
  const session = useServerAndBrowser();

  it('shows the contact teacher her pupils with denominators and the upper-secondary levels', async () => {
    const { page } = session.browser;
    await page.goto(`${session.server.baseUrl}/logg-inn`);
    await typeLogin(page, 'laerer@nordlys.example', DEMO_PASSWORD);
    await expectHeading(page, 'Velkommen, Jonas');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Mine elever' }).click();
    await page.waitForURL(/\/mine-elever$/);
    await expectHeading(page, 'Mine elever');

    const table = figuresTable(page);
    await table.waitFor({ timeout: 60_000 });
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(10);
    // Every percentage with what it is a share of: «4,9 %» over «19 av 387 timer».
    const absence = await columnTexts(table, 'Fravær');
    for (const text of absence) expect(text).toMatch(/^\d+,\d\s%\s*\d+ av \d+ timer$/);
    const wholeDays = await columnTexts(table, 'Hele dager');
    for (const text of wholeDays) expect(text).toMatch(/^\d+\s*av \d+ dager$/);

    // The vgs levels, in words: the planted pupils over 10 % and around 5 % in a subject come first.
    await page.getByRole('note', { name: 'Fraværsgrensene i videregående skole' }).waitFor();
    expect(await table.getByText('Over grensen').count()).toBeGreaterThan(0);
    expect(await table.getByText('Varsel').count()).toBeGreaterThan(0);
    expect(await rows.first().textContent()).toContain('Over grensen');
    const worst = table.getByRole('columnheader', { name: 'Fag med mest udokumentert fravær' });
    expect(await worst.getAttribute('aria-sort')).toBe('descending');
    const levels = await columnTexts(table, 'Fag med mest udokumentert fravær', 40);
    const firstPlain = levels.findIndex((t) => !/Over grensen|Varsel/.test(t));
    expect(firstPlain).toBeGreaterThan(0);
    expect(levels.slice(firstPlain).some((t) => /Over grensen|Varsel/.test(t)), 'levels sorted first').toBe(false);

    await screenshot(page, 'mine-elever');
    await expectNoSeriousAxeViolations(page, 'Mine elever');
  });

  it('sorts by a column on a click, and the other way on the next', async () => {
    const { page } = session.browser;
    const table = figuresTable(page);
    expect(await sortBy(table, 'Fravær')).toBe('descending');
    const down = (await columnTexts(table, 'Fravær', 12)).map(percentOf);
    expect(down).toEqual([...down].sort((a, b) => b - a));
    expect(await table.getByRole('columnheader', { name: 'Fag med mest udokumentert fravær' }).getAttribute('aria-sort')).toBe('none');

    expect(await sortBy(table, 'Fravær')).toBe('ascending');
    const up = (await columnTexts(table, 'Fravær', 12)).map(percentOf);
    expect(up).toEqual([...up].sort((a, b) => a - b));

    expect(await sortBy(table, 'Navn')).toBe('ascending');
  });

  it('downloads the table as CSV with the headers in bokmål', async () => {
    const { page } = session.browser;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Last ned CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^fravaer-2STA-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile(await download.path(), 'utf8');
    const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/)[0];
    expect(firstLine).toMatch(/^Elev;Klasse;Timer holdt;Fraværstimer;Fravær %;Udokumentert;Meldt;Dokumentert/);
    expect(text.split(/\r?\n/).filter((line) => line.includes(';2STA;')).length).toBeGreaterThan(10);
  });

  it("opens a pupil's page with cards, subjects, late arrivals and the dates behind them", async () => {
    const { page } = session.browser;
    const table = figuresTable(page);
    // The pupil with the most undocumented absence in a subject.
    expect(await sortBy(table, 'Fag med mest udokumentert fravær')).toBe('descending');
    const first = table.locator('tbody tr').first().getByRole('link');
    const name = ((await first.textContent()) ?? '').trim();
    const [family, given] = name.split(', ');
    await first.click();
    await page.waitForURL(/\/elever\/[0-9a-f-]{36}\/fravaer\?periode=[a-z]+$/);
    await expectHeading(page, `Fravær for ${given} ${family}`);

    await page.getByRole('heading', { level: 2, name: 'Oversikt per periode' }).waitFor();
    await page.getByText(/^fravær: \d+ av \d+ holdte timer$/).first().waitFor();
    await page.getByText(/^Som på vitnemålet: \d+ dag(er)? og [\d,]+ timer?$/).first().waitFor();
    const subjects = page.getByRole('table', { name: /^Fravær per fag, / });
    await subjects.waitFor();
    expect(await subjects.locator('tbody tr').count()).toBeGreaterThan(3);
    expect(await subjects.getByText(/Over grensen|Varsel/).count()).toBeGreaterThan(0);
    // Norwegian dates: «man. 9. nov.»
    const day = (await page.locator('.date-list time').first().textContent()) ?? '';
    expect(day).toMatch(/^(man|tir|ons|tor|fre|lør|søn)\. \d{1,2}\. [a-zæøå]+\.?$/);
    await page.getByRole('heading', { name: 'Hele dager borte' }).waitFor();
    await page.getByRole('heading', { name: 'Lengste sammenhengende fravær' }).waitFor();
    await page.getByRole('link', { name: 'Tilbake til Mine elever' }).waitFor();

    await screenshot(page, 'pupil-figures');
    await expectNoSeriousAxeViolations(page, "a pupil's figures");
  });

  it("gives the principal the school's overview, to filter by class and name", async () => {
    const { page } = session.browser;
    await page.goto(`${session.server.baseUrl}/logg-inn`);
    await resetSession(page);
    await page.reload();
    await typeLogin(page, 'rektor@nordlys.example', DEMO_PASSWORD);
    await expectHeading(page, /^Velkommen, /);
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Fraværsoversikt' }).click();
    await page.waitForURL(/\/skole\/[0-9a-f-]{36}\/fravaer$/);
    await expectHeading(page, 'Fraværsoversikt');

    const table = figuresTable(page);
    await table.waitFor({ timeout: 90_000 });
    const rows = table.locator('tbody tr');
    const all = await rows.count();
    expect(all).toBeGreaterThan(30);
    expect(await table.getByText('Over grensen').count()).toBeGreaterThan(0);

    await page.getByRole('combobox', { name: 'Klasse' }).selectOption('2STA');
    await page.getByText(/^Viser \d+ av \d+ elever\.$/).waitFor();
    await expect.poll(() => rows.count()).toBeLessThan(all);
    const inClass = await rows.count();
    const firstName = ((await rows.first().getByRole('link').textContent()) ?? '').split(',')[0] ?? '';
    await page.getByRole('searchbox', { name: 'Søk etter navn' }).fill(firstName);
    await expect.poll(() => rows.count()).toBeLessThanOrEqual(inClass);
    for (const text of await rows.allTextContents()) expect(text).toContain(firstName);
    await page.getByRole('searchbox', { name: 'Søk etter navn' }).fill('');
    await page.getByRole('combobox', { name: 'Klasse' }).selectOption('');
    await expect.poll(() => rows.count()).toBe(all);

    // Every row is built the same way: one class is enough for the picture and for axe,
    // which takes half a minute over all ~400 pupils on this machine.
    await page.getByRole('combobox', { name: 'Klasse' }).selectOption('2STA');
    await expect.poll(() => rows.count()).toBe(inClass);
    await screenshot(page, 'school-figures');
    await expectNoSeriousAxeViolations(page, "the school's absence overview");
  });
});
