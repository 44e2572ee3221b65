import type { StoryGuard } from '../rule';
import { wordPattern } from '../scan';
import { textOf } from '../story';
import { structuralRule } from '../structural';
import { inSentence, linkedChars } from '../text-match';

const SIDEBAR_WORDS = wordPattern('aside|sidebar|side-bar|sidebar-primary|widget-area|right-rail|left-rail');

/** Links in a pull-out's list name what its items mention; in a sidebar's list they are the items. */
const MAX_PULL_OUT_LINK_SHARE = 0.5;

/** A list of at least three items whose text is mostly not links: ingredients, steps, facts. */
function holdsTextList(element: Element): boolean {
  for (const list of element.querySelectorAll('ul, ol')) {
    if (list.children.length >= 3 && linkedChars(list) < textOf(list).length * MAX_PULL_OUT_LINK_SHARE) return true;
  }
  return false;
}

/**
 * An <aside> named by its tag alone is a pull-out of the text beside it, a fact box or a recipe's ingredients
 * (wcxb-dev 4121, 4163), when it holds no link, or when it stands in the story's own block and holds a list of
 * plain items: the ingredients link to the shop's flours; or when it stands among the story's paragraphs, is
 * mostly not links and its links are words of its sentences (a fact box citing its source). A sidebar is links (archives, latest posts, tags),
 * or stands apart from the story (wcxb-dev 4008: a forum's sign-up box in its right column); an author's box
 * or a "further reading" box has links and no such list (wcxb-dev 4620, 4371).
 */
function isPullOut(element: Element, guard: StoryGuard): boolean {
  if (element.tagName !== 'ASIDE' || SIDEBAR_WORDS.test(`${element.id} ${element.getAttribute('class') ?? ''}`.toLowerCase())) return false;
  if (element.getElementsByTagName('a').length === 0) return true;
  // A fact box among the story's paragraphs citing its source in a sentence; an author's or a site's box there has
  // a link of its own line ("About us").
  if (guard.amidStory(element) && [...element.getElementsByTagName('a')].every(inSentence) && linkedChars(element) < textOf(element).length * MAX_PULL_OUT_LINK_SHARE) return true;
  const root = guard.story.root;
  return root !== null && element.parentElement !== null && element.parentElement.contains(root) && holdsTextList(element);
}

/** Not the bare words "secondary" or "rail": shops use them for text colours and carousels (wcxb-dev 0655). */
export const sidebar = structuralRule({
  id: 'sidebar',
  signature: SIDEBAR_WORDS,
  // A layout that has a sidebar, not the sidebar: "layout--sidebar", "has-sidebar", and BEM parts such as
  // "product-list__side-bar" that hold a shop's results (wcxb-dev 2927); a grid named for its columns,
  // "content-sidebar" or "sidebar-content", holds the story beside its sidebar (wcxb-dev 0046).
  // An <aside> named as a heading's part is a section's standfirst (wcxb-dev 0704: "aside.sub-heading").
  exclude: /(?:__|--|(?:has|with)-)(?:sidebar|side-bar|aside)|content-(?:sidebar|side-bar|aside)|(?:sidebar|side-bar|aside)-content|(?:^|[\s_-])(?:sub-?heading|sub-?title|heading|tagline|standfirst|strapline)(?=$|[\s_-])/,
  accept: (element, guard) => !isPullOut(element, guard),
});
