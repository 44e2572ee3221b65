/** Runs one set of tests in each browser, one browser at a time, against a fresh fixture server. */
import { afterAll, afterEach, beforeAll, beforeEach, describe } from 'vitest';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { startFixtureServer, type FixtureServer } from './server';
import type { BrowserName, BrowserSession, Launcher } from './session';

export const LAUNCHERS: Record<BrowserName, Launcher> = { chromium: launchChromium, firefox: launchFirefox };

export interface SuiteContext {
  readonly browser: BrowserName;
  readonly launch: Launcher;
  readonly session: BrowserSession;
  readonly server: FixtureServer;
  /** Replaces the session (after a test restarted the browser). */
  setSession(session: BrowserSession): void;
}

export function describeInBrowsers(title: string, body: (context: SuiteContext) => void): void {
  for (const [browser, launch] of Object.entries(LAUNCHERS) as Array<[BrowserName, Launcher]>) {
    describe(`${title} [${browser}]`, () => {
      let session: BrowserSession | undefined;
      let server: FixtureServer | undefined;
      const context: SuiteContext = {
        browser,
        launch,
        get session() {
          if (!session) throw new Error(`${browser} did not start (see the error of beforeAll)`);
          return session;
        },
        get server() {
          if (!server) throw new Error('the fixture server did not start');
          return server;
        },
        setSession(next) {
          session = next;
        },
      };
      beforeAll(async () => {
        server = await startFixtureServer();
        session = await launch();
      });
      afterAll(async () => {
        await session?.close();
        await server?.close();
      });
      beforeEach(async () => {
        await context.session.clearStorage();
      });
      afterEach(async () => {
        await session?.closeTabs();
      });
      body(context);
    });
  }
}
