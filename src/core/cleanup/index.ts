/** In-page cleanup: run the rules, mark what to hide, and undo it exactly. */
import type { HiddenBlock } from '../types';
import { HIDE_ATTR, VISUALLY_HIDDEN_ATTR } from './marks';
import type { CleanupRule, HideMode } from './rule';
import { adLabel } from './rules/ad-label';
import { adSlots } from './rules/ad-slots';
import { affiliateNote } from './rules/affiliate-note';
import { aroundStory } from './rules/around-story';
import { articleComments } from './rules/article-comments';
import { authorBio } from './rules/author-bio';
import { callToAction } from './rules/call-to-action';
import { commentForm } from './rules/comment-form';
import { consentBanner } from './rules/consent-banner';
import { dialog } from './rules/dialog';
import { govBanner } from './rules/gov-banner';
import { leadBox } from './rules/lead-box';
import { legalNotice } from './rules/legal-notice';
import { newsletter } from './rules/newsletter';
import { overlay } from './rules/overlay';
import { pageChrome } from './rules/page-chrome';
import { pageFeedback } from './rules/page-feedback';
import { posterRank } from './rules/poster-rank';
import { posterStats } from './rules/poster-stats';
import { promoHeading } from './rules/promo-heading';
import { readingTime } from './rules/reading-time';
import { readMoreLine } from './rules/read-more-line';
import { relatedWidget } from './rules/related-widget';
import { searchBox } from './rules/search-box';
import { shareBar } from './rules/share-bar';
import { sidebar } from './rules/sidebar';
import { siteAction } from './rules/site-action';
import { siteMenu } from './rules/site-menu';
import { siteNotice } from './rules/site-notice';
import { skipLinks } from './rules/skip-links';
import { INLINE_TAGS, scanPage } from './scan';
import { locateStory, storyGuard, withTextCache, type Story } from './story';

export { READER_ATTR, HIDE_ATTR, VISUALLY_HIDDEN_ATTR, READER_CSS } from './marks';
export { locateStory, storyGuard } from './story';

/** Skip links first: they sit inside blocks other rules hide, and must stay reachable by keyboard. */
export const RULES: CleanupRule[] = [
  skipLinks, consentBanner, overlay, dialog, promoHeading, readMoreLine, relatedWidget, shareBar, newsletter, adSlots, adLabel, commentForm, callToAction, sidebar, pageChrome, siteMenu, aroundStory, siteAction, legalNotice, searchBox, leadBox, affiliateNote, pageFeedback, posterStats, posterRank, authorBio, govBanner, articleComments, siteNotice, readingTime,
];

export interface ClutterBlock {
  rule: string;
  element: Element;
  /** What is marked when not the element itself: all of it but the way to a skip link inside it. */
  parts?: Element[];
  mode: HideMode;
  /** First words of the block's text. */
  text: string;
}

function blockOf(node: Node): Node | null {
  let element = node.parentElement;
  while (element && INLINE_TAGS.test(element.tagName.toUpperCase())) element = element.parentElement;
  return element;
}

/** First words of the block's text as a reader sees them: text of separate blocks is not run together. */
export function firstWords(element: Element, words = 12): string {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  let lastBlock: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/i.test(node.parentElement?.tagName ?? '')) continue;
    const block = blockOf(node);
    text += (block !== lastBlock ? ' ' : '') + (node.nodeValue ?? '');
    lastBlock = block;
    if (text.length > words * 30) break;
  }
  const parts = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  return parts.length > words ? parts.slice(0, words).join(' ') + '…' : parts.join(' ');
}

export interface FindOptions {
  /** Look only inside these elements (late content from a MutationObserver); the story is still located on the whole page. */
  within?: Element[];
  /** The story located by an earlier run, reused for late content so that it is not located again. */
  story?: Story;
  /** Detection called the page an article (see the around-story rule). */
  isArticle?: boolean;
  /** Leave each block's text empty, for the caller to read when it needs it (see blockText). */
  withoutText?: boolean;
}

