/** Chromium with the unpacked extension, through playwright-core (only a persistent context loads extensions). */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { browserEnv, extensionDir, removeDir, requireExecutable, temporaryDir } from './extension';
import type { BrowserSession, Launcher, TestPage } from './session';
import { TabSession } from './tabs';
import { CALL_TIMEOUT_MS, waitUntil, withTimeout } from './wait';

/** The extension APIs as Chromium exposes them to the service worker (promise-returning in MV3). */
interface ChromeApi {
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  tabs: {
    query(info: object): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, message: object): Promise<unknown>;
    get(tabId: number): Promise<{ status?: string }>;
  };
  storage: { local: { get(): Promise<Record<string, unknown>>; clear(): Promise<void> } };
  commands: { onCommand: { dispatch(command: string): void } };
}

class ChromiumPage implements TestPage {
  readonly errors: string[] = [];
  readonly dialogs: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.errors.push(`pageerror: ${error.message}`));
    page.on('dialog', (dialog) => {
      this.dialogs.push(dialog.message());
      void dialog.dismiss().catch(() => undefined);
    });
  }

  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    // Arguments and results cross as JSON-like values; the casts only drop Playwright's handle typing.
    const run = this.page.evaluate(fn as (arg: unknown) => Promise<R>, arg as unknown);
    return withTimeout(run, `evaluate in ${this.page.url()}`);
  }

  waitFor<R, A>(fn: (arg: A) => R | Promise<R>, what: string, arg?: A): Promise<NonNullable<R>> {
    return waitUntil(() => this.evaluate(fn, arg) as Promise<NonNullable<R> | undefined>, `${what} (in ${this.page.url()})`);
  }

  async clickByRole(role: string, name: string): Promise<void> {
    await this.page
      .getByRole(role as Parameters<Page['getByRole']>[0], { name, exact: true })
      .click({ timeout: CALL_TIMEOUT_MS });
  }

  async press(key: string): Promise<void> {
    await withTimeout(this.page.keyboard.press(key), `press ${JSON.stringify(key)}`);
  }

  async emulateMedia(media: { colorScheme?: 'light' | 'dark'; reducedMotion?: 'reduce' | 'no-preference' }): Promise<void> {
    await withTimeout(this.page.emulateMedia(media), 'emulate media');
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load', timeout: CALL_TIMEOUT_MS });
  }

  async reload(): Promise<void> {
    await this.page.reload({ waitUntil: 'load', timeout: CALL_TIMEOUT_MS });
  }

  async bringToFront(): Promise<void> {
    await withTimeout(this.page.bringToFront(), 'bring tab to front');
  }

  async close(): Promise<void> {
    await withTimeout(this.page.close(), 'close tab').catch(() => undefined);
  }
}

export class ChromiumSession extends TabSession implements BrowserSession {
  readonly name = 'chromium' as const;

  constructor(
    private readonly context: BrowserContext,
    private worker: Worker,
    readonly extensionOrigin: string,
    /** Folders of this launch only (HOME, a profile nobody asked to keep), removed on close. */
    private readonly ownDirs: string[],
  ) {
    super();
  }

  /**
   * The extension's service worker. Chromium stops an idle worker; evaluate on a stopped one hangs,
   * so a stopped worker is woken by opening an extension page and the new one is used.
   */
  private async liveWorker(): Promise<Worker> {
    const current = this.context.serviceWorkers().find((worker) => worker.url().startsWith(this.extensionOrigin));
    if (current) return (this.worker = current);
    const waking = this.context.waitForEvent('serviceworker', { timeout: CALL_TIMEOUT_MS });
    const page = await this.context.newPage();
    // The popup asks the background for the active tab, which starts the worker.
    await page.goto(`${this.extensionOrigin}/popup.html`).catch(() => undefined);
    this.worker = await waking;
    await page.close();
    return this.worker;
  }

  /**
   * After stopServiceWorker, Playwright keeps the stopped worker and sees no new one: the extension APIs are called
   * from an extension page instead, opened in the background of the window (it has the same chrome.* APIs).
   */
  private apiPage: Page | null = null;

  private async inWorker<R, A>(fn: (api: { chrome: ChromeApi; arg: A }) => R | Promise<R>, arg?: A): Promise<R> {
    const source = `(${fn.toString()})({ chrome: globalThis.chrome, arg: ${JSON.stringify(arg ?? null)} })`;
    if (this.apiPage) return withTimeout(this.apiPage.evaluate(source) as Promise<R>, 'evaluate in an extension page');
    const worker = await this.liveWorker();
    return withTimeout(worker.evaluate(source) as Promise<R>, 'evaluate in the service worker');
  }

  protected async newPage(): Promise<TestPage> {
    return new ChromiumPage(await this.context.newPage());
  }

