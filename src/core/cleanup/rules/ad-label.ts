import type { CleanupRule } from '../rule';
import { AD_LABEL } from '../phrases';
import { phraseElements, widenToWrapper } from '../text-match';

/** "Advertisement", "Article continues below", "Anzeige": ad labels left standing in the story once the ad is gone. */
export const adLabel: CleanupRule = {
  id: 'ad-label',
  find(_doc, guard, scan) {
    const found: Element[] = [];
    for (const match of phraseElements(scan, AD_LABEL)) {
      if (match.closest('a, button')) continue;
      const label = widenToWrapper(match);
      if (label.getElementsByTagName('a').length === 0 && !guard.holdsStory(label)) found.push(label);
    }
    return found;
  },
};
