import { SITE_NOTICE } from '../phrases';
import type { CleanupRule, StoryGuard } from '../rule';
import { textOf } from '../story';
import { inSentence, phraseLines } from '../text-match';

/** A notice is one line; a longer block that starts with the words is the page's own text about them. */
const MAX_NOTICE_CHARS = 160;

/** A section heading on the same subject: the notice is the product's own shipping details, under "Shipping & Returns". */
const SHIPPING_HEADING = /shipping|returns|delivery|versand|livraison|envío|envio/i;
const MAX_HEADING_CHARS = 40;

/**
 * The product's own terms, not the site's: words in a sentence ("Sign in to enjoy <b>free standard shipping</b>"),
 * a line in the buy box's form, or the answer under a shipping heading (wcxb-dev 0586, 0629: each a `with`
 * snippet). A line beside the buy button is left to the rule: wcxb-dev marks it `without` on one shop (0580) and
 * `with` on another (3039).
 */
function isProductDetail(notice: Element): boolean {
  if (inSentence(notice) || notice.closest('form, fieldset')) return true;
  for (let node: Element | null = notice, level = 0; node && level < 3; node = node.parentElement, level++) {
    const label = node.previousElementSibling;
    if (!label) continue;
    const text = textOf(label);
    // Not a notice itself: "Free shipping" above "Free returns" is a list of the shop's promises.
    if (text.length <= MAX_HEADING_CHARS && SHIPPING_HEADING.test(text) && !SITE_NOTICE.test(text)) return true;
  }
  return false;
}

/** A sentence this long that starts like a notice is a story's ("You must register to vote by October 8 in most counties, …"). */
const MIN_SENTENCE_WORDS = 10;

/**
 * A subheading or a whole sentence among the story's paragraphs: the story's own, whatever its first words. A short
 * line there ("Free Shipping & Returns" beside a product's description) is still the shop's.
 */
function isStoryLine(notice: Element, guard: StoryGuard): boolean {
  if (!guard.amidStory(notice)) return false;
  if (/^H[1-6]$/.test(notice.tagName)) return true;
  const text = textOf(notice);
  return /[.!?]["”’)]?$/.test(text) && text.split(' ').length >= MIN_SENTENCE_WORDS;
}

/**
 * What a site says on every page rather than on this one: a shop's promises ("Free shipping on orders over $75",
 * "Returns & exchanges accepted", "Pick up in store"), a forum's word to guests ("You must log in or register to
 * reply here."), a listing's count ("Showing 24 of 291 results"). wcxb-dev: about 40 such `without` lines were still
 * visible, nearly all on shops and forums, where no block around them is named or placed as clutter. Only the line
 * goes, with a wrapper that holds nothing else.
 */
export const siteNotice: CleanupRule = {
  id: 'site-notice',
  find(_doc, guard, scan) {
    return phraseLines(scan, SITE_NOTICE, (notice) => textOf(notice).length <= MAX_NOTICE_CHARS && !isProductDetail(notice) && !isStoryLine(notice, guard) && !guard.holdsStory(notice));
  },
};
