/** Pages that change after load: single-page navigation, late clutter; and a browser restart (Chromium). */
import { describe, expect, it } from 'vitest';
import type { ContentStatus } from '../../src/messages';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { temporaryDir } from './harness/extension';
import { startFixtureServer } from './harness/server';
import { describeInBrowsers } from './harness/suite';
import { openPopupReady, snapshot, switchState, toggleFromPopup, waitForBadge, waitForContentScript, waitForPageMode } from './harness/tidyread';
import { waitUntil } from './harness/wait';

const SPA = '/e2e-spa/source.html';
const LATE = '/e2e-late-clutter/source.html';
const SEED = '/seed-storify/source.html';
const HASH_ROUTES = '/e2e-hash-routes/source.html';

describeInBrowsers('pages that change', (ctx) => {
  /** A tab at the fixture, reader mode turned on from its popup. */
  async function openTurnedOn(path: string) {
    const { page, tabId } = await ctx.session.openTab(ctx.server.url(path));
    await waitForContentScript(ctx.session, tabId);
    const popup = await openPopupReady(ctx.session, tabId);
    await toggleFromPopup(popup, page, 'on');
    return { page, tabId, popup };
  }

  it('a single-page site: pushState to another story follows that page\'s choice, Back returns to this one', async () => {
    const { page, tabId } = await openTurnedOn(SPA);

    // A click on the site's own link: history.pushState, no new page.
    await page.evaluate(() => document.getElementById('to-story-2')!.click());
    await page.waitFor(() => location.search === '?story=2', 'the site to push ?story=2');
    await waitForPageMode(page, 'off');
    const status = await waitUntilStatusUrl(tabId, ctx.server.url(`${SPA}?story=2`));
    expect(status.mode).toBe('off');
    await waitForBadge(ctx.session, tabId, status.detection?.isArticle ? '•' : '');

    await page.evaluate(() => history.back());
    await page.waitFor(() => location.search === '', 'Back to the first story');
    await waitForPageMode(page, 'on');
    await waitForBadge(ctx.session, tabId, 'ON');
  });

  it('a site that routes by fragment (#!/story/2): each route has its own choice, and Back finds the first one on again', async () => {
    const { page, tabId } = await openTurnedOn(`${HASH_ROUTES}#!/story/1`);

    await page.evaluate(() => document.getElementById('to-story-2')!.click());
    await page.waitFor(() => location.hash === '#!/story/2', 'the site to route to #!/story/2');
    const second = await waitUntilStatusUrl(tabId, ctx.server.url(`${HASH_ROUTES}#!/story/2`));
    expect(second.mode).toBe('off');
    await waitForPageMode(page, 'off');

    await page.evaluate(() => history.back());
    await page.waitFor(() => location.hash === '#!/story/1', 'Back to #!/story/1');
    await waitForPageMode(page, 'on');
    await waitForBadge(ctx.session, tabId, 'ON');
  });

  it('Back to a page turned on, from another page of the site (from the back-forward cache in Chromium): on again, and the badge says so', async () => {
    const { page, tabId } = await openTurnedOn(SEED);
    await waitForBadge(ctx.session, tabId, 'ON');

    await page.evaluate(() => addEventListener('pageshow', (event) => ((window as unknown as { restored: boolean }).restored = event.persisted)));
    await page.goto(ctx.server.url(SPA));
    const other = await waitForContentScript(ctx.session, tabId);
    expect(other.mode).toBe('off');
    await waitForBadge(ctx.session, tabId, other.detection?.isArticle ? '•' : '');
    await page.evaluate(() => history.back());
    await waitForPageMode(page, 'on');
    // Chromium keeps the page in its back-forward cache (Firefox under test reloads it): the restored page is still
    // on, and its badge, which the browser cleared, must say so again.
    if (ctx.browser === 'chromium') expect(await page.evaluate(() => (window as unknown as { restored?: boolean }).restored)).toBe(true);
    await waitForBadge(ctx.session, tabId, 'ON');
  });

  function waitUntilStatusUrl(tabId: number, url: string): Promise<ContentStatus> {
    return waitUntil(async () => {
      const status = await ctx.session.sendToTab<ContentStatus | null>(tabId, { type: 'get-status' });
      return status?.url === url && status.detection ? status : undefined;
    }, `the content script to look again at ${url}`);
  }

  it('a story drawn again after reader mode turned on is never taken by the late-clutter scan', async () => {
    const { page } = await openTurnedOn(LATE);

    // The story's elements are replaced: the story found at turn-on is gone from the page.
    await page.evaluate(() => (window as unknown as { rerenderStory(): void }).rerenderStory());
    await page.waitFor(() => !document.getElementById('rerendered-signup')!.checkVisibility(), 'the late scan to hide the sign-up box drawn with the story');
    expect(await page.evaluate(() => [...document.querySelectorAll('#story p, #story h1')].map((element) => element.checkVisibility()))).toEqual([true, true, true, true, true]);
  });

  it('clutter added after load is hidden while on, and off leaves the page as if Tidyread had never run', async () => {
    const { page, popup } = await openTurnedOn(LATE);

    await page.evaluate(() => (window as unknown as { addLateClutter(): void }).addLateClutter());
    await page.waitFor(
      () => !document.querySelector('.newsletter-signup')!.checkVisibility() && !document.querySelector('.related-posts')!.checkVisibility(),
      'the late newsletter box and related widget to be hidden',
    );
    expect(await page.evaluate(() => [...document.querySelectorAll('#story p')].every((p) => p.checkVisibility()))).toBe(true);

    await toggleFromPopup(popup, page, 'off');
    const after = await snapshot(page);

    // The same page in a tab where reader mode never ran, with the same late clutter.
    const untouched = await ctx.session.openTab(ctx.server.url(LATE));
    const untouchedStatus = await waitForContentScript(ctx.session, untouched.tabId);
    expect(untouchedStatus.mode).toBe('off');
    await untouched.page.evaluate(() => (window as unknown as { addLateClutter(): void }).addLateClutter());
    expect(after).toEqual(await snapshot(untouched.page));
  });
});

