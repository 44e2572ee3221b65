/** The content script's life in a page that keeps changing, or that gets in its way (tests/fixtures/e2e-lifecycle, e2e-hostile-names). */
import { expect, it } from 'vitest';
import type { ContentStatus } from '../../src/messages';
import { describeInBrowsers } from './harness/suite';
import type { TestPage } from './harness/session';
import { openPopupReady, readerAttribute, snapshot, toggleFromPopup, waitForContentScript, waitForPageMode } from './harness/tidyread';

const PAGE = '/e2e-lifecycle/source.html';

/** Calls one of the fixture's window.* helpers: what the site's own scripts do after load. */
function pageDoes(page: TestPage, helper: string): Promise<void> {
  return page.evaluate((name) => (window as unknown as Record<string, () => void>)[name](), helper);
}

function shown(page: TestPage, selector: string): Promise<boolean[]> {
  return page.evaluate((css) => [...document.querySelectorAll(css)].map((element) => element.checkVisibility()), selector);
}

describeInBrowsers('the content script in a page that changes', (ctx) => {
  function status(tabId: number): Promise<ContentStatus> {
    return ctx.session.sendToTab<ContentStatus>(tabId, { type: 'get-status' });
  }

  async function openTurnedOn(path: string) {
    const { page, tabId } = await ctx.session.openTab(ctx.server.url(path));
    await waitForContentScript(ctx.session, tabId);
    const popup = await openPopupReady(ctx.session, tabId);
    await toggleFromPopup(popup, page, 'on');
    return { page, tabId, popup };
  }

  it('a page with elements and globals named like Tidyread\'s own still gets reader mode, and its functions are never called', async () => {
    const { page, tabId } = await ctx.session.openTab(ctx.server.url('/e2e-hostile-names/source.html'));
    const before = await snapshot(page);
    const status = await waitForContentScript(ctx.session, tabId);
    expect(status.detection?.isArticle).toBe(true);
    const popup = await openPopupReady(ctx.session, tabId);
    await toggleFromPopup(popup, page, 'on');
    await page.waitFor(() => !document.getElementById('related')!.checkVisibility(), 'the related grid to be hidden');
    expect(await shown(page, '#story p')).toEqual([true, true, true]);
    await toggleFromPopup(popup, page, 'off');
    expect(await snapshot(page)).toEqual(before);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  });

  it('late clutter (a grid, an ad inside the story, the next story\'s grid) is hidden, the next story stays, and off leaves no mark', async () => {
    const { page, popup } = await openTurnedOn(PAGE);
    await pageDoes(page, 'addLateGrid');
    await pageDoes(page, 'addInlineAd');
    await pageDoes(page, 'appendNextStory');
    await page.waitFor(
      () => ['late-grid', 'inline-ad', 'next-grid'].every((id) => !document.getElementById(id)!.checkVisibility()),
      'the late grid, the inline ad and the next story\'s grid to be hidden',
    );
    expect(await shown(page, '#story h1, #story p, #story-2 h1, #story-2 p')).toEqual([true, true, true, true, true, true, true, true]);
    await toggleFromPopup(popup, page, 'off');
    expect(await page.evaluate(() => document.documentElement.outerHTML.match(/data-tidyread[\w-]*/g))).toBeNull();
  });

  it('a framework that puts a new <body> in after turn-on: clutter added to it later is hidden, the story stays', async () => {
    const { page } = await openTurnedOn(PAGE);
    await pageDoes(page, 'replaceBody');
    await pageDoes(page, 'addLateGrid');
    await page.waitFor(() => !document.getElementById('late-grid')!.checkVisibility(), 'the grid added to the new <body> to be hidden');
    expect(await shown(page, '#story h1, #story p')).toEqual([true, true, true, true, true]);
  });

  it('off leaves no mark on a hidden block the page had taken out and puts back after', async () => {
    const { page, popup } = await openTurnedOn(PAGE);
    await pageDoes(page, 'addLateGrid');
    await page.waitFor(() => !document.getElementById('late-grid')!.checkVisibility(), 'the late grid to be hidden');
    await pageDoes(page, 'parkLateGrid');
    await toggleFromPopup(popup, page, 'off');
    await pageDoes(page, 'unparkLateGrid');
    expect(await page.evaluate(() => document.documentElement.outerHTML.match(/data-tidyread[\w-]*/g))).toBeNull();
    expect(await shown(page, '#late-grid')).toEqual([true]);
  });

  it('a hidden block the page removes is no longer listed as hidden', async () => {
    const { page, tabId } = await openTurnedOn(PAGE);
    await pageDoes(page, 'addLateGrid');
    await page.waitFor(() => !document.getElementById('late-grid')!.checkVisibility(), 'the late grid to be hidden');
    expect((await status(tabId)).hidden.map((block) => block.rule)).toEqual(['promo-heading']);
    await pageDoes(page, 'parkLateGrid');
    expect((await status(tabId)).hidden).toEqual([]);
  });

  it('a single-page site that strips tracking parameters from its address, or moves to an anchor, keeps reader mode on without a flash', async () => {
    const { page } = await openTurnedOn('/e2e-spa/source.html?utm_source=newsletter');
    // The site strips the parameter (a new history entry), then the reader opens the second story and comes back.
    await page.evaluate(() => history.pushState(null, '', location.pathname));
    await page.evaluate(() => document.getElementById('to-story-2')!.click());
    await waitForPageMode(page, 'off');
    await page.evaluate(() => history.back());
    await waitForPageMode(page, 'on');
    await page.evaluate(() => {
      const flips: string[] = ((window as unknown as { flips: string[] }).flips = []);
      new MutationObserver(() => flips.push(String(document.documentElement.getAttribute('data-tidyread')))).observe(document.documentElement, {
        attributes: true, attributeFilter: ['data-tidyread'],
      });
    });
    // Back again, to the address with the parameter: the content script hears popstate in the same task as the page.
    await page.evaluate(() => history.back());
    await page.waitFor(() => location.search === '?utm_source=newsletter', 'Back to the address with utm_source');
    await page.evaluate(() => (location.hash = '#story'));
    await page.waitFor(() => location.hash === '#story', 'the move to the anchor');
    expect(await page.evaluate(() => (window as unknown as { flips: string[] }).flips)).toEqual([]);
    expect(await readerAttribute(page)).toBe('on');
  });
});
