import type { CleanupRule } from '../rule';
import { phraseElements, widenToWrapper } from '../text-match';

const AD_LABEL = /^[^\p{L}\p{N}]*(?:advertisement|advertising|ad|ads|sponsored|(?:article|story) continues (?:below|after (?:this )?(?:ad|advertisement))|anzeige|werbung|publicité|publicidad|annonce)[^\p{L}\p{N}]*$/iu;

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
