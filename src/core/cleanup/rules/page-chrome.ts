import { structuralRule } from '../structural';

/**
 * Site navigation, the site header (logo, account and shop buttons) and the page footer: the frame of
 * every page on the site, not this page's story. An article's own header and footer stay.
 */
export const pageChrome = structuralRule({
  id: 'page-chrome',
  description: 'Site navigation, header and footer',
  signature: /^(?:nav|footer|header) |(?:^|[\s_-])(?:footer|site-footer|site-header|masthead|site-info|colophon|copyright|site-nav|main-nav|navbar|menu-main|top-?bar|breadcrumbs?)(?=$|[\s_-])/,
  accept: (element) =>
    element.tagName === 'NAV' ||
    (element.parentElement?.closest('article, main, [role="main"]') == null &&
      // A header with a heading is a page's hero (a course, a shop category: wcxb-dev 0185, 0655), not the site's frame.
      (element.tagName !== 'HEADER' || element.querySelector('h1, h2') === null)),
});
