import type { CleanupRule } from '../rule';
import { wordPattern } from '../scan';
import { textOf } from '../story';
import { structuralRule } from '../structural';

/** A bio is a name, a line or three and some links; more is an author's page, or the story. */
const MAX_BIO_CHARS = 900;
const MIN_BIO_CHARS = 40;

const bioBoxes = structuralRule({
  id: 'author-bio',
  // Not "author-info", "author-card" or "entry-author": those name the byline under the title too, which stays.
  signature: wordPattern('author-?bio|about-?(?:the-)?author|author-?box|authorbox|author-?description|writer-?bio|bio-?box|byline-?bio|post-author-?bio'),
  // A byline's name alone, or with a date, is the byline: a bio says who the author is, in a sentence.
  accept: (element) => element.querySelector('h1, time') === null && textOf(element).length >= MIN_BIO_CHARS,
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
    return (bioBoxes.find(doc, guard, scan) as Element[]).filter((box) => !box.contains(root));
  },
};
