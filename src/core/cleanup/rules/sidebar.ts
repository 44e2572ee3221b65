import { wordPattern } from '../scan';
import { structuralRule } from '../structural';

const SIDEBAR_WORDS = wordPattern('aside|sidebar|side-bar|sidebar-primary|widget-area|right-rail|left-rail');

/**
 * An <aside> named by its tag alone and holding no link is a pull-out of the text beside it: a fact box, a
 * recipe's ingredients (wcxb-dev 4121, 4163). A sidebar is links: archives, latest posts, tags.
 */
function isLinklessPullOut(element: Element): boolean {
  return element.tagName === 'ASIDE' && !SIDEBAR_WORDS.test(`${element.id} ${element.getAttribute('class') ?? ''}`.toLowerCase()) && element.getElementsByTagName('a').length === 0;
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
  accept: (element) => !isLinklessPullOut(element),
});
