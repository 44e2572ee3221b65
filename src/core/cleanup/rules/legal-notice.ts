import { LEGAL_LINK } from '../phrases';
import type { CleanupRule, StoryGuard } from '../rule';
import { textOf } from '../story';
import { blockAround, inSentence, phraseElements, phraseLinks, widenToWrapper } from '../text-match';

/** A copyright line is short; longer text that starts with one is a licence or a story's own notice. */
const MAX_LINE_CHARS = 120;
/** "© 2025 WFA. All Rights Reserved", "Copyright © Capital Electric Education 2025": a year or the reservation. */
const COPYRIGHT_LINE = /^(?:©|\(c\)|copyright\b)(?=.*(?:\b(?:19|20)\d\d\b|all rights reserved))/i;
/** Where a credit belongs to a picture, it is the picture's caption. */
const CREDIT_PLACES = 'figure, figcaption, picture';

function isCopyrightLine(element: Element, text: string, guard: StoryGuard): boolean {
  if (!COPYRIGHT_LINE.test(text) || element.closest(CREDIT_PLACES) || inSentence(element)) return false;
  // "Copyright in 2024: what changed" heading a part of the story.
  const heading = element.closest('h1, h2, h3, h4, h5, h6');
  if (heading && guard.amidStory(heading)) return false;
  return textOf(element).length <= MAX_LINE_CHARS;
}

/** Fine print is a sentence or two. */
const MAX_FINE_PRINT_CHARS = 400;
/**
 * A form's fine print, by its opening words: "By signing up, you agree to our <a>Privacy Policy</a>", "By posting a
 * comment, you consent to…". A pattern, not a phrase table: it is tested only on the lines around legal links.
 */
const FINE_PRINT = /^(?:by (?:signing up|subscribing|clicking|submitting|posting|providing|continuing|creating|registering|entering|using|checking|joining|signing in|logging in|tapping)|en (?:vous inscrivant|cliquant|soumettant|continuant)|mit (?:der|ihrer) (?:anmeldung|registrierung)|mit dem absenden|al (?:registrarte|suscribirte|hacer clic|enviar))\b/i;

/** The lines of fine print around the legal links in a sentence ("…you agree to our <a>Privacy Policy</a>."). */
function finePrint(links: Element[]): Element[] {
  const found: Element[] = [];
  for (const link of links) {
    const line = blockAround(link);
    const text = textOf(line);
    if (line === link || text.length > MAX_FINE_PRINT_CHARS || !FINE_PRINT.test(text)) continue;
    found.push(widenToWrapper(line));
  }
  return found;
}

/**
 * A site's legal furniture: links to its privacy, terms, cookie and accessibility pages, whole, and its copyright
 * line (wcxb-dev: 54 such `without` snippets were still visible, most in footers no other rule took), and a form's
 * fine print that links to them (wcxb-dev 0461, 1177). A credit under a picture stays, and so do the
 * same words in the story's sentences.
 */
export const legalNotice: CleanupRule = {
  id: 'legal-notice',
  find(_doc, guard, scan) {
    // The legal links' texts are found once, for the links on their own and for the fine print around the others.
    const links = phraseElements(scan, LEGAL_LINK);
    const found = phraseLinks(scan, LEGAL_LINK, links);
    found.push(...finePrint(links));
    for (const { element, text } of scan.texts) {
      if (!isCopyrightLine(element, text, guard)) continue;
      const line = widenToWrapper(element);
      if (!found.includes(line)) found.push(line);
    }
    return found.filter((block) => !guard.holdsStory(block));
  },
};
