/**
 * The popup (also opened as a tab with ?tab=<id>): the reader-mode switch, what was hidden, the clean story
 * and its quotes. Everything from the page is sanitized again here before it is shown.
 */
import browser from '../browser';
import { quotesToMarkdown, storyToMarkdown } from '../core/markdown';
import { sanitizeHtml } from '../core/sanitize';
import { QUOTE_FLASH_CSS } from '../content/quote-flash';
import { formatDate } from './format';
import { pointAnchorsAtPage } from '../core/extract/absolute-urls';
import type { HiddenBlock, Quote, Story } from '../core/types';
import { pageKey } from '../core/url';
import type { BackgroundReply, BackgroundRequest, ExtractionReply, InjectedExtractor, TabReaderState } from '../messages';

const FONT_SIZE_KEY = 'settings:fontSize';
const FONT_SIZES = [13, 15, 17, 19, 21, 24, 28];
const DEFAULT_FONT_SIZE = 17;

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

function send<T extends BackgroundRequest>(request: T): Promise<BackgroundReply<T['type']>> {
  return browser.runtime.sendMessage(request) as Promise<BackgroundReply<T['type']>>;
}

function showNotice(text: string): void {
  const notice = $('notice');
  notice.textContent = text;
  notice.hidden = false;
}

let copiedTimer: ReturnType<typeof setTimeout> | undefined;
async function copy(text: string, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    $('copied').textContent = `${what} copied`;
  } catch {
    $('copied').textContent = 'Could not copy: the browser refused access to the clipboard.';
  }
  clearTimeout(copiedTimer);
  copiedTimer = setTimeout(() => ($('copied').textContent = ''), 2000);
}

