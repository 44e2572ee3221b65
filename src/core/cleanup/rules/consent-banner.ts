import { wordPattern } from '../scan';
import { structuralRule } from '../structural';

export const consentBanner = structuralRule({
  id: 'consent-banner',
  description: 'Cookie and consent banners',
  signature: wordPattern('cookie|cookies|cookie-?(?:banner|notice|consent|bar|law)|consent|gdpr|ccpa|cmp|onetrust|ot-sdk|didomi|cookiebot|cybotcookiebot|usercentrics|qc-cmp2|truste|cc-window|cookie-?notice|borlabs|complianz|cmplz|moove_gdpr'),
  maxChars: 3000,
});
