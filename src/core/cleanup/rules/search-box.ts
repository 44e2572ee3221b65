import type { CleanupRule } from '../rule';
import { tagged } from '../scan';
import { textOf } from '../story';
import { widenToWrapper } from '../text-match';

/** Where a search box is declared as one, or a form that may be one. */
const CANDIDATES = '[role="search" i], search, form';
/** A query field: typed as search, or named as search engines and site builders name it. */
const QUERY_FIELD = 'input[type="search" i], input[name="q" i], input[name="s" i], input[name="query" i], input[name="search" i], input[name="keys" i], input[name="keyword" i], input[name="keywords" i], input[placeholder*="search" i], input[aria-label*="search" i]';
/** A form that asks for more than a query (a comment, a log-in, a sign-up) is some other form. */
const OTHER_FIELDS = 'textarea, input[type="password" i], input[type="email" i], select';
/** A search box is a field, a button and a label or two; more text than this is a search page's own content. */
const MAX_BOX_CHARS = 200;
/** A label beside the box ("Search for:", "Search forums") goes with it. */
const LABEL_SLACK = 40;

function isSearchBox(element: Element): boolean {
  if (element.tagName === 'FORM' && element.getAttribute('role')?.toLowerCase() !== 'search' && !element.querySelector(QUERY_FIELD)) return false;
  return !element.querySelector(OTHER_FIELDS) && textOf(element).length <= MAX_BOX_CHARS;
}

/**
 * A site's search box: "Search", "Search forums", "Quick search", "Search in PMC" (wcxb-dev: 26 such `without`
 * snippets were still visible). Reader mode is for reading the page, not for leaving it; a search inside the
 * story stays.
 */
export const searchBox: CleanupRule = {
  id: 'search-box',
  find(_doc, guard, scan) {
    const found: Element[] = [];
    for (const candidate of tagged(scan, CANDIDATES)) {
      if (!isSearchBox(candidate) || found.some((box) => box.contains(candidate))) continue;
      const box = widenToWrapper(candidate, LABEL_SLACK);
      // A search inside the story is the story's own tool (a timetable, a database the story is about).
      if (!found.includes(box) && !guard.story.root?.contains(box) && !guard.holdsStory(box)) found.push(box);
    }
    return found;
  },
};
