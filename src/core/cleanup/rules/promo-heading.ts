import { PROMO_HEADING } from '../phrases';
import type { CleanupRule, StoryGuard } from '../rule';
import { ancestorWhere } from '../scan';
import { textOf } from '../story';
import { isNavigation, linkedChars, phraseElements, widenToWrapper } from '../text-match';

const HEADING_LIKE = /^(H[1-6]|HEADER)$/;
const MAX_REPEATS = 3;

const isMarkedHidden = (node: Element) => node.hasAttribute('hidden') || /display\s*:\s*none/i.test(node.getAttribute('style') ?? '');

function linkCount(element: Element): number {
  return element.getElementsByTagName('a').length;
}

function isLinkList(element: Element): boolean {
  const text = textOf(element).length;
  if (text === 0) return element.getElementsByTagName('img').length > 0 || element.getElementsByTagName('iframe').length > 0;
  return linkCount(element) >= 1 && linkedChars(element) / text >= 0.4;
}

/**
 * Among the story's own paragraphs a heading may start a part of the story ("More from the interview", a bold
 * "More on the tax question:" lead-in) whose sentences hold a link or two; a promo block there is a list of links
 * and little else. The share of the block's text, the heading's aside, that is links.
 */
const IN_STORY_LINK_SHARE = 0.7;

function isMostlyLinks(block: Element, title: Element): boolean {
  const inside = block.contains(title);
  const text = textOf(block).length - (inside ? textOf(title).length : 0);
  const linked = linkedChars(block) - (inside ? linkedChars(title) : 0);
  return text <= 0 || linked / text >= IN_STORY_LINK_SHARE || isListOfLinks(block);
}

/** A list whose every item holds a link: linked titles, each perhaps with a line about it (wcxb-dev 4584). */
function isListOfLinks(block: Element): boolean {
  const items = block.getElementsByTagName('li');
  if (items.length < 2) return false;
  for (const item of items) if (item.getElementsByTagName('a').length === 0) return false;
  return true;
}

/** When the heading shares its parent with the story: the heading and the link lists right after it. */
function headingAndFollowingLists(title: Element, guard: StoryGuard): Element[] {
  const lists: Element[] = [];
  for (let next = title.nextElementSibling; next; next = next.nextElementSibling) {
    if (HEADING_LIKE.test(next.tagName) || guard.holdsStory(next) || !isLinkList(next)) break;
    lists.push(next);
  }
  return lists.length ? [title, ...lists] : [];
}

/**
 * A heading heads what follows it. A parent holding more before the heading than after it is not the
 * heading's block (wcxb-dev 2927: "Recommended for you" below a shop's product list, in the list's container).
 */
function headsItsParent(title: Element, block: Element): boolean {
  let before = 0;
  let after = 0;
  let seen = false;
  for (const child of block.children) {
    if (child === title) seen = true;
    else if (seen) after += (child.textContent ?? '').length;
    else before += (child.textContent ?? '').length;
  }
  return before <= after;
}

/** The heading (h1-h6) whose whole text is this phrase's link, outside any menu. */
function linkedHeading(match: Element): Element | null {
  const heading = ancestorWhere(match, (node) => /^H[1-6]$/.test(node.tagName));
  if (!heading || ancestorWhere(heading, (node) => node.tagName === 'NAV' || node.getAttribute('role') === 'navigation')) return null;
  const links = heading.getElementsByTagName('a');
  return links.length === 1 && textOf(links[0]) === textOf(heading) && links[0].contains(match) ? heading : null;
}

/** "View all", "See more": what a heading's row may hold besides the heading. */
const MAX_ROW_LINK_CHARS = 25;

/**
 * "<div><h2>Other related articles</h2><a>View all</a></div>" then the cards: the heading's row, not the heading,
 * heads the block (wcxb-dev 0213). A row is the heading and one short link or button beside it.
 */
