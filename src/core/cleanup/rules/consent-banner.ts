import { wordPattern } from '../scan';
import { structuralRule } from '../structural';

/** Not the bare word "cmp": Adobe AEM names every page component cmp-… (wcxb-dev 0709, 4287 lost their content). */
export const consentBanner = structuralRule({
  id: 'consent-banner',
  signature: wordPattern('cookie|cookies|cookie-?(?:banner|notice|consent|bar|law)|consent|gdpr|ccpa|onetrust|ot-sdk|didomi|cookiebot|cybotcookiebot|usercentrics|qc-cmp2|truste|cc-window|cookie-?notice|borlabs|complianz|cmplz|moove_gdpr'),
  maxChars: 3000,
});