  protected async activeTabId(): Promise<number | undefined> {
    const [tab] = await this.inWorker(({ chrome }) => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
    return tab?.id;
  }

  protected tabStatus(tabId: number): Promise<string | undefined> {
    return this.inWorker(async ({ chrome, arg }) => (await chrome.tabs.get(arg)).status, tabId);
  }

  badgeText(tabId: number): Promise<string> {
    return this.inWorker(({ chrome, arg }) => chrome.action.getBadgeText({ tabId: arg }), tabId);
  }

  sendToTab<R>(tabId: number, message: object): Promise<R> {
    return this.inWorker(({ chrome, arg }) => chrome.tabs.sendMessage(arg.tabId, arg.message), { tabId, message }) as Promise<R>;
  }

  async runCommand(command: string): Promise<void> {
    if (this.apiPage) {
      // An extension page cannot fire the worker's command listener; it sends what the command does (runCommand).
      if (command !== 'toggle-reader-mode') throw new Error(`no way to run ${command} after the worker was stopped`);
      await withTimeout(this.apiPage.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'toggle-active-tab' })), 'toggle from an extension page');
      return;
    }
    await this.inWorker(({ chrome, arg }) => chrome.commands.onCommand.dispatch(arg), command);
  }

  /** Stops the extension's service worker, as Chromium does when it has been idle; the next event starts a new one. */
  async stopServiceWorker(): Promise<void> {
    const browser = this.context.browser();
    if (!browser) throw new Error('no browser-level connection to stop the service worker with');
    const cdp = await browser.newBrowserCDPSession();
    const workers = async () => {
      const { targetInfos } = (await withTimeout(cdp.send('Target.getTargets'), 'list the targets')) as {
        targetInfos: Array<{ targetId: string; type: string; url: string }>;
      };
      return targetInfos.filter((target) => target.type === 'service_worker' && target.url.startsWith(this.extensionOrigin));
    };
    try {
      if (!this.apiPage) {
        const front = await this.activeTabId();
        this.apiPage = await this.context.newPage();
        await this.apiPage.goto(`${this.extensionOrigin}/popup.html?tab=harness`, { timeout: CALL_TIMEOUT_MS });
        // The tab that was in front stays in front: the keyboard command and the popup act on it.
        const opened = this.apiPage;
        if (front !== undefined) await withTimeout(opened.evaluate((id) => (globalThis as unknown as { chrome: { tabs: { update(id: number, p: object): Promise<unknown> } } }).chrome.tabs.update(id, { active: true }), front), 'bring the tab back to front');
      }
      for (const worker of await workers()) await withTimeout(cdp.send('Target.closeTarget', { targetId: worker.targetId }), 'stop the service worker');
      await waitUntil(async () => (await workers()).length === 0, 'the service worker to stop');
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  }

  /** Whether the extension's service worker is running (a target the browser lists), without waking it. */
  async serviceWorkerRunning(): Promise<boolean> {
    const cdp = await this.context.browser()!.newBrowserCDPSession();
    try {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ type: string; url: string }> };
      return targetInfos.some((target) => target.type === 'service_worker' && target.url.startsWith(this.extensionOrigin));
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  }

  storage(): Promise<Record<string, unknown>> {
    return this.inWorker(({ chrome }) => chrome.storage.local.get());
  }

  async clearStorage(): Promise<void> {
    await this.inWorker(({ chrome }) => chrome.storage.local.clear());
  }

  async close(): Promise<void> {
    await withTimeout(this.context.close(), 'close Chromium').catch(() => undefined);
    this.ownDirs.forEach(removeDir);
  }
}

export const launchChromium: Launcher = async (options = {}) => {
  const executablePath = requireExecutable(['/usr/bin/chromium', '/usr/lib/chromium/chromium'], 'Chromium');
  const extension = extensionDir('chrome');
  const home = temporaryDir('home');
  const ownDirs = options.profileDir ? [home] : [home, temporaryDir('chromium-profile')];
  const context = await chromium.launchPersistentContext(options.profileDir ?? ownDirs[1], {
    executablePath,
    headless: true,
    env: browserEnv(home),
    timeout: 60_000,
    // Playwright turns the back-forward cache off; real Chrome keeps pages in it, and Tidyread must handle their return.
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    ],
  });
  try {
    const worker =
      context.serviceWorkers().find((candidate) => candidate.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const origin = `chrome-extension://${new URL(worker.url()).host}`;
    return new ChromiumSession(context, worker, origin, ownDirs);
  } catch (error) {
    await context.close().catch(() => undefined);
    ownDirs.forEach(removeDir);
    throw new Error(`Tidyread's service worker did not start in Chromium: ${(error as Error).message}`);
  }
};
