/** What Readability lets through that is not the story: promo lines, share prompts, sign-up boxes, repeated title or byline. */
import { CAPTION_CREDIT, introducesLinks, isPromoLine, isSignUpParagraph } from './promo-lines';

/** An inline element at the end of a paragraph that promotes the site rather than telling the story. */
const TRAILING_PROMO = /^(read more|more news|also read|read also|related|see also|click here|subscribe|follow us|join us|download (our|the) app)\b/iu;

const BLOCKS = 'p, div, section, aside, li, h1, h2, h3, h4, h5, h6, span, figure, ul, ol, blockquote, footer, header, nav, table, legend';

/**
 * Class or id names of containers that hold sharing, sign-up or related-content widgets. A name must start with the
 * word: "comments-area" is a widget, "hljs-comment" is a comment in a code sample.
 */
const CLUTTER_CLASS = /(^|\s)(share|sharing|social|sharedaddy|addtoany|a2a|newsletter|subscribe|subscription|signup|sign-up|related|recommend|promo|advert|ads?|sponsor|outbrain|taboola|author-bio|author-box|about[-_]author|post-tags|tag-list|tags|breadcrumbs?|comments?|comment-respond|jp-relatedposts|yarpp|wp-block-buttons|paywall|restricted-content)([\s_-]|$)/i;

/**
 * Words that name a call-to-action or a paywall wherever they stand in a class name ("post-cta", "short-cta__title",
 * "CrossSellCards", "inline-box -donate"): no story component is named so.
 */
const CALL_TO_ACTION_CLASS = /(^|[\s_-])(cta|paywall|upsell|cross-?sell\w*|donate)([\s_-]|$)/i;

/**
 * An author box: the writer's name, picture and bio, shown apart from the story ("author-bio", "entry-author-profile",
 * "single-content-author", "hero-author"). Readability flattens the box's inner parts, so the box's own name is the
 * one left to tell. A bio runs longer than a widget, so the limit is higher.
 */
const AUTHOR_BOX_CLASS = /(^|[\s_-])authors?([\s_-]|$)/i;
const AUTHOR_BOX_MAX_WORDS = 150;
/** The same author class on more elements than this is a part of each item of a list (papers, posts), not one box. */
const AUTHOR_BOX_MAX_REPEATS = 3;

/**
 * A legal or advertising notice ("disclaimer-container", "footer-disclaimer", "advertiser-disclosure"). "Disclosure"
 * alone also names a widget that opens and closes (and product cards on one review site), so only its notice kinds.
 */
const DISCLAIMER_CLASS = /(^|[\s_-])(disclaimers?|(advertiser|advertising|affiliate|editorial|ftc)[-_]disclosures?)([\s_-]|$)/i;
const DISCLAIMER_MAX_WORDS = 80;

/** Widget containers are blocks (headings name them); inline elements with such names are words of the story (code, links). */
const CONTAINERS = 'div, section, aside, ul, ol, p, footer, header, nav, figure, form, table, h2, h3, h4, h5, h6';

/** A link or control styled as a button ("btn-primary", "button-wrapper", "a-button-text"). */
const BUTTON_CLASS = /(^|[\s_-])(btn|button)([\s_-]|$)/i;

/**
 * What a call to action says: a verb asking the reader to act. Buttons that name a story ("Adidas Evo SL Review",
 * "Tested: Tesla Model 3") are links the story makes, and stay.
 */
const CALL_TO_ACTION = /^(buy|shop|get|see|view|subscribe|share|download|sign|join|start|try|learn|read more|book|order|add|request|contact|explore|discover|check|find out|watch|listen|claim|apply|register|donate|support|follow|call|compare|save|grab|unlock|upgrade|go to|visit|click|tap)\b/i;

