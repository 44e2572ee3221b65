import { holdsTag, wordPattern } from '../scan';
import { structuralRule } from '../structural';

/** Three or more boxes of one name side by side are a grid of cards: a site builder's "cta" components holding a page's content. */
function isOneOfAGrid(element: Element): boolean {
  let alike = 0;
  for (const sibling of element.parentElement?.children ?? []) if (sibling !== element && sibling.className === element.className) alike++;
  return alike >= 2;
}

/**
 * Call-to-action boxes: "Get a free quote", "Book your demo", "Build your dream workspace" with a button
 * (wcxb-dev 1974, 4524, 0206). A box of that name with no link or button is text, and stays.
 */
export const callToAction = structuralRule({
  id: 'call-to-action',
  signature: wordPattern('cta|ctas|cta-?(?:box|banner|block|section|wrap|wrapper|container)|call-?to-?action|calltoaction|promo-?(?:box|banner|block)'),
  accept: (element) => holdsTag(element, 'a', 'button') && !isOneOfAGrid(element),
  maxChars: 600,
});
