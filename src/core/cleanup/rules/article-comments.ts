import type { CleanupRule } from '../rule';
import { wordPattern } from '../scan';
import { structuralRule } from '../structural';

/** A story this short may be a thread's first post, with the thread below it (wcxb-dev 0526, 0573): as around-story counts it. */
const MIN_STORY_PARAGRAPHS = 3;
const MIN_STORY_CHARS = 800;

const commentLists = structuralRule({
  id: 'article-comments',
  signature: wordPattern('comments|comments-(?:area|section|list|wrapper|container|block)|comment-(?:list|thread|section)|commentlist|entry-comments|post-comments|article-comments|disqus_thread'),
});

/**
 * Readers' comments below an article's story: "109 Comments", "Palash Goyal says: August 1, 2020", "Discussion
 * about this post" (wcxb-dev 0448, 4373, 4622). Only on a page detection calls an article, beside a story of some
 * length, and only outside it: on a forum thread or a product page the comments are the content (hiding them
 * there lost forum posts and course reviews, wcxb-dev 0575 and 0185; see the comment-form rule).
 */
export const articleComments: CleanupRule = {
  id: commentLists.id,
  words: commentLists.words,
  find(doc, guard, scan) {
    const { root, paragraphs, chars } = guard.story;
    if (!root || !guard.isArticle || paragraphs.length < MIN_STORY_PARAGRAPHS || chars < MIN_STORY_CHARS) return [];
    return (commentLists.find(doc, guard, scan) as Element[]).filter((list) => !root.contains(list) && !list.contains(root));
  },
};