function textOf(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function normalized(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function linkTextShare(element: Element): number {
  const total = textOf(element).length;
  if (!total) return 0;
  let linked = 0;
  for (const link of element.querySelectorAll('a')) linked += textOf(link).length;
  return linked / total;
}

/** Drops whole blocks whose text is a promo line, share prompt, sign-up call or ad label. */
function removePromoBlocks(root: Element): void {
  for (const element of [...root.querySelectorAll(BLOCKS)]) {
    // Inside code, a whitespace-only <span> is the space between two words of the program.
    if (!root.contains(element) || element.closest('pre, code')) continue;
    const text = textOf(element);
    if (!text) {
      if (element.tagName !== 'SPAN' && !element.querySelector('img, picture, video, audio, table, pre, br, hr')) element.remove();
      continue;
    }
    // Template filler that a theme ships and hides with CSS (which a clone cannot see) is never a story.
    if (/^lorem ipsum\b/i.test(text) && !element.querySelector(BLOCKS)) element.remove();
    else if (isPromoLine(text) || (isSignUpParagraph(text) && !element.querySelector(BLOCKS))) {
      if (introducesLinks(text)) removeFollowingLinkLists(root, element);
      element.remove();
    }
  }
}

/** Characters of text in root before the element. */
function textBefore(root: Element, element: Element): number {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (element.contains(node) || (element.compareDocumentPosition(node) & 4) /* FOLLOWING */) break;
    length += (node.nodeValue ?? '').trim().length;
  }
  return length;
}

/**
 * The lists of links that follow a "Related posts" heading, up to the next block that is not mostly links. Only
 * after a story: on a page that is itself a list ("Trending", "More top stories" on a front page) the links are
 * the content, so nothing goes unless the story before the heading outweighs the lists after it.
 */
function removeFollowingLinkLists(root: Element, heading: Element): void {
  const lists: Element[] = [];
  for (let next = heading.nextElementSibling; next; next = next.nextElementSibling) {
    if (!textOf(next) || linkTextShare(next) <= 0.6 || /^H[1-6]$/.test(next.tagName)) break;
    lists.push(next);
  }
  const listLength = lists.reduce((sum, list) => sum + textOf(list).length, 0);
  if (!lists.length || textBefore(root, heading) < Math.max(500, 2 * listLength)) return;
  for (const list of lists) list.remove();
}

/**
 * Buttons that stand alone in their block ("Buy Poster", "Subscribe now", "Add to cart"): calls to action. A link
 * styled as a button inside a sentence stays, as the words of the sentence.
 */
function removeStandaloneButtons(root: Element): void {
  for (const control of [...root.querySelectorAll('a, span, div')]) {
    if (!root.contains(control) || control.closest('pre, code')) continue;
    const isButton = control.getAttribute('role') === 'button' || BUTTON_CLASS.test(control.getAttribute('class') ?? '');
    const text = textOf(control);
    if (!isButton || text.length > 40 || wordCount(text) > 6 || !CALL_TO_ACTION.test(text)) continue;
    // Inside a sentence: the parent holds more words than the button.
    if (!control.parentElement || textOf(control.parentElement) !== text) continue;
    let block = control;
    while (block.parentElement && block.parentElement !== root && textOf(block.parentElement) === text) block = block.parentElement;
    block.remove();
  }
}

/** "A tiny house means living efficiently. Picture: Getty": the caption stays, the credit at its end goes. */
function removeCaptionCredits(root: Element): void {
  for (const caption of root.querySelectorAll('figcaption, [class*="caption"]')) {
    const last = caption.lastChild;
    if (!last || last.nodeType !== 3) continue;
    const value = last.nodeValue ?? '';
    const credit = CAPTION_CREDIT.exec(value);
    // A caption may open with "Photo:" as its label ("Photo: the old lighthouse"); one that is all a bracketed
    // credit, or says "credit", is only the credit.
    if (credit && (credit.index > 0 || /^\s*[(\[]|credit/i.test(credit[0]))) last.nodeValue = value.slice(0, credit.index);
  }
}

/** "…all over again. <a>Read More News at Storify News</a>": the story stays, the trailing promo goes. */
function removeTrailingPromos(root: Element): void {
  for (const paragraph of [...root.querySelectorAll('p, li')]) {
    const last = paragraph.lastElementChild;
    if (!last || (last.nextSibling && (last.nextSibling.textContent ?? '').trim())) continue;
    const text = textOf(last);
    if (text && text.length <= 120 && TRAILING_PROMO.test(text) && text !== textOf(paragraph)) last.remove();
  }
}

/** Sharing bars, sign-up boxes and related-link lists that carry a telling class and are mostly links or short. */
function removeClutterContainers(root: Element): void {
  const callsToAction: Element[] = [];
  const authorBoxes: Element[] = [];
  for (const element of [...root.querySelectorAll(CONTAINERS)]) {
    if (!root.contains(element)) continue;
    const signature = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (CLUTTER_CLASS.test(signature)) {
      if (wordCount(textOf(element)) <= 40 || linkTextShare(element) > 0.5) element.remove();
    } else if (AUTHOR_BOX_CLASS.test(signature) && !element.closest('blockquote, figure')) {
      // The author of a quotation is a word of the story; so is its picture's byline.
      if (wordCount(textOf(element)) <= AUTHOR_BOX_MAX_WORDS) authorBoxes.push(element);
    } else if (DISCLAIMER_CLASS.test(signature)) {
      if (wordCount(textOf(element)) <= DISCLAIMER_MAX_WORDS) element.remove();
    } else if (CALL_TO_ACTION_CLASS.test(signature) && wordCount(textOf(element)) <= 40) {
      callsToAction.push(element);
    }
  }
  const classCounts = new Map<string, number>();
  for (const box of authorBoxes) classCounts.set(box.className, (classCounts.get(box.className) ?? 0) + 1);
  for (const box of authorBoxes) if (classCounts.get(box.className)! <= AUTHOR_BOX_MAX_REPEATS) box.remove();
  // A call to action is one or two short boxes; a page built of many such components (a grid of teaser cards that
  // a site builder names "cta") shows its own content in them.
  const outermost = callsToAction.filter((element) => !callsToAction.some((other) => other !== element && other.contains(element)));
  if (outermost.length <= 3) for (const element of outermost) element.remove();
}

/** The byline's names, normalized: "Maya Green and Owen Hale" -> ["maya green", "owen hale"]. */
function authorNames(byline: string): string[] {
  return byline.split(/,|;|&|\band\b|\bund\b|\bet\b|\by\b/i).map(normalized).filter((name) => name.length > 2);
}

/**
 * A short line that names every author ("By Maya Green and Owen Hale · 1 October 2024"). A sentence that names
 * them is the story's ("Reuters could not verify the video." under a Reuters byline).
 */
function isBylineLine(text: string, raw: string, names: string[]): boolean {
  if (!names.length || wordCount(text) > names.join(' ').split(' ').length + 10) return false;
  if (!names.every((name) => text.includes(name))) return false;
  if (text.startsWith('by ')) return true;
  return text.length <= names.join(' ').length + 40 && !readsAsSentence(raw, names);
}

/** Ends with a full stop (or ! ?) and has words of its own besides the names: "Maya Green." is still a byline. */
function readsAsSentence(raw: string, names: string[]): boolean {
  if (!/[.!?…]["”’)\]]*$/u.test(raw)) return false;
  let rest = normalized(raw);
  for (const name of names) rest = rest.replace(name, ' ');
  return wordCount(rest) >= 3;
}

/** The title, byline and date are shown apart from the story: their repeats at the top of the story go. */
function removeRepeatedHeader(root: Element, title: string | null, byline: string | null): void {
  const wantedTitle = title ? normalized(title) : '';
  const names = byline ? authorNames(byline) : [];
  let checked = 0;
  for (const element of [...root.querySelectorAll('h1, h2, h3, p, div, span, address')]) {
    if (!root.contains(element)) continue;
    const raw = textOf(element);
    const text = normalized(raw);
    if (!text) continue;
    if (checked++ > 12) break;
    if (text.length > 200) continue;
    if ((wantedTitle && text === wantedTitle) || isBylineLine(text, raw, names) || isDateLine(element, text)) element.remove();
  }
}

/** A line that only gives the date ("15 Dec, 2025", "Published <time>…</time>"): shown apart from the story. */
function isDateLine(element: Element, text: string): boolean {
  const time = element.querySelector('time');
  if (!time) return false;
  const date = normalized(textOf(time));
  return Boolean(date) && text.replace(/^(published|posted|updated|last updated|on)( on)? /, '') === date;
}

export interface StoryClutterOptions {
  title: string | null;
  byline: string | null;
}

/** Removes, in place, what Readability let through that is not the story. */
export function removeStoryClutter(root: Element, options: StoryClutterOptions): void {
  removeClutterContainers(root);
  removeStandaloneButtons(root);
  removeCaptionCredits(root);
  removeTrailingPromos(root);
  removePromoBlocks(root);
  removeRepeatedHeader(root, options.title, options.byline);
}
