import { LOADING_NOTE } from '../phrases';
import type { CleanupRule } from '../rule';
import { phraseElements, widenToWrapper } from '../text-match';

/**
 * "Loading…", "Loading posts": what a widget shows until its script has run, and all it shows when the script
 * never runs (wcxb-dev 0066, 0265, 0653, 4555). It says nothing to a reader; the line goes.
 */
export const loadingNote: CleanupRule = {
  id: 'loading-note',
  find(_doc, guard, scan) {
    const found: Element[] = [];
    for (const match of phraseElements(scan, LOADING_NOTE)) {
      const note = widenToWrapper(match);
      if (!found.includes(note) && !guard.holdsStory(note)) found.push(note);
    }
    return found;
  },
};
