// The audit log in the browser (issue 7, points 5 and 6): the principal opens a
// pupil's absence, downloads everything about the pupil for an access request
// («Innsyn»), then finds that read in «Tilgangslogg»; the pupil sees on
// «Mitt fravær», under «Hvem har sett mappen», that the principal opened it,
// in which role and why. Every page is checked with axe.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe';
import { expectHeading, logInFresh } from './support/app';
import { describeInBrowser, launchBrowser, screenshot, screenshotOnFailure, type TestBrowser } from './support/browser';
import { startServer, type TestServer } from './support/server';

const PUPIL = 'elev@nordlys.example';
const PRINCIPAL = 'rektor@nordlys.example';

describeInBrowser('the audit log: the principal reviews it, the pupil sees who has opened the file', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let pupilId = '';
  screenshotOnFailure(() => browser?.page);

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    await browser.page.setViewportSize({ width: 1280, height: 900 });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the principal, in «Tilgangslogg», that she opened the pupil’s absence', async () => {
    const { page } = browser;
    await logInFresh(page, server.baseUrl, PUPIL);
    pupilId = await page.evaluate(async () => {
      const response = await fetch('/api/my/limit-pupils');
      const body = (await response.json()) as { pupils: { id: string }[] };
      return body.pupils[0]!.id;
    });
    await logInFresh(page, server.baseUrl, PRINCIPAL);
    await page.goto(`${server.baseUrl}/elever/${pupilId}/fravaer`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // «Innsyn»: the leadership downloads everything about the pupil as one file.
    const accessRequest = page.getByRole('region', { name: 'Innsyn' });
    const [download] = await Promise.all([page.waitForEvent('download'), accessRequest.getByRole('link', { name: 'Last ned alt om eleven (JSON)' }).click()]);
    expect(download.suggestedFilename()).toBe(`innsyn-${pupilId}.json`);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { sections: Record<string, unknown[]> };
    expect(Object.keys(exported.sections)).toEqual(expect.arrayContaining(['pupil', 'attendanceMarks', 'followupCases', 'caseConsents', 'whoHasOpened']));
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Tilgangslogg' }).click();
    await expectHeading(page, 'Tilgangslogg');
    await page.getByRole('table').waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Fraværstall' }).filter({ hasText: 'Hanne Strand' }).first();
    await row.waitFor();
    expect(await row.textContent()).toContain('Skoleledelsen ved skolen');
    await expectNoSeriousAxeViolations(page, 'Tilgangslogg');
    await screenshot(page, 'audit-1-access-log');
  });

  it('shows the pupil who has opened the file: who, role, when, what and why', async () => {
    const { page } = browser;
    await logInFresh(page, server.baseUrl, PUPIL);
    await page.goto(`${server.baseUrl}/mitt-fravaer`);
    await expectHeading(page, 'Mitt fravær');
    const panel = page.getByRole('region', { name: 'Hvem har sett mappen', exact: true });
    await panel.getByRole('table').waitFor();
    const row = panel.getByRole('row').filter({ hasText: 'Fraværstall' }).filter({ hasText: 'Hanne Strand' }).first();
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Skoleledelse.*Så: Fraværstall.*Skoleledelsen ved skolen/);
    await expectNoSeriousAxeViolations(page, 'Hvem har sett mappen');
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'audit-2-who-has-seen');
  });
});