function headingRow(title: Element): Element {
  const row = title.parentElement;
  if (!row || row.tagName === 'BODY' || row.children.length !== 2) return title;
  const other = row.firstElementChild === title ? row.lastElementChild! : row.firstElementChild!;
  const link = /^(A|BUTTON)$/.test(other.tagName) ? other : other.getElementsByTagName('a')[0];
  const chars = textOf(other).length;
  return link && chars > 0 && chars <= MAX_ROW_LINK_CHARS && textOf(link).length === chars ? row : title;
}

/** The block a heading heads: its parent, widened through wrappers; or, beside the story, the link lists after it. */
function blocksHeadedBy(title: Element, guard: StoryGuard): Element[] {
  let block = title.parentElement;
  if (!block || block.tagName === 'BODY' || guard.holdsStory(block) || linkCount(block) - linkCount(title) < 2 || !headsItsParent(title, block)) {
    return headingAndFollowingLists(title, guard);
  }
  const blockText = textOf(block).length;
  while (block.parentElement && block.parentElement.tagName !== 'BODY' && textOf(block.parentElement).length === blockText && !guard.holdsStory(block.parentElement)) {
    block = block.parentElement;
  }
  return [block];
}

/** A page whose text is mostly links is a listing or a front page: its "Most read" and "More news" lists are its content (wcxb-dev 2961). */
const LISTING_LINK_SHARE = 0.6;

function linkShare(root: Element, textChars: number): number {
  let linked = 0;
  for (const link of root.getElementsByTagName('a')) linked += (link.textContent ?? '').length;
  return textChars > 0 ? linked / textChars : 0;
}

/** "You May Missed it", "Related posts", "Lesen Sie auch", "À lire aussi": the heading and the block it heads. */
export const promoHeading: CleanupRule = {
  id: 'promo-heading',
  find(doc, guard, scan) {
    const found: Element[] = [];
    const matches = phraseElements(scan, PROMO_HEADING);
    if (!matches.length) return found;
    // Only a scan of the whole page knows the page's text; late content is measured against nothing.
    const wholePage = doc.body !== null && scan.roots.includes(doc.body) && scan.textChars > 0;
    if (wholePage && linkShare(doc.body!, scan.textChars) >= LISTING_LINK_SHARE) return found;
    // A heading the reader never sees says nothing about what follows it (wcxb-dev 0543: a forum thread
    // under a hidden "Recommended Posts"). Only a page with layout can tell; without one, the markup's own marks.
    const hasLayout = (doc.body?.getBoundingClientRect().height ?? 0) > 0;
    const isUnseen = (element: Element) => (hasLayout ? element.getClientRects().length === 0 : ancestorWhere(element, isMarkedHidden) !== null);
    // A phrase on many elements is a label of listing items ("Sponsored" on shop cards: wcxb-dev 2923), not a block's heading.
    const seen = new Map<string, number>();
    const key = (element: Element) => (element.textContent ?? '').trim().toLowerCase();
    for (const match of matches) seen.set(key(match), (seen.get(key(match)) ?? 0) + 1);
    for (const match of matches) {
      if ((seen.get(key(match)) ?? 0) >= MAX_REPEATS) continue;
      // A link or a button with that text is navigation, not the heading of a block; unless the link is all of
      // a heading, which links to the section it names (wcxb-dev 2827: "<h4><a>Hot Network Questions</a></h4>").
      const heading = linkedHeading(match);
      if (!heading && ancestorWhere(match, isNavigation)) continue;
      const title = heading ?? widenToWrapper(match);
      if (guard.holdsStory(title) || isUnseen(title)) continue;
      // The heading's row when it heads a block; else the heading alone, with the link beside it.
      const row = headingRow(title);
      const rowBlocks = row === title || guard.holdsStory(row) ? [] : blocksHeadedBy(row, guard);
      const blocks = rowBlocks.length ? rowBlocks : blocksHeadedBy(title, guard);
      if (guard.amidStory(title) && !blocks.every((block) => block === title || isMostlyLinks(block, title))) continue;
      found.push(...blocks);
    }
    return found;
  },
};