// Firefox installs the extension as a temporary add-on, which a restart removes: restart is tested in Chromium.
describe('a browser restart [chromium]', () => {
  it('keeps the page\'s choice (same profile)', async () => {
    const server = await startFixtureServer();
    const profileDir = temporaryDir('chromium-restart');
    let session = await launchChromium({ profileDir });
    try {
      const { page, tabId } = await session.openTab(server.url(SEED));
      await waitForContentScript(session, tabId);
      const popup = await openPopupReady(session, tabId);
      await toggleFromPopup(popup, page, 'on');
      await session.close();

      session = await launchChromium({ profileDir });
      expect(await session.storage()).toEqual({ [`page:${server.url(SEED)}`]: 'on', 'order:pages': [`page:${server.url(SEED)}`] });
      const reopened = await session.openTab(server.url(SEED));
      await waitForPageMode(reopened.page, 'on');
      await waitForBadge(session, reopened.tabId, 'ON');
    } finally {
      await session.close();
      await server.close();
    }
  });
});

// Chromium stops an idle extension service worker; the badges and the reader's choices live outside it.
describe('a service worker restart [chromium]', () => {
  it('the badge, the popup and the pages that come and go while it is stopped all have their mode', async () => {
    const server = await startFixtureServer();
    const session = (await launchChromium()) as ChromiumSession;
    try {
      const { page, tabId } = await session.openTab(server.url(SEED));
      await waitForContentScript(session, tabId);
      const popup = await openPopupReady(session, tabId);
      await toggleFromPopup(popup, page, 'on');
      await popup.close();
      await waitForBadge(session, tabId, 'ON');

      await session.stopServiceWorker();
      const again = await openPopupReady(session, tabId);
      expect(await switchState(again)).toBe('true');
      await waitForBadge(session, tabId, 'ON');
      await again.close();

      // A page loaded while the worker is stopped, and Back to the page turned on (from the back-forward cache).
      await session.stopServiceWorker();
      await page.goto(server.url(SPA));
      const other = await waitForContentScript(session, tabId);
      await waitForBadge(session, tabId, other.detection?.isArticle ? '•' : '');
      await session.stopServiceWorker();
      await page.evaluate(() => history.back());
      await waitForPageMode(page, 'on');
      await waitForBadge(session, tabId, 'ON');

      await session.stopServiceWorker();
      await page.bringToFront();
      await session.runCommand('toggle-reader-mode');
      await waitForPageMode(page, 'off');
      expect(await session.storage()).toEqual({ [`page:${server.url(SEED)}`]: 'off', 'order:pages': [`page:${server.url(SEED)}`] });
    } finally {
      await session.close();
      await server.close();
    }
  });
});
