import { foldAccents } from '../phrase-table';
import { COLON_LABELS, PROMO_HEADING, READ_MORE_LINE } from '../phrases';
import type { CleanupRule, PageScan } from '../rule';
import { textOf } from '../story';
import { blockAround, linkedChars, phraseElements, widenToWrapper } from '../text-match';

/** A "Read more: <title>" line is short; a longer block around the label is story text and stays. */
const MAX_LINE_CHARS = 160;

/**
 * After a label without a colon a line is the linked title and little else: "<b>See also</b> the council's
 * <a>earlier vote</a>, which set off the same fight in 2022." is a sentence of the story.
 */
const MIN_LINKED_SHARE = 0.7;

/**
 * The label's text nodes: those that match a line's words, and the heading-like "Read More News at" before a link
 * to the site (the seed page's footer line), whose words are a line's only with the link.
 */
function labels(scan: PageScan): Element[] {
  const found = phraseElements(scan, READ_MORE_LINE);
  for (const match of phraseElements(scan, PROMO_HEADING)) {
    if (!found.includes(match) && READ_MORE_LINE.test(textOf(blockAround(match)))) found.push(match);
  }
  return found;
}

/**
 * After a colon the label announces its link when the link comes first ("Related: <a>…</a>"), or when the whole line
 * is set off in bold, the site's plug ("<b>Related: Our free</b> <a><b>weekly newsletter</b></a> <b>alerts you to …</b>",
 * wcxb-dev 0174). A sentence in the story's plain text after it ("Mehr zum Thema: Der Minister sagte, dass
 * <a>die Beiträge</a> steigen …") is the story's, unless its links are most of it.
 */
function linkFollowsColon(line: Element): boolean {
  const walker = line.ownerDocument.createTreeWalker(line, 4 /* NodeFilter.SHOW_TEXT */);
  let afterColon = false;
  let first = true;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let text = node.nodeValue ?? '';
    if (!afterColon) {
      const colon = text.indexOf(':');
      if (colon < 0) continue;
      afterColon = true;
      text = text.slice(colon + 1);
    }
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    const holder = node.parentElement;
    if (first && holder?.closest('a')) return true;
    first = false;
    if (!holder?.closest('b, strong, a')) return false;
  }
  return true;
}

/** Characters of the line after its first colon. */
const charsAfterColon = (line: Element) => textOf(line).replace(/^[^:]*:[\s|–—-]*/, '').length;

/** "Read More News at …", "Also read: …", "Lesen Sie auch: …": the line goes, never the paragraph around it. */
export const readMoreLine: CleanupRule = {
  id: 'read-more-line',
  find(_doc, guard, scan) {
    const found: Element[] = [];
    for (const match of labels(scan)) {
      let line = widenToWrapper(match);
      const label = textOf(line);
      // "Also read:" in <strong> with the linked title beside it: take the short line that holds both.
      const parent = line.parentElement;
      const isLink = line.closest('a') !== null || line.getElementsByTagName('a').length > 0;
      const parentText = parent ? textOf(parent) : '';
      // A bare label ("Related", no colon in it) is a line's only with its colon just after it.
      const bare = foldAccents(label.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').toLowerCase());
      const needsColon = !label.includes(':') && COLON_LABELS.some((colonLabel) => foldAccents(colonLabel) === bare);
      if (!isLink && parent && parent.tagName !== 'BODY' && parentText.length <= MAX_LINE_CHARS && parentText.startsWith(label) && parent.getElementsByTagName('a').length > 0) {
        const rest = parentText.slice(label.length);
        if (needsColon && !/^\s*:/.test(rest)) continue;
        const hasColon = label.includes(':') || /^\s*:/.test(rest);
        if (!(hasColon && linkFollowsColon(parent)) && linkedChars(parent) < rest.replace(/^[\s:|–—-]+/, '').length * MIN_LINKED_SHARE) continue;
        line = parent;
      } else if (needsColon) continue;
      else if (textOf(line).includes(':') && !linkFollowsColon(line) && linkedChars(line) < charsAfterColon(line) * MIN_LINKED_SHARE) continue;
      if (line.getElementsByTagName('a').length === 0 && !line.closest('a')) continue;
      if (!guard.holdsStory(line)) found.push(line);
    }
    return found;
  },
};
