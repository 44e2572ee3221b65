import type { StoryGuard } from '../rule';
import { ancestorWhere, holdsTag } from '../scan';
import { structuralRule } from '../structural';
import { isSiteName, isStoryHeading, textOf } from '../story';
import { linkedChars } from '../text-match';

const isStoryContainer = (node: Element) => node.tagName === 'ARTICLE' || node.tagName === 'MAIN' || node.getAttribute('role') === 'main';

/**
 * Site navigation, the site header (logo, account and shop buttons) and the page footer: the frame of
 * every page on the site, not this page's story. An article's own header and footer stay.
 */
const HEADERISH = /^header |header(?=$|[\s_-])/;
/** A site header is logo, links and buttons; a header with a heading or with prose of its own is a page's hero or title (wcxb-dev 2922). */
const MAX_HEADER_PROSE_CHARS = 40;
/** ...unless links outweigh that prose this much: a site menu with column headings and blurbs (wcxb-dev 0253, 0455). */
const MENU_LINK_RATIO = 2;

const isHeaderish = (element: Element) => HEADERISH.test(`${element.tagName} ${element.className}`.toLowerCase()) || element.getAttribute('role') === 'banner';

function isSiteHeader(element: Element): boolean {
  let namesSite = false;
  for (const heading of element.getElementsByTagName('h1')) {
    if (isStoryHeading(heading)) return false;
    namesSite ||= isSiteName(heading);
  }
  if (!holdsTag(element, 'a', 'button', 'form', 'img')) return false;
  // Under the site's name, the prose is the site's: a forum's greeting and member count (wcxb-dev 0576), a blog's tagline.
  if (namesSite) return true;
  let linkChars = 0;
  for (const link of element.getElementsByTagName('a')) linkChars += (link.textContent ?? '').trim().length;
  const prose = (element.textContent ?? '').replace(/\s+/g, ' ').trim().length - linkChars;
  return (prose < MAX_HEADER_PROSE_CHARS && !holdsTag(element, 'h2')) || linkChars >= prose * MENU_LINK_RATIO;
}

const BREADCRUMBS = /(?:^|[\s_-])breadcrumbs?(?=$|[\s_-])/;

/**
 * On an article, a breadcrumb trail is the site's way back wherever it sits, in the article's own header too ("Home ›
 * Blog", wcxb-dev 0415, 4363): named so, and links but for the current page's name at its end. On a shop's page the
 * trail inside the product's block is part of it, and stays (wcxb-dev 3076).
 */
function isBreadcrumbTrail(element: Element, guard: StoryGuard): boolean {
  if (!guard.isArticle || !BREADCRUMBS.test(`${element.id} ${element.getAttribute('class') ?? ''}`.toLowerCase())) return false;
  return linkedChars(element) >= textOf(element).length / 2;
}

export const pageChrome = structuralRule({
  id: 'page-chrome',
  signature: /^(?:nav|footer|header) |(?:^|[\s_-])(?:footer|header|site-footer|site-header|masthead|site-info|colophon|copyright|site-nav|main-nav|navbar|menu-main|top-?bar|breadcrumbs?)(?=$|[\s_-])/,
  // Weebly wraps the content in "wsite-not-footer" (wcxb-dev 0376).
  exclude: /(?:^|[\s_-])(?:not|no|non)-(?:footer|header)/,
  // Landmarks named by role alone (Webflow's `div.w-nav[role=banner]`, wcxb-dev 0183 and 0455).
  roles: ['banner', 'navigation', 'contentinfo'],
  // A quotation's or a figure's own footer is its attribution ("<blockquote>…<footer>— <cite>…").
  accept: (element, guard) =>
    element.tagName === 'NAV' || element.getAttribute('role') === 'navigation' || isBreadcrumbTrail(element, guard) ||
    !element.parentElement?.closest('blockquote, figure') &&
    (!element.parentElement || !ancestorWhere(element.parentElement, isStoryContainer)) &&
      // Heroes misfired as headers on wcxb-dev 0185 (a course summary) and 0655 (a shop category).
      (!isHeaderish(element) || isSiteHeader(element)),
});
