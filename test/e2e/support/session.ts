// One server and one browser for a test file, started together in beforeAll and
// always both stopped, also when one of them failed to start.
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, screenshotOnFailure, type TestBrowser } from './browser';
import { startServer, type ServerOptions, type TestServer } from './server';

export interface E2eSession {
  readonly server: TestServer;
  readonly browser: TestBrowser;
}

/** Call inside a describe block; the getters are valid from the first test on. */
export function useServerAndBrowser(prepare?: () => Promise<ServerOptions>): E2eSession {
  let server: TestServer | undefined;
  let browser: TestBrowser | undefined;

  beforeAll(async () => {
    const options = prepare ? await prepare() : {};
    const [started, launched] = await Promise.allSettled([startServer(options), launchBrowser()]);
    if (started.status === 'fulfilled') server = started.value;
    if (launched.status === 'fulfilled') browser = launched.value;
    if (started.status === 'rejected') throw started.reason;
    if (launched.status === 'rejected') throw launched.reason;
    console.info(`Server on ${started.value.database} ready in ${(started.value.startupMs / 1000).toFixed(1)} s`);
  });

  screenshotOnFailure(() => browser?.page);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  return {
    get server() {
      if (!server) throw new Error('The server did not start');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('The browser did not start');
      return browser;
    },
  };
}
