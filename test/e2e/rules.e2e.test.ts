// The rules in the browser. The contact teacher sees in «Mine elever» who has
// met a rule and what to do by when, on a desk and on a phone, marks a concern
// followed up (and undoes it), opens a pupil from a notification, and sees no
// concerns panel on a pupil she only teaches. The administrator raises a
// threshold, is stopped by a misspelt field in the JSON, saves a new version
// and finds it in the history. The principal opens the school's worrying
// absence and the outbox. Every page is checked with axe and photographed.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe';
import { DEMO_PASSWORD, expectHeading, resetSession, typeLogin } from './support/app';
import { apiLogin } from './support/attendance-api';
import { describeInBrowser, screenshot } from './support/browser';
import { useServerAndBrowser } from './support/session';

const CONTACT_TEACHER = 'laerer@fjordvik.example';
const ADMIN = 'admin@fjordvik.example';
const PRINCIPAL = 'rektor@fjordvik.example';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

async function logInAs(page: Page, baseUrl: string, email: string) {
  await page.goto(`${baseUrl}/logg-inn`);
  await resetSession(page);
  await page.reload();
  await typeLogin(page, email, DEMO_PASSWORD);
  await expectHeading(page, /^Velkommen, /);
}

const menu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmeny' });

describeInBrowser('the rules: concerns, the owner’s rules and the outbox', () => {
  const session = useServerAndBrowser();

  it('shows the contact teacher in «Mine elever» who has met a rule, in plain words, and what to do by when', async () => {
    const { page } = session.browser;
    await logInAs(page, session.server.baseUrl, CONTACT_TEACHER);
    await menu(page).getByRole('link', { name: 'Mine elever' }).click();
    await expectHeading(page, 'Mine elever');
    await page.getByRole('heading', { level: 2, name: 'Å følge opp' }).waitFor({ timeout: 60_000 });

    const met = page.getByRole('region', { name: /^Har nådd en grense/ });
    const cards = met.locator('.concern-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThan(0);
    // Every figure with its denominator or its unit, against the threshold, with a deadline and who is told.
    for (const text of await cards.allTextContents()) {
      expect(text).toMatch(/(\d+,\d\s%\s?av \d+ holdte timer|\d+ (enkelttimer?|forsentkomminger?|fraværstimer?|hele dager borte))\./);
      expect(text).toMatch(/Grensen er (minst|mer enn) /);
      expect(text).toMatch(/Frist(I dag, |Innen |Fristen var )/);
      expect(text).toContain('Får vitekontaktlærer');
    }
    await met.getByText(/^De \d+ datoene bak tallet$/).first().click();
    await met.locator('.evidence-dates__list time').first().waitFor();

    const nearing = page.getByRole('region', { name: /^Nærmer seg en grense/ });
    await nearing.getByText(/^Krysser grensen rundt \d+\. [a-zæøå]+ med dagens tempo\.$/).first().waitFor();

    await screenshot(page, 'rules-mine-elever');
    await expectNoSeriousAxeViolations(page, '«Mine elever» with concerns');

    await page.setViewportSize(PHONE);
    await screenshot(page, 'rules-mine-elever-phone');
    await expectNoSeriousAxeViolations(page, '«Mine elever» on a phone');
    await page.setViewportSize(DESKTOP);
  });

  it('marks a concern followed up, keeps it in view with an undo, and leaves it out the next time', async () => {
    const { page } = session.browser;
    const met = page.getByRole('region', { name: /^Har nådd en grense/ });
    const mark = met.getByRole('button', { name: /^Fulgt opp: / }).first();
    const name = ((await mark.getAttribute('aria-label')) ?? '').replace(/^Fulgt opp: /, '');
    // The same rule's other periods sit folded under the card, each with its own button.
    const sameRule = met.locator(`button[aria-label="Fulgt opp: ${name}"]`);
    const before = await sameRule.count();
    await mark.click();

    const undo = met.getByRole('button', { name: `Angre «fulgt opp»: ${name}` });
    await undo.waitFor();
    await expect.poll(() => undo.evaluate((el) => el === document.activeElement)).toBe(true);
    await met.getByText(/^Fulgt opp av Kari Larsen, /).first().waitFor();
    await page.getByRole('status').filter({ hasText: `${name} er markert som fulgt opp.` }).waitFor();

    await undo.click();
    await met.getByRole('button', { name: `Fulgt opp: ${name}` }).waitFor();
    await met.getByRole('button', { name: `Fulgt opp: ${name}` }).click();
    await undo.waitFor();

    await page.reload();
    await met.locator('.concern-card').first().waitFor({ timeout: 60_000 });
    await expect.poll(() => sameRule.count()).toBe(before - 1);
  });

  it('opens a pupil from a new notification on the start page, and shows the pupil’s concerns there', async () => {
    const { page } = session.browser;
    await menu(page).getByRole('link', { name: 'Forside' }).click();
    const panel = page.getByRole('region', { name: /^Nye varsler/ });
    const first = panel.locator('.notification__subject').first();
    await first.waitFor();
    const heading = panel.getByRole('heading', { level: 2 });
    const countBefore = Number(/(\d+) (?:nye varsler|nytt varsel)/.exec((await heading.textContent()) ?? '')?.[1] ?? 0);
    expect(countBefore).toBeGreaterThan(0);
    await screenshot(page, 'rules-start-notifications');
    await expectNoSeriousAxeViolations(page, 'the start page with notifications');

    await first.click();
    await page.waitForURL(/\/elever\/[0-9a-f-]{36}\/fravaer$/);
    await expectHeading(page, /^Fravær for /);
    const concerns = page.getByRole('region', { name: 'Bekymringsfullt fravær dette skoleåret' });
    await concerns.waitFor();
    await concerns.getByRole('heading', { level: 3, name: 'Å følge opp' }).waitFor();
    await screenshot(page, 'rules-pupil-concerns');
    await expectNoSeriousAxeViolations(page, "a pupil's concerns");

    await page.goBack();
    await heading.waitFor();
    await expect.poll(async () => Number(/(\d+) (?:nye varsler|nytt varsel)/.exec((await heading.textContent()) ?? '')?.[1] ?? 0)).toBe(countBefore - 1);
  });

  it('shows a subject teacher the pupil’s figures, and no concerns', async () => {
    const { page } = session.browser;
    const base = session.server.baseUrl;
    // A pupil Kari Larsen teaches but is not the contact teacher of: figures allowed, concerns refused.
    const principal = await apiLogin(base, PRINCIPAL, DEMO_PASSWORD);
    const teacher = await apiLogin(base, CONTACT_TEACHER, DEMO_PASSWORD);
    const me = await principal.get<{ roles: { schoolId: string | null }[] }>('/api/auth/me');
    const schoolId = me.roles[0]!.schoolId!;
    const { concerns } = await principal.get<{ concerns: { pupil: { id: string; className: string | null } }[] }>(`/api/schools/${schoolId}/concerns`);
    let taught: string | null = null;
    for (const c of concerns.filter((x) => x.pupil.className !== '8A')) {
      const figures = await teacher.get(`/api/pupils/${c.pupil.id}/figures`).then(() => true, () => false);
      if (figures) {
        taught = c.pupil.id;
        break;
      }
    }
    expect(taught, 'a pupil with a concern whom Kari Larsen teaches in another class').not.toBeNull();
    await page.goto(`${base}/elever/${taught}/fravaer`);
    await expectHeading(page, /^Fravær for /);
    await page.getByRole('heading', { level: 2, name: 'Oversikt per periode' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Bekymringsfullt fravær dette skoleåret' }).count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('lets the administrator raise a threshold and save it as a new version, told what is wrong first', async () => {
    const { page } = session.browser;
    await logInAs(page, session.server.baseUrl, ADMIN);
    await menu(page).getByRole('link', { name: 'Regler for fravær' }).click();
    await expectHeading(page, 'Regler for fravær');
    const inForce = page.getByRole('table', { name: 'Reglene i versjon 1' });
    await inForce.waitFor();
    await inForce.getByRole('row', { name: /10 % fravær fra undervisningen i terminen.*minst 10\s%/ }).waitFor();
    await screenshot(page, 'rules-policy');
    await expectNoSeriousAxeViolations(page, 'the absence rules');

    const editor = page.locator('.policy-editor');
    const rule = editor.getByRole('group', { name: '10 % fravær fra undervisningen i terminen' });
    const threshold = rule.getByRole('textbox', { name: 'Grense' });
    // «Nærmer seg» is 8: a threshold below it is refused in words, before anything is sent.
    await threshold.fill('7');
    await editor.getByRole('button', { name: 'Lagre som ny versjon' }).click();
    await editor.getByText('10 % fravær fra undervisningen i terminen, nærmer seg: Må være lavere enn grensen (7).').waitFor();

    // A misspelt field in the JSON comes back from the server with its path, and nothing is saved.
    await threshold.fill('12');
    await editor.getByText('JSON (avansert)', { exact: true }).click();
    const json = editor.getByRole('textbox', { name: 'Hele regelsettet som JSON' });
    const text = await json.inputValue();
    expect(text).toContain('"threshold": 12,');
    await json.fill(text.replace('"threshold": 12,', '"threshhold": 12,'));
    await editor.getByRole('button', { name: 'Lagre som ny versjon' }).click();
    await editor.getByText(/^rules\[0\]\.threshhold: /).waitFor();
    await screenshot(page, 'rules-policy-refused');
    await expectNoSeriousAxeViolations(page, 'the rules editor with problems');

    await json.fill(text);
    await editor.getByText('Skjema', { exact: true }).click();
    await expect.poll(() => rule.getByRole('textbox', { name: 'Grense' }).inputValue()).toBe('12');
    await editor.getByRole('textbox', { name: 'Hva er endret, og hvorfor?' }).fill('Grensen i terminen hevet til 12 %.');
    await editor.getByRole('button', { name: 'Lagre som ny versjon' }).click();

    await page.getByText('Versjon 2 er lagret og gjelder fra nå.').waitFor();
    await page.getByRole('table', { name: 'Reglene i versjon 2' }).getByRole('row', { name: /10 % fravær fra undervisningen i terminen.*minst 12\s%/ }).waitFor();
    const history = page.getByRole('table', { name: 'Alle lagrede versjoner, den nyeste først' });
    await history.getByRole('row', { name: /^2\s*gjelder nå.*Per Dahl.*Grensen i terminen hevet til 12 %\./ }).waitFor();

    await history.getByRole('button', { name: 'Vis versjon 1' }).click();
    await page.getByRole('heading', { level: 3, name: 'Versjon 1' }).waitFor();
    await page.getByRole('table', { name: 'Reglene i versjon 1' }).getByRole('row', { name: /minst 10\s%/ }).first().waitFor();
    await screenshot(page, 'rules-policy-history');
    await expectNoSeriousAxeViolations(page, 'the rules with an old version open');
  });

  it('lets the administrator choose how long closed follow-up cases are kept, told the bounds when outside them', async () => {
    const { page } = session.browser;
    // Logged in as the administrator still (the test before).
    await menu(page).getByRole('link', { name: 'Lagringstid' }).click();
    await expectHeading(page, 'Lagringstid');
    const cases = page.getByRole('form', { name: 'Avsluttede oppfølgingssaker' });
    const months = cases.getByRole('spinbutton', { name: 'Lagres i antall måneder' });
    expect(await months.inputValue()).toBe('60');
    await months.fill('300');
    await cases.getByText('Velg et helt antall måneder mellom 12 og 240.').waitFor();
    expect(await cases.getByRole('button', { name: 'Lagre' }).isDisabled()).toBe(true);
    await months.fill('120');
    await cases.getByRole('button', { name: 'Lagre' }).click();
    await cases.getByText('Lagret: 120 måneder.').waitFor();
    await cases.getByText('Eget valg', { exact: true }).waitFor();
    await expectNoSeriousAxeViolations(page, 'Lagringstid');
    await screenshot(page, 'retention');
    await page.reload();
    await expect.poll(() => page.getByRole('form', { name: 'Avsluttede oppfølgingssaker' }).getByRole('spinbutton').inputValue()).toBe('120');
  });

  it("gives the principal the school's worrying absence, overdue first, to narrow by class and level", async () => {
    const { page } = session.browser;
    await logInAs(page, session.server.baseUrl, PRINCIPAL);
    await menu(page).getByRole('link', { name: 'Bekymringsfullt fravær' }).click();
    await expectHeading(page, 'Bekymringsfullt fravær');
    const table = page.getByRole('table', { name: /^Åpne saker ved / });
    await table.waitFor({ timeout: 60_000 });
    const rows = table.locator('tbody tr');
    const all = await rows.count();
    expect(all).toBeGreaterThan(3);
    await page.getByRole('combobox', { name: 'Klasse' }).selectOption('8A');
    await expect.poll(() => rows.count()).toBeLessThan(all);
    for (const text of await rows.allTextContents()) expect(text).toContain('8A');
    await page.getByText(/^Viser \d+ av \d+ saker\.$/).waitFor();
    await screenshot(page, 'rules-school-concerns');
    await expectNoSeriousAxeViolations(page, "the school's worrying absence");
  });

  it('opens the outbox for the principal: what waits, and why, in words', async () => {
    const { page } = session.browser;
    await menu(page).getByRole('link', { name: 'Utsendinger' }).click();
    await expectHeading(page, 'Utsendinger');
    // The test server has no mail server: the e-mails wait, and the page says so.
    await page.getByRole('heading', { level: 2, name: 'Ingen e-posttjener er satt opp' }).waitFor();
    const table = page.getByRole('table', { name: /^Det reglene har sendt/ });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(3);
    expect(await table.getByText('Levert i appen').count()).toBeGreaterThan(0);
    expect(await table.getByText(/^Venter: ingen e-posttjener er satt opp$|^Ikke sendt: /).count()).toBeGreaterThan(0);
    // A letter about a pupil with a protected address is marked as neutral: as many marks as the server has such letters.
    const principal = await apiLogin(session.server.baseUrl, PRINCIPAL, DEMO_PASSWORD);
    const me = await principal.get<{ roles: { schoolId: string | null }[] }>('/api/auth/me');
    const { entries } = await principal.get<{ entries: { neutral: boolean }[] }>(`/api/schools/${me.roles[0]!.schoolId}/outbox`);
    expect(await table.getByText('Nøytralt brev', { exact: true }).count()).toBe(entries.filter((e) => e.neutral).length);
    await screenshot(page, 'rules-outbox');
    await expectNoSeriousAxeViolations(page, 'the outbox');

    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Levert i appen' });
    await expect.poll(async () => (await rows.allTextContents()).every((t) => t.includes('Levert i appen'))).toBe(true);
    await page.getByRole('combobox', { name: 'Kanal' }).selectOption({ label: 'E-post' });
    await page.getByText('Ingen utsendinger passer med valgene.').waitFor();
  });
});