/** Every clutter block the rules find, outermost first, each once. */
export function findClutter(doc: Document, rules: CleanupRule[] = RULES, options: FindOptions = {}): ClutterBlock[] {
  const within = options.within?.filter((element) => element.isConnected);
  const scan = scanPage(doc, within, rules);
  // A scan of the whole page has counted its text; a scan of late content has not.
  const guard = storyGuard(doc, options.story ?? locateStory(doc), within ? -1 : scan.textChars, options.isArticle);
  const blocks: ClutterBlock[] = [];
  const taken = new Set<Element>();
  withTextCache(() => {
    for (const rule of rules) {
      for (const match of rule.find(doc, guard, scan)) {
        const element = 'element' in match ? match.element : match;
        const mode = 'element' in match ? (match.mode ?? 'hide') : 'hide';
        if (taken.has(element) || guard.holdsStory(element)) continue;
        taken.add(element);
        blocks.push({ rule: rule.id, element, mode, text: '' });
      }
    }
  });
  // A block inside another hidden block adds nothing; a skip link stays reachable wherever it is.
  // Ancestor walks against a set, not every pair: pages with hundreds of small blocks exist.
  const hidden = new Set(blocks.filter((block) => block.mode === 'hide').map((block) => block.element));
  const insideHidden = (element: Element) => {
    for (let node = element.parentElement; node; node = node.parentElement) if (hidden.has(node)) return true;
    return false;
  };
  const kept = blocks.filter((block) => block.mode === 'visually-hidden' || !insideHidden(block.element));
  const skipLinks = kept.filter((block) => block.mode === 'visually-hidden').map((block) => block.element);
  for (const block of kept) {
    if (block.mode !== 'hide') continue;
    const inside = skipLinks.filter((link) => block.element.contains(link));
    if (inside.length) block.parts = partsAround(block.element, inside);
  }
  // First words only for the blocks that stay: reading text is the costly part.
  if (!options.withoutText) for (const block of kept) block.text = firstWords(block.element);
  return kept;
}

/** The block's first words, read now if findClutter was asked to leave them. */
export function blockText(block: ClutterBlock): string {
  block.text ||= firstWords(block.element);
  return block.text;
}

/**
 * A skip link in a block that goes (a site header) must stay reachable, and nothing under a hidden element can
 * be: the block's parts are hidden instead, all but the skip links and the elements that hold them.
 */
function partsAround(block: Element, skipLinks: Element[]): Element[] {
  const way = new Set<Element>();
  for (const link of skipLinks) for (let node: Element | null = link; node && node !== block; node = node.parentElement) way.add(node);
  const parents = new Set<Element>([block]);
  for (const node of way) if (node.parentElement && node.parentElement !== block) parents.add(node.parentElement);
  const parts: Element[] = [];
  for (const parent of parents) for (const child of parent.children) if (!way.has(child)) parts.push(child);
  return parts;
}

export function toHidden(blocks: ClutterBlock[]): HiddenBlock[] {
  return blocks.map((block) => {
    const text = blockText(block);
    return text ? { rule: block.rule, text } : { rule: block.rule, text, label: blockLabel(block.element) };
  });
}

/**
 * What a block without text holds: its image's alt text, its frame's title, or else its tag and id or first class.
 * Empty ad slots are common, and one shown again must not stand for all of them.
 */
export function blockLabel(element: Element): string {
  const image = element.querySelector('img[alt]:not([alt=""])');
  if (image) return `image: ${image.getAttribute('alt')!.trim().slice(0, 60)}`;
  const frame = element.querySelector('iframe[title]:not([title=""])');
  if (frame) return `frame: ${frame.getAttribute('title')!.trim().slice(0, 60)}`;
  const name = element.id ? `#${element.id}` : element.classList[0] ? `.${element.classList[0]}` : '';
  return element.localName + name;
}

/** Marks the blocks for the reader stylesheet, except those whose signature the reader asked to keep. */
export function markClutter(blocks: ClutterBlock[], isKept: (block: ClutterBlock) => boolean = () => false): ClutterBlock[] {
  const marked: ClutterBlock[] = [];
  for (const block of blocks) {
    if (isKept(block)) continue;
    for (const element of block.parts ?? [block.element]) element.setAttribute(block.mode === 'visually-hidden' ? VISUALLY_HIDDEN_ATTR : HIDE_ATTR, block.rule);
    marked.push(block);
  }
  return marked;
}

/** Removes every mark, so that the page is exactly as it was. */
export function clearMarks(root: Document | Element): void {
  for (const element of root.querySelectorAll(`[${HIDE_ATTR}], [${VISUALLY_HIDDEN_ATTR}]`)) {
    element.removeAttribute(HIDE_ATTR);
    element.removeAttribute(VISUALLY_HIDDEN_ATTR);
  }
}
