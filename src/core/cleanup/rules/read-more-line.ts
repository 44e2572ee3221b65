import { READ_MORE_LINE } from '../phrases';
import type { CleanupRule } from '../rule';
import { textOf } from '../story';
import { phraseElements, widenToWrapper } from '../text-match';

/** A "Read more: <title>" line is short; a longer block around the label is story text and stays. */
const MAX_LINE_CHARS = 160;

/** "Read More News at …", "Also read: …", "Lesen Sie auch: …": the line goes, never the paragraph around it. */
export const readMoreLine: CleanupRule = {
  id: 'read-more-line',
  find(_doc, guard, scan) {
    const found: Element[] = [];
    for (const match of phraseElements(scan, READ_MORE_LINE)) {
      let line = widenToWrapper(match);
      // "Also read:" in <strong> with the linked title beside it: take the short line that holds both.
      const parent = line.parentElement;
      const isLink = line.closest('a') !== null || line.getElementsByTagName('a').length > 0;
      if (!isLink && parent && parent.tagName !== 'BODY' && textOf(parent).length <= MAX_LINE_CHARS && textOf(parent).startsWith(textOf(line)) && parent.getElementsByTagName('a').length > 0) line = parent;
      if (line.getElementsByTagName('a').length === 0 && !line.closest('a')) continue;
      if (!guard.holdsStory(line)) found.push(line);
    }
    return found;
  },
};
