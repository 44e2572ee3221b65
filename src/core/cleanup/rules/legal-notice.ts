import { LEGAL_LINK } from '../phrases';
import type { CleanupRule } from '../rule';
import { textOf } from '../story';
import { inSentence, phraseLinks, widenToWrapper } from '../text-match';

/** A copyright line is short; longer text that starts with one is a licence or a story's own notice. */
const MAX_LINE_CHARS = 120;
/** "© 2025 WFA. All Rights Reserved", "Copyright © Capital Electric Education 2025": a year or the reservation. */
const COPYRIGHT_LINE = /^(?:©|\(c\)|copyright\b)(?=.*(?:\b(?:19|20)\d\d\b|all rights reserved))/i;
/** Where a credit belongs to a picture, it is the picture's caption. */
const CREDIT_PLACES = 'figure, figcaption, picture';

function isCopyrightLine(element: Element, text: string): boolean {
  if (!COPYRIGHT_LINE.test(text) || element.closest(CREDIT_PLACES) || inSentence(element)) return false;
  return textOf(element).length <= MAX_LINE_CHARS;
}

/**
 * A site's legal furniture: links to its privacy, terms, cookie and accessibility pages, whole, and its copyright
 * line (wcxb-dev: 54 such `without` snippets were still visible, most in footers no other rule took). A credit
 * under a picture stays, and so do the same words in a sentence.
 */
export const legalNotice: CleanupRule = {
  id: 'legal-notice',
  find(_doc, guard, scan) {
    const found = phraseLinks(scan, LEGAL_LINK);
    for (const { element, text } of scan.texts) {
      if (!isCopyrightLine(element, text)) continue;
      const line = widenToWrapper(element);
      if (!found.includes(line)) found.push(line);
    }
    return found.filter((block) => !guard.holdsStory(block));
  },
};
