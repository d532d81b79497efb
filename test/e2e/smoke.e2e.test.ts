// The smoke test: a contact teacher logs in by typing, finds her class and its
// pupils, and reads the app in nynorsk and English. Every page is checked with
// axe and photographed to test-results/screenshots/.
import { expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe';
import { DEMO_PASSWORD, expectHeading, typeLogin } from './support/app';
import { describeInBrowser, screenshot } from './support/browser';
import { useServerAndBrowser } from './support/session';

describeInBrowser('smoke: a contact teacher finds her class', () => {
  const session = useServerAndBrowser();

  it('opens on the login page, in bokmål, with the demo accounts', async () => {
    const { page } = session.browser;
    await page.goto(session.server.baseUrl);
    await page.waitForURL(/\/logg-inn$/);
    await expectHeading(page, 'Logg inn');
    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
    await page.getByRole('heading', { name: 'Prøv med en demokonto' }).waitFor();
    expect(await page.getByRole('button', { name: /laerer@fjordvik\.example/ }).count()).toBe(1);
    await screenshot(page, 'login');
    await expectNoSeriousAxeViolations(page, 'the login page');
  });

  it('logs the teacher in by typing and greets her', async () => {
    const { page } = session.browser;
    await typeLogin(page, 'laerer@fjordvik.example', DEMO_PASSWORD);
    await expectHeading(page, 'Velkommen, Kari');
    const banner = page.getByRole('banner');
    await banner.getByText('Kari Larsen').waitFor();
    await banner.getByText('Lærer', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Klasse 8A' }).waitFor();
    // The first Tab reaches the skip link, which takes the keyboard past the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Hopp til hovedinnholdet');
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement?.id')).toBe('main-content');
    await screenshot(page, 'start');
    await expectNoSeriousAxeViolations(page, 'the start page');
  });

  it('lists the classes of Fjordvik skole, 8A among them', async () => {
    const { page } = session.browser;
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Klasser og elever' }).click();
    await page.waitForURL(/\/klasser$/);
    await expectHeading(page, 'Klasser og elever');
    await page.getByRole('heading', { level: 2, name: 'Fjordvik skole' }).waitFor();
    await page.getByText(/^Skoleåret \d{4}/).waitFor();
    const row = page.getByRole('row', { name: /8A/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('8. trinn');
    expect(await row.textContent()).toContain('Kari Larsen');
    await screenshot(page, 'classes');
    await expectNoSeriousAxeViolations(page, 'the classes page');
  });

  it('opens 8A and shows its pupils with Norwegian birth dates', async () => {
    const { page } = session.browser;
    await page.getByRole('link', { name: '8A', exact: true }).click();
    await page.waitForURL(/\/klasser\/[0-9a-f-]{36}$/);
    await expectHeading(page, 'Klasse 8A');
    const table = page.getByRole('table', { name: 'Elever i klasse 8A' });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(5);
    const birthDate = (await rows.first().locator('td').first().textContent())?.trim() ?? '';
    expect(birthDate).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    await screenshot(page, 'class-8a');
    await expectNoSeriousAxeViolations(page, 'the class page');
  });

  it('switches to nynorsk and English, and the page follows', async () => {
    const { page } = session.browser;
    await page.getByRole('button', { name: 'Nynorsk' }).click();
    await page.getByRole('columnheader', { name: 'Namn' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nn');
    await page.getByRole('link', { name: 'Klassar og elevar' }).waitFor();
    await page.getByRole('table', { name: 'Elevar i klasse 8A' }).waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('columnheader', { name: 'Name' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expectHeading(page, 'Class 8A');
    await page.getByRole('link', { name: 'Classes and pupils' }).waitFor();
    await page.getByRole('banner').getByText('Teacher', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, 'english');
    await expectNoSeriousAxeViolations(page, 'the class page in English');
  });

  it('keeps the language on reload and fits a phone', async () => {
    const { page } = session.browser;
    await page.reload();
    await expectHeading(page, 'Class 8A');
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'no sideways scrolling of the whole page on a phone').toBeLessThanOrEqual(0);
    await screenshot(page, 'class-8a-phone');
    await expectNoSeriousAxeViolations(page, 'the class page on a phone');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('logs out, and at the next login the saved language wins', async () => {
    const { page } = session.browser;
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(/\/logg-inn$/);
    await expectHeading(page, 'Log in');
    // Someone picks bokmål on the login page; the teacher saved English, so English it is after login.
    await page.getByRole('button', { name: 'Bokmål' }).click();
    await expectHeading(page, 'Logg inn');
    await typeLogin(page, 'laerer@fjordvik.example', DEMO_PASSWORD);
    await expectHeading(page, 'Welcome, Kari');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });
});
