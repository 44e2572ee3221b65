import { wordPattern } from '../scan';
import { structuralRule } from '../structural';

/** Most of a menu's text is its links; a restaurant's "menu" of dishes is prose. */
const MIN_LINK_SHARE = 0.6;
const MIN_LINKS = 3;

function isMenuOfLinks(element: Element): boolean {
  const links = element.getElementsByTagName('a');
  if (links.length < MIN_LINKS) return false;
  let linkChars = 0;
  for (const link of links) linkChars += (link.textContent ?? '').trim().length;
  return linkChars >= (element.textContent ?? '').replace(/\s+/g, ' ').trim().length * MIN_LINK_SHARE;
}

/**
 * Site menus and their drop-downs outside a <nav> or a header (WordPress "menu"/"sub-menu" lists, shop mega
 * menus: wcxb-dev 4531, 4557), which stay in the page's text even when they open only on hover.
 */
export const siteMenu = structuralRule({
  id: 'site-menu',
  signature: wordPattern('menu|sub-?menu|mega-?menu|megamenu-[a-z]+|dropdown-menu|nav-menu|menu-items|menu-list|navpages?|nav-list|off-?canvas(?:-(?:nav|menu))?|side-?menu|mobile-?(?:menu|nav)|nav-?mobile|(?:nav|menu)-?drawer|drawer-?(?:nav|menu)'),
  // Foundation's "off-canvas-content" and its kin wrap the page beside the drawer, not the drawer.
  exclude: /(?:^|[\s_-])(?:menu-toggle|menu-button|menu-icon|off-?canvas-(?:content|wrapper|wrap|inner|main|page|container|overlay))(?=$|[\s_-])/,
  accept: isMenuOfLinks,
});
