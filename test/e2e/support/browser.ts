// Headless Debian Chromium through playwright-core; never a browser downloaded by a tool.
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe } from 'vitest';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);
export const skipMessage = `Browser tests skipped: ${chromiumPath} not found (apt-get install chromium)`;

/** `describe`, or a skipped block that says why when there is no Chromium on this machine. */
export function describeInBrowser(name: string, body: () => void) {
  if (hasChromium) {
    describe(name, body);
    return;
  }
  console.warn(skipMessage);
  describe.skip(`${name}: ${skipMessage}`, body);
}

export interface TestBrowser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'naervaer-chrome-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 800 },
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const screenshotDir = join(process.cwd(), 'test-results', 'screenshots');

/** A full-page PNG in test-results/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  // Web fonts loaded, so the picture shows the page as a user sees it.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** After a failed test: a picture of the page as it was, test-results/screenshots/failed-<test>.png. */
export function screenshotOnFailure(getPage: () => Page | undefined) {
  afterEach(async (context) => {
    const page = getPage();
    if (!page || context.task.result?.state !== 'fail') return;
    const name = `failed-${context.task.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
    await screenshot(page, name).catch(() => undefined);
  });
}
