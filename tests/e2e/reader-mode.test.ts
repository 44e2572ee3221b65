/** Reader mode per page in real browsers: the popup switch, the keyboard command, the badge, exact undo. */
import { describe, expect, it } from 'vitest';
import type { ContentStatus } from '../../src/messages';
import { launchFirefox } from './harness/firefox';
import { describeInBrowsers } from './harness/suite';
import { STALL_PARAM, startFixtureServer } from './harness/server';
import { waitUntil } from './harness/wait';
import {
  openPopupReady, snapshot, switchState, toggleFromPopup, waitForBadge, waitForContentScript, waitForPageMode,
} from './harness/tidyread';

const SEED = '/seed-storify/source.html';

/** Off, the badge shows a dot on an article (an invitation to turn reader mode on) and nothing elsewhere. */
function offBadge(status: ContentStatus): string {
  return status.detection?.isArticle ? '•' : '';
}

describeInBrowsers('reader mode', (ctx) => {
  it('loads: the content script reports the seed page as an article and the badge says so', async () => {
    const { tabId } = await ctx.session.openTab(ctx.server.url(SEED));
    const status = await waitForContentScript(ctx.session, tabId);
    expect(status.url).toBe(ctx.server.url(SEED));
    expect(status.mode).toBe('off');
    await waitForBadge(ctx.session, tabId, offBadge(status));
    expect(status.detection?.isArticle, `the seed page is an article (detection: ${JSON.stringify(status.detection)})`).toBe(true);
  });

  it('turns on and off from the popup switch, and off leaves the page exactly as it was', async () => {
    const { page, tabId } = await ctx.session.openTab(ctx.server.url(SEED));
    const badgeBefore = offBadge(await waitForContentScript(ctx.session, tabId));
    await waitForBadge(ctx.session, tabId, badgeBefore);
    const before = await snapshot(page);
    const popup = await openPopupReady(ctx.session, tabId);
    expect(await switchState(popup)).toBe('false');

    await toggleFromPopup(popup, page, 'on');
    await waitForBadge(ctx.session, tabId, 'ON');
    expect((await snapshot(page)).html).not.toBe(before.html);

    await toggleFromPopup(popup, page, 'off');
    const after = await snapshot(page);
    expect(after.html).toBe(before.html);
    expect(after.text).toBe(before.text);
    await waitForBadge(ctx.session, tabId, badgeBefore);
    expect(popup.errors).toEqual([]);
  });

  it('when on, hides the "You May Missed it !" grid and keeps every story paragraph visible', async () => {
    const { page, tabId } = await ctx.session.openTab(ctx.server.url(SEED));
    await waitForContentScript(ctx.session, tabId);
    const popup = await openPopupReady(ctx.session, tabId);
    const visibility = () =>
      page.evaluate(() => {
        const grid = [...document.querySelectorAll('h2')].find((h) => h.textContent?.includes('You May Missed it'));
        const paragraphs = [...document.querySelectorAll('.entry-content p')];
        return {
          grid: grid ? grid.checkVisibility() : null,
          paragraphs: paragraphs.length,
          visibleParagraphs: paragraphs.filter((p) => p.checkVisibility()).length,
        };
      });
    const off = await visibility();
    expect(off.grid).toBe(true);
    expect(off.paragraphs).toBeGreaterThan(10);
    expect(off.visibleParagraphs).toBe(off.paragraphs);

    await toggleFromPopup(popup, page, 'on');
    // The cleanup rules mark the grid as the content script runs; wait for the stylesheet to hide it.
    await page.waitFor(() => {
      const grid = [...document.querySelectorAll('h2')].find((h) => h.textContent?.includes('You May Missed it'));
      return grid && !grid.checkVisibility();
    }, 'the "You May Missed it !" grid to be hidden').catch(() => undefined);
    const on = await visibility();
    expect(on.grid, 'the "You May Missed it !" grid is hidden in reader mode').toBe(false);
    expect(on.visibleParagraphs).toBe(off.paragraphs);
  });

  it('on an article, hides the unnamed furniture around the story and keeps its title, byline, image and text', async () => {
    const { page, tabId } = await ctx.session.openTab(ctx.server.url('/around-story/source.html'));
    const status = await waitForContentScript(ctx.session, tabId);
    expect(status.detection?.isArticle, `detection: ${JSON.stringify(status.detection)}`).toBe(true);
    const popup = await openPopupReady(ctx.session, tabId);
    const seen = () =>
      page.evaluate(() => {
        const shown = (selector: string) => [...document.querySelectorAll(selector)].map((element) => element.checkVisibility());
        return { furniture: shown('.top > a:not(.skip-link), .top > button, .crumbs, .labels, .bottom'), story: shown('h1, .by, .lead img, .text p, .bio, .facts') };
      });
    const off = await seen();
    expect(off.furniture).toEqual([true, true, true, true, true, true]);
    expect(off.story.every(Boolean)).toBe(true);

    await toggleFromPopup(popup, page, 'on');
    await page.waitFor(() => !document.querySelector('.crumbs')!.checkVisibility(), '"Back to blog" to be hidden').catch(() => undefined);
    const on = await seen();
    expect(on.furniture).toEqual([false, false, false, false, false, false]);
    expect(on.story).toEqual(off.story);
    // The skip link sits in the hidden header: still there for the keyboard, and shown when it has focus.
    const skipLink = () => page.evaluate(() => {
      const link = document.querySelector<HTMLElement>('.skip-link')!;
      link.focus();
      return { focused: document.activeElement === link, width: link.getBoundingClientRect().width, shown: link.checkVisibility() };
    });
    await page.bringToFront();
    const focused = await skipLink();
    expect(focused.focused && focused.shown).toBe(true);
    expect(focused.width).toBeGreaterThan(20);
  });

  it('the keyboard command toggles the active tab', async () => {
    const { page, tabId } = await ctx.session.openTab(ctx.server.url(SEED));
    // A second tab, so that the command has to pick the active one.
    const other = await ctx.session.openTab(ctx.server.url(SEED) + '?copy=2');
    const badgeBefore = offBadge(await waitForContentScript(ctx.session, tabId));
    await waitForContentScript(ctx.session, other.tabId);
    await waitForBadge(ctx.session, tabId, badgeBefore);
    const before = await snapshot(page);

    await page.bringToFront();
    await ctx.session.runCommand('toggle-reader-mode');
    await waitForPageMode(page, 'on');
    await waitForBadge(ctx.session, tabId, 'ON');
    expect(await other.page.evaluate(() => document.documentElement.hasAttribute('data-tidyread'))).toBe(false);

    await ctx.session.runCommand('toggle-reader-mode');
    await waitForPageMode(page, 'off');
    expect(await snapshot(page)).toEqual(before);
    await waitForBadge(ctx.session, tabId, badgeBefore);
  });

  it('the keyboard command right after load acts on the remembered choice, before detection has run', async () => {
    const url = ctx.server.url('/e2e-busy-load/source.html');
    const { page, tabId } = await ctx.session.openTab(url);
    await waitForContentScript(ctx.session, tabId);
    const popup = await openPopupReady(ctx.session, tabId);
    await toggleFromPopup(popup, page, 'on');
    await popup.close();

    // Reloaded, the page keeps the browser busy for 1.5 s: the content script has not started when the command comes.
    await page.reload();
    await page.bringToFront();
    const started = await ctx.session.sendToTab<ContentStatus | null>(tabId, { type: 'get-status' }).catch(() => null);
    await ctx.session.runCommand('toggle-reader-mode');
    // The reader saw it on last time and pressed the key to turn it off.
    await waitUntil(async () => (await ctx.session.storage())[`page:${url}`] === 'off' || undefined, 'the page recorded as off');
    await waitForPageMode(page, 'off');
    await waitForBadge(ctx.session, tabId, offBadge(await waitForContentScript(ctx.session, tabId)));
    // What makes this test mean something: the content script had not run detection yet when the command was sent.
    expect(started === null || started.detection === null).toBe(true);
  });

  it('the keyboard command while the page is still arriving acts on the remembered choice', async () => {
    // The server holds back the second half of the page: the tab has its new document, and no content script yet.
    const url = ctx.server.url(`/e2e-busy-load/source.html?${STALL_PARAM}=4000`);
    const { page, tabId } = await ctx.session.openTab(url);
    await waitForContentScript(ctx.session, tabId);
    const popup = await openPopupReady(ctx.session, tabId);
    await toggleFromPopup(popup, page, 'on');
    await popup.close();

    await page.evaluate(() => void setTimeout(() => location.reload(), 0));
    await page.waitFor(() => document.readyState === 'loading', 'the reloaded page half arrived');
    await page.bringToFront();
    const started = await ctx.session.sendToTab<ContentStatus | null>(tabId, { type: 'get-status' }).catch(() => null);
    await ctx.session.runCommand('toggle-reader-mode');
    await waitUntil(async () => (await ctx.session.storage())[`page:${url}`] === 'off' || undefined, 'the page recorded as off');
    await waitForPageMode(page, 'off');
    await waitForBadge(ctx.session, tabId, offBadge(await waitForContentScript(ctx.session, tabId)));
    // What makes this test mean something: no content script answered in the page when the command came.
    expect(started).toBe(null);
  });

  it('the choice survives a reload, and is kept under the page address', async () => {
    const { page, tabId } = await ctx.session.openTab(ctx.server.url(SEED));
    await waitForContentScript(ctx.session, tabId);
    const popup = await openPopupReady(ctx.session, tabId);
    await toggleFromPopup(popup, page, 'on');
    expect(await ctx.session.storage()).toEqual({ [`page:${ctx.server.url(SEED)}`]: 'on', 'order:pages': [`page:${ctx.server.url(SEED)}`] });

    await page.reload();
    await waitForPageMode(page, 'on');
    await waitForBadge(ctx.session, tabId, 'ON');
  });

  it('the same page with utm_* parameters and a #fragment shares the choice, both ways', async () => {
    const plain = await ctx.session.openTab(ctx.server.url(SEED));
    await waitForContentScript(ctx.session, plain.tabId);
    const popup = await openPopupReady(ctx.session, plain.tabId);
    await toggleFromPopup(popup, plain.page, 'on');

    const tracked = await ctx.session.openTab(ctx.server.url(`${SEED}?utm_source=newsletter&utm_medium=email#comments`));
    await waitForPageMode(tracked.page, 'on');
    // Following an in-page link changes only the fragment: still the same page, still on, and never off on the way
    // (the page's own observer sees every change of the reader attribute and of the marks).
    await tracked.page.evaluate(() => {
      const changes: string[] = [];
      new MutationObserver((records) => changes.push(...records.map((record) => record.attributeName ?? ''))).observe(document.documentElement, {
        attributes: true,
        subtree: true,
        attributeFilter: ['data-tidyread', 'data-tidyread-hide', 'data-tidyread-sr'],
      });
      (window as unknown as { readerChanges: string[] }).readerChanges = changes;
      location.hash = '#content';
    });
    await waitUntil(async () => {
      const status = await ctx.session.sendToTab<ContentStatus | null>(tracked.tabId, { type: 'get-status' });
      return status?.url.endsWith('#content') && status.mode === 'on';
    }, 'the content script to keep reader mode on after the fragment changed');
    await waitForPageMode(tracked.page, 'on');
    // The background's word of the new address comes after the page's own popstate: give it time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await tracked.page.evaluate(() => (window as unknown as { readerChanges: string[] }).readerChanges)).toEqual([]);
    const trackedPopup = await openPopupReady(ctx.session, tracked.tabId);
    expect(await switchState(trackedPopup)).toBe('true');

    // Turning it off from the tracked address records it for the plain address.
    await toggleFromPopup(trackedPopup, tracked.page, 'off');
    expect(await ctx.session.storage()).toEqual({ [`page:${ctx.server.url(SEED)}`]: 'off', 'order:pages': [`page:${ctx.server.url(SEED)}`] });
    await plain.page.reload();
    await waitForContentScript(ctx.session, plain.tabId);
    expect(await plain.page.evaluate(() => document.documentElement.hasAttribute('data-tidyread'))).toBe(false);

    // A different query (not a tracking parameter) is a different page.
    const other = await ctx.session.openTab(ctx.server.url(`${SEED}?page=2`));
    const otherStatus = await waitForContentScript(ctx.session, other.tabId);
    expect(otherStatus.mode).toBe('off');
  });

  it('an address with a user name and password: the choice is kept without them, and survives a reload', async () => {
    const url = ctx.server.url(SEED);
    const { page, tabId } = await ctx.session.openTab(url.replace('http://', 'http://reader:s3cret@'));
    await waitForContentScript(ctx.session, tabId);
    const popup = await openPopupReady(ctx.session, tabId);
    await toggleFromPopup(popup, page, 'on');
    expect(await ctx.session.storage()).toEqual({ [`page:${url}`]: 'on', 'order:pages': [`page:${url}`] });

    await page.reload();
    await waitForPageMode(page, 'on');
    await waitForBadge(ctx.session, tabId, 'ON');
  });

  it('"Always for this site" turns reader mode on for another page of the site', async () => {
    const first = await ctx.session.openTab(ctx.server.url(SEED));
    await waitForContentScript(ctx.session, first.tabId);
    const popup = await openPopupReady(ctx.session, first.tabId);
    await popup.clickByRole('checkbox', 'Always for this site');
    await waitForPageMode(first.page, 'on');
    await popup.waitFor(() => document.querySelector('[role="switch"]')?.getAttribute('aria-checked') === 'true', 'the switch to show on');
    expect(await ctx.session.storage()).toEqual({ 'site:127.0.0.1': 'on' });

    const second = await ctx.session.openTab(ctx.server.url('/e2e-second-story/source.html'));
    await waitForPageMode(second.page, 'on');
    await waitForBadge(ctx.session, second.tabId, 'ON');

    // The page's own "off" wins over the site's "always".
    const secondPopup = await openPopupReady(ctx.session, second.tabId);
    await toggleFromPopup(secondPopup, second.page, 'off');
    await second.page.reload();
    await waitForContentScript(ctx.session, second.tabId);
    expect(await second.page.evaluate(() => document.documentElement.hasAttribute('data-tidyread'))).toBe(false);
  });
});

// Firefox with every window private (permanent private browsing); a temporary add-on runs in private windows.
describe('private browsing [firefox]', () => {
  it('remembers the choices for the private session only: nothing of the pages visited is written to disk', async () => {
    const server = await startFixtureServer();
    const session = await launchFirefox({ privateBrowsing: true });
    try {
      const { page, tabId } = await session.openTab(server.url(SEED));
      await waitForContentScript(session, tabId);
      const popup = await openPopupReady(session, tabId);
      await toggleFromPopup(popup, page, 'on');
      expect(await session.storage()).toEqual({});
      await popup.clickByRole('checkbox', 'Always for this site');
      await popup.waitFor(() => (document.getElementById('site-always') as HTMLInputElement | null)?.checked, 'the box to be ticked');
      const second = await session.openTab(server.url('/e2e-second-story/source.html'));
      await waitForPageMode(second.page, 'on');

      // Still remembered within the session: a reload keeps reader mode on.
      await page.reload();
      await waitForPageMode(page, 'on');
      await waitForBadge(session, tabId, 'ON');
      expect(await session.storage()).toEqual({});
    } finally {
      await session.close();
      await server.close();
    }
  });
});
