import { structuralRule } from '../structural';

/** Site navigation and the page footer: the frame of every page on the site, not this page's story. */
export const pageChrome = structuralRule({
  id: 'page-chrome',
  description: 'Site navigation menus and the page footer',
  signature: /^(?:nav|footer) |(?:^|[\s_-])(?:site-footer|site-nav|main-nav|navbar|menu-main|breadcrumbs?)(?=$|[\s_-])/,
});
