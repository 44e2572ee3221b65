import { wordPattern } from '../scan';
import { structuralRule } from '../structural';

export const adSlots = structuralRule({
  id: 'ad-slot',
  signature: wordPattern('ad|ads|adv|advert|adverts|advertisement|advertising|adslot|ad-?slot|ad-?unit|ad-?container|ad-?wrapper|ad-?banner|adsbygoogle|dfp|gpt-ad|gpt-slot|google-?ad|dfp-ad|taboola|outbrain|mgid|revcontent|anzeige|werbung|publicite|publicidad|sponsored-?(?:ad|content)'),
  maxChars: 600,
});
