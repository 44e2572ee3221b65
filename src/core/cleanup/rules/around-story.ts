import type { CleanupRule, PageScan, StoryGuard } from '../rule';
import { INLINE_TAGS } from '../scan';
import { textOf } from '../story';

/**
 * On an article, the story sits in a frame of site furniture: logo and account buttons, menus, tag lists,
 * "Back to blog", footers' link columns. The other rules know that furniture by its names and words; this one
 * knows it by where it is and what it is made of, so that unnamed furniture goes too. Walking up from the
 * story, each block beside the way up is hidden when it is links and buttons, or a label too short to be
 * prose, and holds nothing a story is made of: a title, a date, an author link, a figure or a long paragraph.
 *
 * Only where the story was found with some certainty. On a page that detection does not call an article (a
 * documentation page, a forum thread, a service page) only link lists go: there a short text beside the story
 * may be the page's own (a price, a version, a poster's name), and hiding labels too cost `with` snippets on
 * wcxb-dev, while link lists alone cost none in a jsdom study on a third of its pages. Nor a link list longer than
 * the story: there the "story" is a side note and the links are the page (wcxb-dev 4264, a shop's product grid
 * beside a pricing policy of six paragraphs).
 */

/** A story located on fewer paragraphs, or less text, may be a blurb beside the real content. */
const MIN_STORY_PARAGRAPHS = 3;
const MIN_STORY_CHARS = 800;
/** Text that is not links or buttons, up to this length, is a label ("Share", "December 2025"), not prose. */
const MAX_LABEL_CHARS = 30;
/** A block whose text is at least this share links and buttons is navigation. */
const LINK_SHARE = 0.5;
/** A paragraph, list item or cell this long is content: a story's list, a table, an author's bio, a comment. */
const PROSE_CHARS = 80;
const PROSE_TAGS = 'p, li, blockquote, td, dd';
/** What a story is made of, besides prose: these stay wherever they are. */
const STORY_PARTS = 'h1, time, figure, picture, video, pre, [rel~="author"]';
const NOT_CONTENT = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'NOSCRIPT', 'TEMPLATE', 'BR', 'HR']);
/**
 * A field to fill in below a story, with no prose of its own, asks the reader for something: a sign-up, a log-in,
 * a lead form, a comment box, however much label text it carries (wcxb-dev 0279, 0367, 0425, 0471).
 */
const FORM_FIELD = 'input:not([type="hidden" i]), textarea, select';

const length = (node: Node) => textOf(node).length;
/**
 * Ways elsewhere: links and buttons. Not a button that opens a part of this page, an accordion's question or a tab:
 * that is the page's own text (wcxb-dev 3023, a product's FAQ whose answers are folded).
 */
const WAYS_OUT = 'a, button:not([aria-expanded]):not([aria-controls])';

/** A story's own list of what it drew on, links though it is: "Sources", "References", "Quellen". */
const SOURCES_HEADING = /^(?:sources?|references|bibliography|citations|notes|footnotes|works cited|quellen|quellenangaben|einzelnachweise|références|fuentes|referencias)\s*:?$/i;

function holdsStoryPart(element: Element): boolean {
  if (element.matches(STORY_PARTS) || element.querySelector(STORY_PARTS)) return true;
  const heading = element.querySelector('h2, h3, h4, h5, h6');
  if (heading && SOURCES_HEADING.test(textOf(heading))) return true;
  // A lone image is the story's lead image; a linked one is a teaser or a logo.
  for (const img of element.getElementsByTagName('img')) if (!img.closest('a')) return true;
  for (const block of element.querySelectorAll(PROSE_TAGS)) if (length(block) >= PROSE_CHARS) return true;
  return false;
}

function isFurniture(element: Element, onArticle: boolean, belowStory: boolean, storyChars: number): boolean {
  if (NOT_CONTENT.has(element.tagName)) return false;
  const chars = length(element);
  if (!onArticle && chars > storyChars) return false;
  // Empty blocks hide nothing a reader sees, except an embed (an ad's frame).
  if (!chars) return element.querySelector('iframe') !== null;
  let linkChars = element.matches(WAYS_OUT) ? chars : 0;
  if (!linkChars) for (const link of element.querySelectorAll(WAYS_OUT)) linkChars += length(link);
  // A drop cap, a bullet, a close mark: typography, not furniture (wcxb-dev 0357's drop cap sits beside its story).
  if (!linkChars && chars <= 3) return false;
  const isLinksOrLabel = linkChars >= chars * LINK_SHARE || (onArticle && chars - linkChars <= MAX_LABEL_CHARS);
  if (!isLinksOrLabel && !(onArticle && belowStory && element.querySelector(FORM_FIELD))) return false;
  return !holdsStoryPart(element);
}

/** An inline element beside text of its parent is part of that text, wherever the story's root was put. */
function inRunningText(element: Element): boolean {
  if (!INLINE_TAGS.test(element.tagName.toUpperCase())) return false;
  for (const node of element.parentElement?.childNodes ?? []) if (node.nodeType === 3 && /\S/.test(node.nodeValue ?? '')) return true;
  return false;
}

export const aroundStory: CleanupRule = {
  id: 'around-story',
  find(doc: Document, guard: StoryGuard, scan: PageScan) {
    const { root, paragraphs, chars } = guard.story;
    if (!root || paragraphs.length < MIN_STORY_PARAGRAPHS || chars < MIN_STORY_CHARS) return [];
    // Late content: only blocks that arrived in it.
    const late = doc.body && scan.roots[0] !== doc.body ? scan.roots : null;
    const found: Element[] = [];
    for (let node: Element = root; node.parentElement && node !== doc.body; node = node.parentElement) {
      let belowStory = false;
      for (const beside of node.parentElement.children) {
        if (beside === node) belowStory = true;
        if (beside === node || (late && !late.some((added) => added.contains(beside)))) continue;
        if (inRunningText(beside) || !isFurniture(beside, guard.isArticle, belowStory, chars) || guard.holdsStory(beside)) continue;
        found.push(beside);
      }
    }
    return found;
  },
};
