import { wordPattern } from '../scan';
import { structuralRule } from '../structural';

/** Not the bare words "secondary" or "rail": shops use them for text colours and carousels (wcxb-dev 0655). */
export const sidebar = structuralRule({
  id: 'sidebar',
  signature: wordPattern('aside|sidebar|side-bar|sidebar-primary|widget-area|right-rail|left-rail'),
});
