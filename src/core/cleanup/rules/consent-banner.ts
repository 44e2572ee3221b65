import { wordPattern } from '../scan';
import { structuralRule } from '../structural';

/**
 * Not the bare word "cmp": Adobe AEM names every page component cmp-… (wcxb-dev 0709, 4287 lost their content).
 * Cookiebot names its blocks CybotCookiebotDialog, CybotCookiebotDialogBody…: one word each, so the prefix.
 */
const CONSENT_WORDS = wordPattern('cookie|cookies|cookie-?(?:banner|notice|consent|bar|law)|consent|gdpr|ccpa|onetrust|ot-sdk|didomi|cookiebot|cybotcookiebot[a-z]*|usercentrics|qc-cmp2|truste|cc-window|cookie-?notice|borlabs|complianz|cmplz|moove_gdpr');

/**
 * A section of the document about cookies, not a banner: its heading links to it by its id, the permalink that
 * documentation generators give each section ("<section id=cookies><h3>Cookies<a href=#cookies>¶</a>", wcxb-dev
 * 0662). A consent manager never links to itself.
 */
function isPermalinkedSection(element: Element): boolean {
  const heading = element.firstElementChild;
  if (!heading || !/^H[1-6]$/.test(heading.tagName)) return false;
  const anchor = `#${element.id}`;
  for (const link of heading.getElementsByTagName('a')) if (link.getAttribute('href') === anchor) return true;
  return false;
}

/**
 * True when the element's id or class names a cookie or consent manager (a banner, a preference centre),
 * by the same words the consent rule hides: the story finder skips their text (wcxb-dev 0543).
 */
export function namesConsentManager(element: Element): boolean {
  const id = element.id;
  const className = element.getAttribute('class');
  if (!id && !className) return false;
  return CONSENT_WORDS.test(`${element.localName} ${id} ${className ?? ''}`.toLowerCase()) && !(id && isPermalinkedSection(element));
}

export const consentBanner = structuralRule({
  id: 'consent-banner',
  signature: CONSENT_WORDS,
  maxChars: 3000,
  accept: (element) => !(element.id && isPermalinkedSection(element)),
});
