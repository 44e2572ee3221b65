/** Finding the elements whose own short text matches a phrase, for the text-matched rules. */
import type { PhraseTable } from './phrase-table';
import type { PageScan } from './rule';
import { INLINE_TAGS } from './scan';
import { textOf } from './story';

/** The elements holding a short text that, normalized, the pattern matches. */
export function phraseElements(scan: PageScan, pattern: PhraseTable): Element[] {
  const found: Element[] = [];
  for (const { element, text, firstWord } of scan.texts) {
    if (!pattern.test(text, firstWord) || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TITLE|OPTION)$/.test(element.tagName)) continue;
    if (!found.includes(element)) found.push(element);
  }
  return found;
}

/** The block a text runs in: its nearest ancestor (below <body>), or itself, that is not inline. */
export function blockAround(element: Element): Element {
  let block = element;
  while (block.parentElement && INLINE_TAGS.test(block.tagName) && block.parentElement.tagName !== 'BODY') block = block.parentElement;
  return block;
}

/** Characters of the element's text inside links. */
export function linkedChars(element: Element): number {
  let chars = 0;
  for (const link of element.getElementsByTagName('a')) chars += textOf(link).length;
  return chars;
}

/** The outermost ancestor (below <body>), or the element itself, whose text is at most `maxChars` characters. */
export function widenUpTo(element: Element, maxChars: number): Element {
  let current = element;
  while (current.parentElement && current.parentElement.tagName !== 'BODY' && textOf(current.parentElement).length <= maxChars) {
    current = current.parentElement;
  }
  return current;
}

/** The outermost ancestor (below <body>) whose text is still only this element's text, give or take `slack` characters. */
export function widenToWrapper(element: Element, slack = 2): Element {
  return widenUpTo(element, textOf(element).length + slack);
}

/** True when the box holds something to act on (`actions`, a selector) besides the heading it was widened from. */
export function holdsActionBesides(box: Element, heading: Element, actions: string): boolean {
  for (const action of box.querySelectorAll(actions)) if (!heading.contains(action)) return true;
  return false;
}

/** A link, a button, a form label or a menu: a phrase there names where it leads, not the block it sits in. */
export const isNavigation = (node: Element) => /^(A|BUTTON|OPTION|LABEL|NAV)$/.test(node.tagName) || node.getAttribute('role') === 'navigation';

/** A link or a button: what the reader acts on, as opposed to a heading or a line of text with the same words. */
const isAction = (element: Element) =>
  element.tagName === 'A' || element.tagName === 'BUTTON' || element.getAttribute('role') === 'button' || BUTTON_CLASS.test(element.getAttribute('class') ?? '') || isToggleLabel(element);

/** A span or div drawn as a button, its click handled by script (wcxb-dev 1442: Google's "<span class=button>Sign in</span>"). */
const BUTTON_CLASS = /(?:^|\s)(?:button|btn)(?=$|\s)/i;

/** A label that opens a menu by ticking its checkbox: a button drawn without script (wcxb-dev 2879: Wikipedia's "10 languages"). */
function isToggleLabel(element: Element): boolean {
  if (element.tagName !== 'LABEL') return false;
  const target = element.getAttribute('for');
  const input = target ? element.ownerDocument.getElementById(target) : element.querySelector('input');
  return input?.getAttribute('type') === 'checkbox';
}

/** The phrase's text node sits at most this deep in its link ("<a><span><svg/>Log in</span></a>"). */
const MAX_LINK_DEPTH = 3;

/** "Please <a>contact us</a> with tips": a link among words of its parent is part of a sentence. */
export function inSentence(element: Element): boolean {
  for (const node of element.parentElement?.childNodes ?? []) if (node.nodeType === 3 && /\p{L}/u.test(node.nodeValue ?? '')) return true;
  return false;
}

/**
 * What a button holds besides its words: the words again for screen readers, a spinner's "Loading…" (wcxb-dev 0604,
 * 0621). Not a price ("Add to cart – $29.95"): on a shop's page that is the product's.
 */
