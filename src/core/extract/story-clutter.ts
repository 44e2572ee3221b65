/** What Readability lets through that is not the story: promo lines, share prompts, sign-up boxes, repeated title or byline. */

/** Whole-block texts that are never story: the block is dropped when its entire text matches. */
const PROMO_BLOCK = new RegExp(
  [
    String.raw`^(read|see|view|watch|click|tap) (more|also|the full|all|here)\b.{0,80}$`,
    String.raw`^(read more|more news|also read|read also|related( (stories|articles|posts|reading|content|coverage))?|see also|recommended( for you| reading)?|must read|don'?t miss|trending( now)?|popular( now)?|more from|latest( news)?|you (may|might) (also )?(like|love|enjoy|missed?)( it)?|more stories|up next|further reading)\b.{0,100}$`,
    String.raw`^(share|share this|share on|share via|share the story|tweet|email|print|copy link|copied)( (this|article|story|post|on \w+))?[:!.]?$`,
    String.raw`^(follow us|like us|join us|find us|connect with us)\b.{0,80}$`,
    String.raw`^(subscribe|sign up|sign-up|signup|get (our|the) newsletter|join our (newsletter|mailing list)|newsletter)\b.{0,120}$`,
    String.raw`^(advertisement|advertisements|sponsored( content)?|ad|ads|promoted|story continues below( this)? ad(vertisement)?|article continues below|continue reading below)\b.{0,40}$`,
    String.raw`^(learn more|read reviews?|get (a )?quote|shop now|buy now|order now|book now|book a demo|request a demo|get started( today| now| for free)?|try (it )?(for )?free|start (your )?free trial|contact us|get in touch|download( now)?|see (the )?(price|deal|details)|check (price|availability)|view (deal|details|price))\b.{0,40}$`,
    String.raw`^(share (this|on|via|to)\b.{0,40}|table of contents|contents|in this article|on this page|jump to( section)?)$`,
    String.raw`^((last )?(updated|modified|posted|published)( on| at)?:?\s.{0,40}\d.{0,30}|this (post|article|page) was (last )?updated\b.{0,60})$`,
    String.raw`^(copyright|©|\(c\)).{0,200}(reserved|\d{4})\.?$`,
    String.raw`^(this slideshow requires javascript|[\d,.]+k? (views|shares|likes|reads))\.?$`,
    String.raw`^(stay connected|join (me|us|the|our)( on)? (\w+ )?(group|community|newsletter|mailing list|facebook|instagram|tiktok|twitter|x|linkedin|youtube|discord|telegram|whatsapp)|follow (me|us) on)\b.{0,100}$`,
    String.raw`^we use cookies\b.{0,400}$`,
    String.raw`^(tags?|topics?|filed under|categories|category)\s*:.{0,200}$`,
    String.raw`^(this (article|story|post) (was )?(originally|first) (appeared|published)|originally published)\b.{0,200}$`,
    String.raw`^(leave a (comment|reply)|\d+ comments?|comments?|post a comment|add a comment|show comments|view comments)[:.!]?$`,
    String.raw`^(previous|next) (post|article|story)\b.{0,150}$`,
    String.raw`^(click|tap) here to\b.{0,100}$`,
  ].join('|'),
  'iu',
);

/** An inline element at the end of a paragraph that promotes the site rather than telling the story. */
const TRAILING_PROMO = /^(read more|more news|also read|read also|related|see also|click here|subscribe|follow us|join us|download (our|the) app)\b/iu;

const BLOCKS = 'p, div, section, aside, li, h1, h2, h3, h4, h5, h6, span, figure, ul, ol, blockquote, footer, header, nav, table';

/**
 * Class or id names of containers that hold sharing, sign-up or related-content widgets. A name must start with the
 * word: "comments-area" is a widget, "hljs-comment" is a comment in a code sample.
 */
const CLUTTER_CLASS = /(^|\s)(share|sharing|social|sharedaddy|addtoany|a2a|newsletter|subscribe|subscription|signup|sign-up|related|recommend|promo|advert|ads?|sponsor|outbrain|taboola|author-bio|author-box|post-tags|tag-list|tags|breadcrumbs?|comments?|comment-respond|jp-relatedposts|yarpp|wp-block-buttons)([\s_-]|$)/i;

