import { wordPattern } from '../scan';
import { structuralRule } from '../structural';

/** Comment forms and the comment area of blogs; forum threads use other names, and the story guard protects posts. */
export const commentForm = structuralRule({
  id: 'comment-form',
  description: 'Comment forms and comment sections',
  signature: wordPattern('respond|comment-respond|commentform|comments-area|comments|comment-form|disqus_thread|fb-comments|wpdiscuz|commentlist|comment-list'),
});