/** A parameter as the notice quotes it: a pasted address may carry a long one. */
function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** The tab this popup is about: ?tab=<id> when opened as a page, else the active tab. */
async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null) {
    if (!/^\d+$/.test(param)) throw new Error(`"${shorten(param)}" is not a tab number (popup.html?tab=<id>).`);
    const tabId = Number(param);
    // Not .catch(): for a number beyond 32 bits Chromium's tabs.get throws at once, in code words, instead of rejecting.
    try {
      await browser.tabs.get(tabId);
    } catch {
      throw new Error(`There is no open tab ${shorten(param)}; it may have been closed.`);
    }
    return tabId;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function renderState(state: TabReaderState): void {
  $('notice').hidden = true;
  if (state.restricted) {
    $('controls').hidden = true;
    showNotice(state.restricted);
    return;
  }
  $('controls').hidden = false;
  const readerSwitch = $('reader-switch');
  readerSwitch.setAttribute('aria-checked', String(state.mode === 'on'));
  $<HTMLInputElement>('site-always').checked = state.siteAlways;
  renderHidden(state);
}

function renderHidden(state: TabReaderState): void {
  const details = $<HTMLDetailsElement>('hidden-blocks');
  const list = $('hidden-list');
  list.replaceChildren();
  details.hidden = state.mode !== 'on';
  $('hidden-summary').textContent =
    state.hidden.length === 1 ? 'Hidden on this page: 1 block' : `Hidden on this page: ${state.hidden.length} blocks`;
  for (const block of state.hidden) list.append(hiddenItem(state.tabId, block));
  const kept = $('kept-list');
  kept.replaceChildren(...state.kept.map((signature) => keptItem(state.tabId, signature)));
  kept.hidden = $('kept-heading').hidden = state.kept.length === 0;
}

/** One listed block: its rule, its words, and a button that acts on it on this site ("Show" again, "Hide again"). */
function blockItem(rule: string, words: string, button: { text: string; action: string }, onClick: () => Promise<TabReaderState>): HTMLLIElement {
  const item = document.createElement('li');
  const ruleName = document.createElement('span');
  ruleName.className = 'rule';
  ruleName.textContent = rule;
  const text = document.createElement('span');
  text.textContent = ` ${words || '(no text)'} `;
  const act = document.createElement('button');
  act.type = 'button';
  act.textContent = button.text;
  act.setAttribute('aria-label', `${button.action} on this site: ${words || rule}`);
  act.addEventListener('click', async () => {
    const list = item.parentElement;
    const index = list ? [...list.children].indexOf(item) : 0;
    renderState(await onClick());
    if (list) keepFocusInList(list, index);
  });
  item.append(ruleName, text, act);
  return item;
}

/**
 * The lists are drawn again after each click, which takes the focused button away: a keyboard user would be sent back
 * to the top of the popup. The focus goes to the button now in that place of the list, or to the list's summary.
 */
function keepFocusInList(list: HTMLElement, index: number): void {
  if (document.activeElement && document.activeElement !== document.body) return;
  const buttons = [...list.querySelectorAll<HTMLButtonElement>('li > button')];
  const next = buttons[Math.min(index, buttons.length - 1)] ?? $('hidden-summary');
  if (next.checkVisibility()) next.focus();
}

function hiddenItem(tabId: number, block: HiddenBlock): HTMLLIElement {
  return blockItem(block.rule, block.text || block.label || '', { text: 'Show', action: 'Show again' }, () => send({ type: 'show-block', tabId, block }));
}

/** A block the reader asked to see again on this site, with the way back: they may have clicked "Show" by mistake. */
function keptItem(tabId: number, signature: string): HTMLLIElement {
  const [rule, words = ''] = signature.split(/\|(.*)/s);
  return blockItem(rule, words, { text: 'Hide again', action: 'Hide again' }, () => send({ type: 'hide-block-again', tabId, signature }));
}

/**
 * Injects the extraction code into the tab. Started as soon as the tab is known, alongside the state request,
 * so that the story is ready sooner; a failure is reported when the story is asked for.
 */
function injectExtractor(tabId: number): Promise<string | null> {
  return browser.scripting
    .executeScript({ target: { tabId }, files: ['extract.js'] })
    .then(() => null)
    .catch((error: unknown) => (error instanceof Error ? error.message : String(error)));
}

async function extract(tabId: number, injected: Promise<string | null>): Promise<ExtractionReply> {
  const injectionError = await injected;
  if (injectionError) return { ok: false, error: injectionError };
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => (globalThis as unknown as InjectedExtractor).tidyreadExtract(),
    });
    const reply = result?.result as ExtractionReply | undefined;
    return reply ?? { ok: false, error: 'The page did not answer.' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The byline and site name are the story's words, in its language; the date and "min read" are the popup's, in its
 * own, even inside an Arabic story.
 */
function renderMeta(story: Story): void {
  const meta = $('story-meta');
  meta.setAttribute('lang', document.documentElement.lang);
  const names = [story.byline, story.siteName].filter((name): name is string => !!name).map((name) => {
    const element = inStoryLanguage(document.createElement('bdi'), story);
    element.textContent = name;
    return element;
  });
  const published = story.published ? formatDate(story.published) : null;
  const reading = story.readingMinutes ? `${story.readingMinutes} min read` : null;
  const parts = [...names, ...[published, reading].filter((part): part is string => !!part)];
  meta.replaceChildren(...parts.flatMap((part, index) => (index ? [' · ', part] : [part])));
}

/** Marks an element as holding the story's words, in the story's language and direction, not the popup's own. */
function inStoryLanguage<T extends HTMLElement>(element: T, story: Story): T {
  if (story.lang) element.setAttribute('lang', story.lang);
  element.setAttribute('dir', story.dir ?? 'auto');
  return element;
}

function renderStory(tabId: number, story: Story, pageUrl: string): void {
  inStoryLanguage($('story-article'), story);
  $('story-title').textContent = story.title ?? '';
  $('story-title').hidden = !story.title?.trim(); // an empty heading is a stop in a screen reader's list that says nothing
  renderMeta(story);
  $('story-body').innerHTML = sanitizeHtml(story.html, window);
  pointAnchorsAtPage($('story-body'), pageUrl);
  $('story').hidden = false;
  $('toolbar').hidden = false;
  renderQuotes(tabId, story);
  $('copy-markdown').onclick = () => copy(storyToMarkdown(story, $('story-body')), 'Story');
  document.body.dataset.storyShownMs = String(Math.round(performance.now()));
}

/** The words of a quote's first segment as they stand in the story, marks included, to find it in the page. */
function firstSegmentText(story: Story, quote: Quote): string {
  const first = quote.segments?.[0] ?? quote;
  return story.text.slice(first.start, first.end) || quote.text;
}

function renderQuotes(tabId: number, story: Story): void {
  const quotes = story.quotes;
  const list = $('quote-list');
  list.replaceChildren();
  $('quotes').hidden = quotes.length === 0;
  for (const [index, quote] of quotes.entries()) {
    const item = document.createElement('li');
    // The quotes sit outside the story's <article>, beside the popup's own controls: only their words take its language.
    const text = inStoryLanguage(document.createElement('blockquote'), story);
    text.textContent = quote.text;
    // A button named by the quote's words, so that a screen reader says it can be pressed and which quote it is.
    text.setAttribute('role', 'button');
    text.title = 'Show this quote in the page';
    text.tabIndex = 0;
    text.id = `quote-${index + 1}`;
    const scroll = () => {
      // The highlight's style goes in with it: the page has no Tidyread stylesheet until reader mode is on there.
      void browser.scripting
        .insertCSS({ target: { tabId }, css: QUOTE_FLASH_CSS })
        .then(() => browser.scripting.executeScript({
          target: { tabId },
          func: (text: string) => (globalThis as unknown as InjectedExtractor).tidyreadFlashQuote(text),
          args: [firstSegmentText(story, quote)],
        }))
        .catch(() => undefined);
    };
    text.addEventListener('click', scroll);
    text.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault(); // Space would also scroll the popup by a page
      scroll();
    });
    const footer = document.createElement('div');
    footer.className = 'speaker';
    const speaker = document.createElement('span');
    const name = quote.speakerName ?? quote.speaker;
    if (name) {
      const nameInStory = inStoryLanguage(document.createElement('bdi'), story);
      nameInStory.textContent = name;
      speaker.append('— ', nameInStory);
    } else {
      speaker.textContent = '— unattributed';
    }
    const copyOne = document.createElement('button');
    copyOne.type = 'button';
    copyOne.textContent = 'Copy';
    // Every quote has a "Copy" button: a list of buttons read out by a screen reader must tell them apart.
    copyOne.setAttribute('aria-label', `Copy quote ${index + 1} of ${quotes.length}`);
    copyOne.setAttribute('aria-describedby', text.id);
    copyOne.addEventListener('click', () => copy(quotesToMarkdown([quote]), 'Quote'));
    footer.append(speaker, copyOne);
    item.append(text, footer);
    list.append(item);
  }
  $('copy-quotes').onclick = () => copy(quotesToMarkdown(quotes), 'Quotes');
}

