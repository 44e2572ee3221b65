import type { CleanupRule } from '../rule';
import { AD_LABEL } from '../phrases';
import { inSentence, phraseElements, widenToWrapper } from '../text-match';

/** A heading or a list item among the story's paragraphs is the story's own word for its subject. */
const STORY_LINES = /^(H[1-6]|LI|DT|DD)$/;

/**
 * "Advertisement", "Article continues below", "Anzeige": ad labels left standing in the story once the ad is gone.
 * Not a word of a sentence ("…comes from <em>advertising</em>, and…"), nor a table's cell, nor a heading or an item
 * among the story's paragraphs.
 */
export const adLabel: CleanupRule = {
  id: 'ad-label',
  find(_doc, guard, scan) {
    const found: Element[] = [];
    for (const match of phraseElements(scan, AD_LABEL)) {
      if (match.closest('a, button')) continue;
      const label = widenToWrapper(match);
      if (inSentence(label) || label.closest('td, th') || (STORY_LINES.test(label.tagName) && guard.amidStory(label))) continue;
      if (label.getElementsByTagName('a').length === 0 && !guard.holdsStory(label)) found.push(label);
    }
    return found;
  },
};
