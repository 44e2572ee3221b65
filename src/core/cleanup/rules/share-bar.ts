import { wordPattern } from '../scan';
import { structuralRule } from '../structural';

export const shareBar = structuralRule({
  id: 'share-bar',
  signature: wordPattern('share|shares|sharing|sharebar|share-?buttons?|social-?share|sharedaddy|ssba|addtoany|a2a_kit|sharethis|shareaholic|social-(?:buttons|icons|links|media|bar)|teilen|partager|compartir'),
  exclude: wordPattern('shareholders?|market-share|share-?prices?|share-?capital|share-?holdings?|shares-?(?:outstanding|traded)'),
  maxChars: 400,
});
