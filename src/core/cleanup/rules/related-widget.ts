import { wordPattern } from '../scan';
import { structuralRule } from '../structural';

export const relatedWidget = structuralRule({
  id: 'related-widget',
  signature: wordPattern('related|related-?(?:posts|articles|stories|content|links)|yarpp|jp-relatedposts|crp_related|rp4wp|recommended|recommendations|you-may-like|more-stories|read-next|popular-posts|trending|most-popular|most-read|post-navigation|nav-links'),
  accept: (element) => element.getElementsByTagName('a').length >= 1,
  maxChars: 4000,
});
