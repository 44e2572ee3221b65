import { firstWordOf } from '../phrase-table';
import { POSTER_STAT } from '../phrases';
import type { CleanupRule } from '../rule';
import { ancestorWhere } from '../scan';
import { textOf } from '../story';
import { isNavigation, phraseElements, widenToWrapper } from '../text-match';

/** A poster's numbers: a few labels and values. */
const MAX_STATS_CHARS = 250;
/** One label is a word ("Posts" over a blog's list); two different ones side by side are a poster's card. */
const MIN_LABELS = 2;
/** Labels that a profile in a story has too. */
const PERSONAL_LABELS = new Set(['age', 'location', 'wohnort']);

/**
 * A forum poster's numbers beside each post: "Joined Feb 1, 2010", "Messages 4,112", "Reaction score 2,345",
 * "Join Date: Aug 2008 · Posts: 1,077" (wcxb-dev 0515, 0518, 0524, 0527, 0558). The smallest block holding two
 * different such labels goes; the poster's name and the post stay.
 */
export const posterStats: CleanupRule = {
  id: 'poster-stats',
  find(_doc, guard, scan) {
    const labels = phraseElements(scan, POSTER_STAT).filter((label) => !ancestorWhere(label, isNavigation));
    if (labels.length < MIN_LABELS) return [];
    const found: Element[] = [];
    for (const label of labels) {
      if (found.some((block) => block.contains(label))) continue;
      for (let block = label.parentElement; block && block.tagName !== 'BODY' && textOf(block).length <= MAX_STATS_CHARS; block = block.parentElement) {
        const kinds = new Set<string | undefined>();
        for (const other of labels) if (block.contains(other)) kinds.add(firstWordOf(textOf(other)));
        if (kinds.size < MIN_LABELS) continue;
        const stats = widenToWrapper(block);
        // "Age: 52 · Location: Eastside" among the story's paragraphs is a profile of someone in the story; a
        // poster's card says what only a forum counts.
        const forumOnly = [...kinds].some((kind) => !PERSONAL_LABELS.has(kind ?? ''));
        if (!guard.holdsStory(stats) && (forumOnly || !guard.amidStory(stats))) found.push(stats);
        break;
      }
    }
    return found;
  },
};