/** Widget containers are blocks; inline elements with such names are words of the story (code, links). */
const CONTAINERS = 'div, section, aside, ul, ol, p, footer, header, nav, figure, form, table';

function textOf(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function normalized(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function linkTextShare(element: Element): number {
  const total = textOf(element).length;
  if (!total) return 0;
  let linked = 0;
  for (const link of element.querySelectorAll('a')) linked += textOf(link).length;
  return linked / total;
}

/** Drops whole blocks whose text is a promo line, share prompt, sign-up call or ad label. */
function removePromoBlocks(root: Element): void {
  for (const element of [...root.querySelectorAll(BLOCKS)]) {
    // Inside code, a whitespace-only <span> is the space between two words of the program.
    if (!root.contains(element) || element.closest('pre, code')) continue;
    const text = textOf(element);
    if (!text) {
      if (element.tagName !== 'SPAN' && !element.querySelector('img, picture, video, audio, table, pre, br, hr')) element.remove();
      continue;
    }
    // Template filler that a theme ships and hides with CSS (which a clone cannot see) is never a story.
    if (/^lorem ipsum\b/i.test(text) && !element.querySelector(BLOCKS)) element.remove();
    else if (text.length <= 220 && PROMO_BLOCK.test(text)) element.remove();
  }
}

/** "…all over again. <a>Read More News at Storify News</a>": the story stays, the trailing promo goes. */
function removeTrailingPromos(root: Element): void {
  for (const paragraph of [...root.querySelectorAll('p, li')]) {
    const last = paragraph.lastElementChild;
    if (!last || (last.nextSibling && (last.nextSibling.textContent ?? '').trim())) continue;
    const text = textOf(last);
    if (text && text.length <= 120 && TRAILING_PROMO.test(text) && text !== textOf(paragraph)) last.remove();
  }
}

/** Sharing bars, sign-up boxes and related-link lists that carry a telling class and are mostly links or short. */
function removeClutterContainers(root: Element): void {
  for (const element of [...root.querySelectorAll(CONTAINERS)]) {
    if (!root.contains(element)) continue;
    const signature = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (!CLUTTER_CLASS.test(signature)) continue;
    const text = textOf(element);
    if (wordCount(text) <= 40 || linkTextShare(element) > 0.5) element.remove();
  }
}

/** The byline's names, normalized: "Maya Green and Owen Hale" -> ["maya green", "owen hale"]. */
function authorNames(byline: string): string[] {
  return byline.split(/,|;|&|\band\b|\bund\b|\bet\b|\by\b/i).map(normalized).filter((name) => name.length > 2);
}

/** A short line that names every author ("By Maya Green and Owen Hale · 1 October 2024"). */
function isBylineLine(text: string, names: string[]): boolean {
  if (!names.length || wordCount(text) > names.join(' ').split(' ').length + 10) return false;
  return names.every((name) => text.includes(name)) && (text.startsWith('by ') || text.length <= names.join(' ').length + 40);
}

/** The title and byline are shown apart from the story: their repeats at the top of the story go. */
function removeRepeatedHeader(root: Element, title: string | null, byline: string | null): void {
  const wantedTitle = title ? normalized(title) : '';
  const names = byline ? authorNames(byline) : [];
  let checked = 0;
  for (const element of [...root.querySelectorAll('h1, h2, h3, p, div, span, address')]) {
    if (!root.contains(element)) continue;
    const text = normalized(textOf(element));
    if (!text) continue;
    if (checked++ > 12) break;
    if (text.length > 200) continue;
    if ((wantedTitle && text === wantedTitle) || isBylineLine(text, names)) element.remove();
  }
}

export interface StoryClutterOptions {
  title: string | null;
  byline: string | null;
}

/** Removes, in place, what Readability let through that is not the story. */
export function removeStoryClutter(root: Element, options: StoryClutterOptions): void {
  removeClutterContainers(root);
  removeTrailingPromos(root);
  removePromoBlocks(root);
  removeRepeatedHeader(root, options.title, options.byline);
}
