import { wordPattern } from '../scan';
import { structuralRule } from '../structural';

export const sidebar = structuralRule({
  id: 'sidebar',
  description: 'Sidebars and widget areas beside the story',
  signature: wordPattern('aside|sidebar|side-bar|sidebar-primary|widget-area|secondary|right-rail|rail'),
});
