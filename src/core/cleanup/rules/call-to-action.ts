import type { CleanupRule } from '../rule';
import { holdsTag, wordPattern } from '../scan';
import { textOf } from '../story';
import { structuralRule } from '../structural';

/** Three or more boxes of one name side by side are a grid of cards: a site builder's "cta" components holding a page's content. */
function isOneOfAGrid(element: Element): boolean {
  let alike = 0;
  for (const sibling of element.parentElement?.children ?? []) if (sibling !== element && sibling.className === element.className) alike++;
  return alike >= 2;
}

/** A paragraph this long is prose (as the story guard counts it). */
const PROSE_PARAGRAPH_CHARS = 40;
/** Boxes are a detour from the page only beside this many times their text in prose of its own. */
const MIN_PROSE_PER_BOX_CHAR = 3;

/**
 * True when the page says more than its boxes: its long paragraphs outside them outweigh their text. A
 * coupons or pricing page whose offers sit in "cta" boxes has little else (wcxb-dev 0338, 0702): there the
 * boxes are the page.
 */
function isBesideProse(doc: Document, boxes: Element[]): boolean {
  const outermost = boxes.filter((box) => !boxes.some((other) => other !== box && other.contains(box)));
  const boxChars = outermost.reduce((sum, box) => sum + textOf(box).length, 0);
  let prose = 0;
  for (const paragraph of doc.getElementsByTagName('p')) {
    if (outermost.some((box) => box.contains(paragraph))) continue;
    const chars = textOf(paragraph).length;
    if (chars >= PROSE_PARAGRAPH_CHARS) prose += chars;
    if (prose >= boxChars * MIN_PROSE_PER_BOX_CHAR) return true;
  }
  return false;
}

const ctaBoxes = structuralRule({
  id: 'call-to-action',
  signature: wordPattern('cta|ctas|cta-?(?:box|banner|block|section|wrap|wrapper|container)|call-?to-?action|calltoaction|promo-?(?:box|banner|block)'),
  accept: (element) => holdsTag(element, 'a', 'button') && !isOneOfAGrid(element),
  maxChars: 600,
});

/**
 * Call-to-action boxes: "Get a free quote", "Book your demo", "Build your dream workspace" with a button
 * (wcxb-dev 1974, 4524, 0206), beside a page's prose. A box of that name with no link or button is text, and stays.
 */
export const callToAction: CleanupRule = {
  id: ctaBoxes.id,
  words: ctaBoxes.words,
  find(doc, guard, scan) {
    const boxes = ctaBoxes.find(doc, guard, scan) as Element[];
    return boxes.length && isBesideProse(doc, boxes) ? boxes : [];
  },
};