async function showStory(tabId: number, injected: Promise<string | null>, pageUrl: string): Promise<void> {
  $('not-article').hidden = true;
  $('loading').hidden = false;
  const reply = await extract(tabId, injected);
  $('loading').hidden = true;
  if (!reply.ok) {
    // The reason is a script's or the browser's words ("Cannot read properties of null"): for the console, not the reader.
    console.warn('Tidyread: reading the story failed:', reply.error);
    showNotice('Tidyread could not read the story on this page. Reload the page and try again.');
    return;
  }
  if (!reply.story.text.trim()) {
    showNotice('Tidyread found no story text on this page.');
    return;
  }
  renderStory(tabId, reply.story, pageUrl);
}

async function applyFontSize(size: number): Promise<void> {
  document.documentElement.style.setProperty('--font-size', `${size}px`);
}

async function setUpFontSize(): Promise<void> {
  const stored = (await browser.storage.local.get(FONT_SIZE_KEY))[FONT_SIZE_KEY];
  let size = typeof stored === 'number' && FONT_SIZES.includes(stored) ? stored : DEFAULT_FONT_SIZE;
  await applyFontSize(size);
  const step = async (direction: 1 | -1) => {
    const index = Math.min(FONT_SIZES.length - 1, Math.max(0, FONT_SIZES.indexOf(size) + direction));
    size = FONT_SIZES[index];
    await applyFontSize(size);
    await browser.storage.local.set({ [FONT_SIZE_KEY]: size });
  };
  $('font-smaller').addEventListener('click', () => step(-1));
  $('font-larger').addEventListener('click', () => step(1));
}

