import { AFFILIATE_NOTE } from '../phrases';
import type { CleanupRule } from '../rule';
import { textOf } from '../story';
import { blockAround, phraseElements, widenToWrapper } from '../text-match';

/** A note of two or three sentences; a longer block that starts with the words is an essay on them. */
const MAX_NOTE_CHARS = 400;

/**
 * What a note on the site's earnings talks of. A line of the story's own flow that starts like a note ("Our team
 * independently verified the videos", "We receive compensation from the state, the superintendent said") is the
 * story unless it says this.
 */
const EARNINGS_WORDS = /link|affiliat|commission|purchas|\bbuy|earn|product|review|recommend|reader|advertis|disclos|provision|lien|enlace|comisi/i;

/**
 * A publisher's note on how it earns from the links in its pages: "We may earn commission from links on this
 * page", "Products are chosen independently by our editors", "As an Amazon Associate we earn from qualifying
 * purchases" (wcxb-dev 0004, 0010, 0270, 0461). Above or below the story, or as its first line: the page's
 * business, not the story. The line goes, with a wrapper that holds nothing else.
 */
export const affiliateNote: CleanupRule = {
  id: 'affiliate-note',
  find(_doc, guard, scan) {
    const found: Element[] = [];
    for (const match of phraseElements(scan, AFFILIATE_NOTE)) {
      const note = widenToWrapper(blockAround(match));
      const text = textOf(note);
      if (text.length > MAX_NOTE_CHARS || guard.holdsStory(note) || (guard.amidStory(note) && !EARNINGS_WORDS.test(text))) continue;
      if (!found.some((block) => block.contains(note))) found.push(note);
    }
    return found;
  },
};
