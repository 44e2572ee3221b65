import { READING_TIME } from '../phrases';
import type { CleanupRule } from '../rule';
import { textOf } from '../story';
import { phraseLines } from '../text-match';

/** A line of the story's facts (date, author, reading time) is short; a longer one is text. */
const MAX_META_LINE_CHARS = 100;

/**
 * "11 min read" in a line of facts beside the date and the byline, which stay; not "a <b>5 min read</b>" in a
 * paragraph of the story.
 */
const inMetaLine = (match: Element, line: Element) => line.tagName !== 'P' && match !== line && textOf(line).length <= MAX_META_LINE_CHARS;

/**
 * The page's own "11 min read" above the story (wcxb-dev 0108, 0344, 0449, 0482, 4034: each marked clutter, and no
 * page marks one as the story's). The reader's own estimate is in the popup. Only the estimate goes, with a wrapper
 * that holds nothing else.
 */
export const readingTime: CleanupRule = {
  id: 'reading-time',
  find(_doc, guard, scan) {
    return phraseLines(scan, READING_TIME, (line) => !guard.holdsStory(line), inMetaLine);
  },
};
