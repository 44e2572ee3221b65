import { COLON_LABELS, READ_MORE_LINE } from '../phrases';
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
      const label = textOf(line);
      // "Also read:" in <strong> with the linked title beside it: take the short line that holds both.
      const parent = line.parentElement;
      const isLink = line.closest('a') !== null || line.getElementsByTagName('a').length > 0;
      const parentText = parent ? textOf(parent) : '';
      // A bare label ("Related", no colon in it) is a line's only with its colon just after it.
      const needsColon = !label.includes(':') && COLON_LABELS.includes(label.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').toLowerCase());
      if (!isLink && parent && parent.tagName !== 'BODY' && parentText.length <= MAX_LINE_CHARS && parentText.startsWith(label) && parent.getElementsByTagName('a').length > 0) {
        if (needsColon && !/^\s*:/.test(parentText.slice(label.length))) continue;
        line = parent;
      } else if (needsColon) continue;
      if (line.getElementsByTagName('a').length === 0 && !line.closest('a')) continue;
      if (!guard.holdsStory(line)) found.push(line);
    }
    return found;
  },
};