const ACTION_EXTRAS = /loading(?:\.\.\.|…)?|[\s|·:–-]+/g;

/** True when the link or button says the phrase and nothing else. */
function holdsOnlyPhrase(action: Element, match: Element): boolean {
  const phrase = textOf(match).toLowerCase();
  const text = textOf(action).toLowerCase();
  return text.length <= phrase.length + 2 || text.split(phrase).join(' ').replace(ACTION_EXTRAS, '') === '';
}

/** Besides its label, a drop-down's wrapper may show the choice made ("Sort by: <span>Featured items</span>"). */
const MAX_SHOWN_CHOICE_CHARS = 40;

/**
 * "<label>Sort by:</label> <select>…</select>", or the drop-down inside its label ("<label>Jump to <select>…"): the
 * label and its drop-down, in the wrapper that holds both and nothing else (wcxb-dev 0541, 0641, 4061).
 */
function labelledSelect(match: Element): Element | null {
  const label = match.tagName === 'LABEL' ? match : match.parentElement?.tagName === 'LABEL' ? match.parentElement : null;
  if (!label) return null;
  const box = label.getElementsByTagName('select').length ? label : label.parentElement;
  if (!box || box.tagName === 'BODY') return null;
  const selects = box.getElementsByTagName('select');
  if (selects.length !== 1) return null;
  const besides = textOf(box).length - textOf(selects[0]).length;
  return besides <= textOf(match).length + MAX_SHOWN_CHOICE_CHARS ? widenToWrapper(box) : null;
}

/**
 * The links and buttons whose whole text is one of the phrases, each widened to a wrapper that holds nothing
 * else; not one inside a sentence. A label of a drop-down goes with it.
 */
export function phraseLinks(scan: PageScan, pattern: PhraseTable, matches = phraseElements(scan, pattern)): Element[] {
  const found: Element[] = [];
  for (const match of matches) {
    let action: Element | null = match;
    for (let depth = 0; action && !isAction(action); depth++) action = depth < MAX_LINK_DEPTH ? action.parentElement : null;
    // The link says the phrase and nothing else, or its whole text is a phrase too ("Existing user? Sign in").
    const saysPhrase = (link: Element) => holdsOnlyPhrase(link, match) || pattern.test(textOf(link));
    const block = action ? (!inSentence(action) && saysPhrase(action) ? widenToWrapper(action) : null) : labelledSelect(match);
    if (block && !found.includes(block)) found.push(block);
  }
  return found;
}

/**
 * The lines whose whole text is one of the phrases, each widened to a wrapper that holds nothing else, and kept
 * when `accept` says so. The whole line is tested, not the text node: "<p><b>Free shipping</b> on orders over $75</p>"
 * is a notice, "Every order comes with <b>free returns</b> and a warranty." is not. Where `standsAlone` says so, the
 * phrase's own element goes without its line (a reading time between a date and a byline).
 */
export function phraseLines(scan: PageScan, pattern: PhraseTable, accept: (line: Element) => boolean, standsAlone?: (match: Element, line: Element) => boolean): Element[] {
  const found: Element[] = [];
  for (const match of phraseElements(scan, pattern)) {
    const line = blockAround(match);
    const phrase = pattern.test(textOf(line)) ? line : standsAlone?.(match, line) ? match : null;
    if (!phrase) continue;
    // Not up to a wrapper whose only words are the line's but that holds a picture: "Coming soon!" on a product's photo.
    const wrapper = widenToWrapper(phrase);
    const block = holdsMedia(wrapper) && !holdsMedia(phrase) ? phrase : wrapper;
    if (accept(block) && !found.some((other) => other.contains(block))) found.push(block);
  }
  return found;
}

const holdsMedia = (element: Element) => element.getElementsByTagName('img').length + element.getElementsByTagName('picture').length + element.getElementsByTagName('video').length > 0;
