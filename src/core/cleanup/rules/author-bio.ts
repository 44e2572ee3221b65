import { AUTHOR_POSTS_LINK } from '../phrases';
import type { CleanupRule, PageScan, StoryGuard } from '../rule';
import { wordPattern } from '../scan';
import { textOf } from '../story';
import { structuralRule } from '../structural';
import { phraseElements, widenUpTo } from '../text-match';

/** A bio is a name, a line or three and some links; more is an author's page, or the story. */
const MAX_BIO_CHARS = 900;
const MIN_BIO_CHARS = 40;

/** A bio says who the author is, in a sentence; a byline's name alone, or with a date, is the byline, which stays. */
const isBio = (element: Element) => element.querySelector('h1, time') === null && textOf(element).length >= MIN_BIO_CHARS;

const bioBoxes = structuralRule({
  id: 'author-bio',
  // Not "author-info", "author-card" or "entry-author": those name the byline under the title too, which stays.
  // Joined by a hyphen, an underscore or nothing ("about_author", wcxb-dev 0261).
  signature: wordPattern('author[-_]?bio|about[-_]?(?:the[-_]?)?author|author[-_]?box|author[-_]?description|writer[-_]?bio|bio[-_]?box|byline[-_]?bio|post[-_]author[-_]?bio'),
  accept: isBio,
  maxChars: MAX_BIO_CHARS,
});

/**
 * The box about the author below or beside a story: "Chris Toy is the CEO and co-founder of…", "About the Author",
 * "View all posts by …" (wcxb-dev 1396, 4373, 4842), and the same box at the end of the story's own
 * element. Only where a story was found: on an author's page the bio is the page.
 */
export const authorBio: CleanupRule = {
  id: bioBoxes.id,
  words: bioBoxes.words,
  find(doc, guard, scan) {
    const root = guard.story.root;
    if (!root) return [];
    // findClutter takes each box once and drops a box inside another.
    return (bioBoxes.find(doc, guard, scan) as Element[]).concat(boxesAroundPostsLinks(scan, guard)).filter((box) => !box.contains(root));
  },
};

/** A bio box named by no class: the box around its "View all posts by …" link that holds a bio as well (wcxb-dev 4068, 4457). */
function boxesAroundPostsLinks(scan: PageScan, guard: StoryGuard): Element[] {
  const boxes: Element[] = [];
  for (const link of phraseElements(scan, AUTHOR_POSTS_LINK)) {
    const box = widenUpTo(link, MAX_BIO_CHARS);
    if (textOf(box).length - textOf(link).length >= MIN_BIO_CHARS && isBio(box) && !guard.holdsStory(box)) boxes.push(box);
  }
  return boxes;
}
