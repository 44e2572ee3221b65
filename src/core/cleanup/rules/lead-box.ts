import { LEAD_HEADING } from '../phrases';
import type { CleanupRule } from '../rule';
import { ancestorWhere } from '../scan';
import { textOf } from '../story';
import { holdsActionBesides, isNavigation, phraseElements, widenUpTo } from '../text-match';

/** A sales box is a heading, a line or two, a button or a short form; with its form's labels it can run this long. */
const MAX_BOX_CHARS = 600;
/** A heading is a line: a paragraph that starts with the words runs on into a sales pitch of the story's (wcxb-dev 4051). */
const MAX_HEADING_CHARS = 80;
/** What the box asks the reader to do. */
const LEAD_ACTION = 'a[href], button, input:not([type="hidden" i]), select, textarea, form, iframe';

/**
 * A site's sales box beside the story: "Ready to get started? Contact us today", "Take the next step", "Request
 * a free consultation", each with its button or form (wcxb-dev 0005, 0118, 0158, 0276). The heading names it;
 * the box goes when it holds something to act on and lies outside the story, on a page detection calls an
 * article. Inside the story the same words are the story's ("Ready to plant?" over a gardening step).
 */
export const leadBox: CleanupRule = {
  id: 'lead-box',
  find(_doc, guard, scan) {
    const root = guard.story.root;
    // A service or product page is its sales pitch: there the box is the page's own (wcxb-dev 0194, 4305, 4848).
    if (!root || !guard.isArticle) return [];
    const found: Element[] = [];
    for (const heading of phraseElements(scan, LEAD_HEADING)) {
      // A link with these words is the site's action (see site-action), not a box's heading.
      if (ancestorWhere(heading, isNavigation) || textOf(heading).length > MAX_HEADING_CHARS) continue;
      const box = widenUpTo(heading, MAX_BOX_CHARS);
      if (!holdsActionBesides(box, heading, LEAD_ACTION) || root.contains(box) || box.contains(root) || guard.holdsStory(box)) continue;
      if (!found.some((block) => block.contains(box))) found.push(box);
    }
    return found;
  },
};