async function main(): Promise<void> {
  const isFull = new URLSearchParams(location.search).has('tab');
  document.body.classList.toggle('full', isFull);
  let tabId: number | null;
  try {
    tabId = await targetTabId();
  } catch (error) {
    showNotice(error instanceof Error ? error.message : String(error));
    return;
  }
  if (tabId === null) {
    showNotice('There is no tab to read.');
    return;
  }
  const fontSizeReady = setUpFontSize();
  const injected = injectExtractor(tabId);
  // The tab's state waits for a page that is still loading (its content script starts when it has): say so meanwhile.
  $('loading').hidden = false;
  const state = await send({ type: 'get-tab-state', tabId });
  $('loading').hidden = true;
  renderState(state);
  const id = tabId;
  // What this popup shows and what its buttons act on are the page it opened for. When the tab moves to another page
  // (a popup opened in a tab stays open for that), it starts again for the new one, once that page has loaded.
  const shownPage = pageKey(state.url ?? '');
  browser.tabs.onUpdated.addListener((updatedId, _change, tab) => {
    if (updatedId === id && tab.status === 'complete' && tab.url && pageKey(tab.url) !== shownPage) location.reload();
  });
  // A popup opened in a tab outlives the tab it is about: its switch and lists would act on nothing.
  browser.tabs.onRemoved.addListener((removedId) => {
    if (removedId !== id) return;
    for (const part of ['controls', 'hidden-blocks', 'not-article', 'loading']) $(part).hidden = true;
    showNotice('The tab of this page has been closed. The story stays here to read or copy.');
  });
  $('reader-switch').addEventListener('click', async () => {
    const on = $('reader-switch').getAttribute('aria-checked') === 'true';
    renderState(await send({ type: 'set-mode', tabId: id, mode: on ? 'off' : 'on' }));
  });
  $<HTMLInputElement>('site-always').addEventListener('change', async (event) => {
    renderState(await send({ type: 'set-site-always', tabId: id, always: (event.target as HTMLInputElement).checked }));
  });
  $('open-tab').addEventListener('click', () => void browser.tabs.create({ url: browser.runtime.getURL(`popup.html?tab=${id}`) }));
  $('open-tab').hidden = isFull;
  await fontSizeReady;
  if (state.restricted) return;
  if (state.detection && !state.detection.isArticle) {
    $('not-article').hidden = false;
    $('extract-anyway').addEventListener('click', async () => {
      await showStory(id, injected, state.url ?? '');
      // The button went with its offer, and the focus with it: it goes to what the button brought, the story or the notice.
      if (document.activeElement && document.activeElement !== document.body) return;
      const shown = $('story').hidden ? $('notice') : $('story-article');
      shown.tabIndex = -1;
      shown.focus();
    }, { once: true });
    return;
  }
  await showStory(id, injected, state.url ?? '');
}

main().catch((error) => {
  $('loading').hidden = true;
  showNotice(`Something went wrong: ${error instanceof Error ? error.message : String(error)}`);
});
