import { holdsTag, wordPattern } from '../scan';
import { structuralRule } from '../structural';

/**
 * Comment forms only. The comments themselves stay: on forums and product pages they are the content
 * (hiding comment lists lost forum posts and course reviews on wcxb-dev pages 0575 and 0185).
 */
export const commentForm = structuralRule({
  id: 'comment-form',
  signature: wordPattern('respond|comment-respond|comments?[-_]?form|reply[-_]?form|disqus_thread|wpdiscuz|fb-comments'),
  accept: (element) => element.tagName === 'FORM' || holdsTag(element, 'form', 'textarea'),
  maxChars: 1500,
});
