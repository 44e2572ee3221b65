import { PAGE_FEEDBACK } from '../phrases';
import type { CleanupRule } from '../rule';
import { ancestorWhere } from '../scan';
import { holdsActionBesides, isNavigation, phraseElements, phraseLinks, widenToWrapper, widenUpTo } from '../text-match';

/** "Was this page helpful?" with its two buttons, or a star rating, and the thanks shown after (wcxb-dev 2866): a question and a row of answers. */
const MAX_BOX_CHARS = 300;
const ANSWER = 'button, a[href], input:not([type="hidden" i]), [role="button"], [role="radio"]';

/**
 * A page's questions and tools about itself: "Was this page helpful?", "Edit this page", "Submit correction",
 * "Report this article", "Help improve MDN" (wcxb-dev 0498, 0675, 2853, 2863, 2866). Links and buttons go
 * whole; a question goes with its answers, or alone where it stands outside the story.
 */
export const pageFeedback: CleanupRule = {
  id: 'page-feedback',
  find(_doc, guard, scan) {
    const found = phraseLinks(scan, PAGE_FEEDBACK);
    const root = guard.story.root;
    for (const match of phraseElements(scan, PAGE_FEEDBACK)) {
      if (ancestorWhere(match, isNavigation)) continue;
      const answered = widenUpTo(match, MAX_BOX_CHARS);
      const box = holdsActionBesides(answered, match, ANSWER) ? answered : root && root.contains(match) ? null : widenToWrapper(match);
      if (box && !found.some((block) => block.contains(box))) found.push(box);
    }
    return found.filter((block) => !guard.holdsStory(block));
  },
};
