/**
 * Lines that are never the story, told by their whole text: promo lines, share and sign-up prompts, ad labels,
 * paywall notices, shop controls, picture credits. A block goes only when its entire text is such a line.
 */

/**
 * Labels that open a promo line but also open story sentences ("Latest figures show…", "Advertisement revenue fell…",
 * "Download speeds doubled…", "Sponsored by Senator Smith, the bill passed…"). Such a line is a promo only when the
 * label stands alone, is followed by a separator ("Related: …", "Advertisement - Scroll to continue"), or the line
 * does not read as a sentence.
 */
const LABELLED = [
  String.raw`(read|see|view|watch|click|tap) (more|also|the full|all|here)\b(?<tail>.{0,80})`,
  String.raw`(read more|more news|also read|read also|related( (stories|articles|posts|reading|content|coverage))?|see also|recommended( for you| reading)?|must read|don'?t miss|trending( now)?|popular( now)?|more from|latest( news)?|more stories|up next|further reading)\b(?<tail>.{0,100})`,
  String.raw`(like us|join us|find us)\b(?<tail>.{0,80})`,
  String.raw`(advertisement|advertisements|sponsored( content)?|ad|ads|promoted|story continues below( this)? ad(vertisement)?|article continues below|continue reading below)\b(?<tail>.{0,40})`,
  String.raw`(learn more|read reviews?|contact us|download( now)?|see (the )?(price|deal|details)|check (price|availability)|view (deal|details|price))\b(?<tail>.{0,40})`,
  String.raw`(last )?(updated|modified|posted|published)(?<tail>( on| at)?:?\s.{0,40}\d.{0,30})`,
  String.raw`(in partnership with|sponsored by|presented by|brought to you by|paid (post|content|partnership)|partner content|sponsor this \w+|advertise with us)\b(?<tail>.{0,80})`,
].map((pattern) => new RegExp(`^${pattern}$`, 'iu'));

/** What may stand between a label and the rest of its line. */
const LABEL_SEPARATOR = /^\s*([:|»›>–—]|[.-]\s)/u;

/**
 * Ends as a sentence ends and has enough words to say something: "Download now." is a button and "Last updated on
 * Mar 02, 2026." a date, not sentences. Numbers and month names do not count as words.
 */
function readsAsSentence(text: string): boolean {
  // A trailing ellipsis ("You might also like...") leads on to something else.
  if (!/[.!?…]["”’)\]]*$/u.test(text) || /(\.\.|…)["”’)\]]*$/u.test(text)) return false;
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word) && !MONTH.test(word)).length >= 4;
}

const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?$/i;

function isLabelledPromo(text: string): boolean {
  for (const pattern of LABELLED) {
    const tail = pattern.exec(text)?.groups?.tail;
    if (tail === undefined) continue;
    if (!tail.trim() || LABEL_SEPARATOR.test(tail) || !readsAsSentence(text)) return true;
  }
  return false;
}

/** Short lines (up to 220 characters). */
const PROMO_BLOCK = new RegExp(
  [
    String.raw`^(share|share this|share on|share via|share the story|tweet|email|print|copy link|copied)( (this|article|story|post|on \w+))?[:!.]?$`,
    String.raw`^(follow us|connect with us)\b.{0,80}$`,
    String.raw`^you (may|might) (also )?(like|love|enjoy|missed?)( it)?\b.{0,100}$`,
    String.raw`^(get (a )?quote|shop now|buy now|order now|book now|book a demo|request a demo|get started( today| now| for free)?|try (it )?(for )?free|start (your )?free trial|get in touch)\b.{0,40}$`,
    String.raw`^(subscribe|sign up|sign-up|signup|get (our|the) newsletter|join our (newsletter|mailing list)|newsletter)\b.{0,120}$`,
    String.raw`^(share (this|on|via|to)\b.{0,40}|table of contents|contents|in this article|on this page|jump to( section)?)$`,
    String.raw`^this (post|article|page) was (last )?updated\b.{0,60}$`,
    String.raw`^(copyright|©|\(c\)).{0,200}(reserved|\d{4})\.?$`,
    String.raw`^(this slideshow requires javascript|[\d,.]+k? (views|shares|likes|reads))\.?$`,
    String.raw`^(stay connected|join (me|us|the|our)( on)? (\w+ )?(group|community|newsletter|mailing list|facebook|instagram|tiktok|twitter|x|linkedin|youtube|discord|telegram|whatsapp)|follow (me|us) on)\b.{0,100}$`,
    String.raw`^we use cookies\b.{0,400}$`,
    String.raw`^(tags?|topics?|filed under|categories|category)\s*:.{0,200}$`,
    String.raw`^(this (article|story|post) (was )?(originally|first) (appeared|published)|originally published)\b.{0,200}$`,
    String.raw`^(leave a (comment|reply)|\d+ comments?|comments?|post a comment|add a comment|show comments|view comments|what do you think\??|be the first to (comment|reply|review)\b.{0,40}|(join|start) the (discussion|conversation))[:.!]?$`,
    String.raw`^pin( (this|it|me))?( for later| now)?[.!]*$`,
    String.raw`^(previous|next) (post|article|story)\b.{0,150}$`,
    String.raw`^(click|tap) here to\b.{0,100}$`,
  ].join('|'),
  'iu',
);

/** Sponsorship, paywall, support and newsletter prompts a publisher puts inside the story's column. */
const PUBLISHER_PROMPT = new RegExp(
  [
    String.raw`^(already (have an account|a (subscriber|member))\??.{0,40}|this (article|story|content|post) is (exclusive|only available|available exclusively|reserved) (to|for)\b.{0,80}|to (read|continue reading|keep reading) (the rest of this|this (article|story)|the full (article|story))\b.{0,120}|unlock (this (article|story|post)|the full (article|story)|unlimited (access|articles|reading))\b.{0,120}|subscribe to (read|continue|unlock|keep reading)\b.{0,120})$`,
    String.raw`^(support our (journalism|reporting|newsroom)|support independent (journalism|media)|this (story|article|journalism|reporting|work) (is|was) (funded|made possible|supported) by\b).{0,100}$`,
    String.raw`^(support us|support our work|donate|donate (now|today)|become a (paying )?(member|supporter|patron|subscriber)( today| now)?)[.!]?$`,
    String.raw`^(?=.{0,100}$).*\b(delivered|straight|directly|right) (to|into) your inbox\b.*$`,
    String.raw`^(thank you|thanks) for (subscribing|signing up)\b.{0,100}$`,
    String.raw`^add (us )?as a preferred source\b.{0,60}$`,
    String.raw`^share your (story|stories|experience|thoughts|tips|photos)[.!]?$`,
    String.raw`^(about the authors?|meet the authors?|written by:?( [\p{L}.'’-]+){0,5}|< ?back to top|back to top|jump to (the )?(list|recipe|review|top)\b.{0,20})[\s⤵↓:]*$`,
    String.raw`^(other|more) (\S+ ){0,4}(posts|articles|stories|guides|recipes|reads|episodes|videos|reviews|projects)( (you|that you)('ll| will)? (may|might) (also )?(like|love|enjoy))?[.!:]?$`,
    String.raw`^((what )?(others|other readers|people) are reading( now| today)?|(good |more )?(articles|posts|stories) to read (together|next)|read (this|these) next|what to read next)[.:!?]?$`,
    String.raw`^(.{0,60}\b(talk|speak) (to|with) our (\S+ ){0,4}experts?|search (this|the) (site|blog))[.:!?]?$`,
    String.raw`^(you (may|might) (also )?be interested( in)?|keep exploring|explore (other|more) (\S+ ){0,3}(topics|articles|resources|guides|posts|stories)|people (also|who viewed this)|((this is )?what )?customers who (viewed|bought)|frequently bought together|follow the authors?)\b.{0,80}$`,
  ].join('|'),
  'iu',
);

/** Disclosures and reader prompts run longer than a promo line but are still one block of boilerplate. */
const LONG_PROMPT = new RegExp(
  [
    String.raw`^((affiliate )?disclosure:|this (post|article|page|site|website|content) (may )?(contains?|uses|includes) affiliate links|as an amazon associate)`,
    String.raw`^did you (make|try|bake|cook) (this|one of (my|our|these)) (recipes?|dish)\b`,
    String.raw`^comments are closed\b`,
    String.raw`^by (posting|submitting|leaving) (a|your|this) comment\b`,
  ].join('|'),
  'iu',
);

/**
 * A sentence that asks the reader to sign up or follow, wherever it stands in a short paragraph ("Want more? Sign up
 * for our newsletter, The Selection.", "…and follow us on Facebook and Instagram to stay up to date."). On the 1,497
 * wcxb-dev pages no story paragraph says so; "follow me on" does end some stories, so only "us" counts.
 */
const SIGN_UP_SENTENCE = /\b(sign up for|subscribe to|join) (our|the|my)\b.{0,40}\b(e-?)?newsletters?\b|\bfollow us on (facebook|instagram|twitter|x|tiktok|linkedin|youtube|pinterest|threads|bluesky)\b/iu;

/** A paragraph (no blocks inside) that is one sign-up or follow prompt, up to 300 characters. */
export function isSignUpParagraph(text: string): boolean {
  return text.length <= 300 && SIGN_UP_SENTENCE.test(text);
}

/** A shop's controls and reassurances: never the description of the product. */
const SHOP_CONTROL = new RegExp(
  String.raw`^(add to (cart|bag|basket|list|wish ?list|favou?rites)|buy (it )?now|in stock|out of stock|sold out|coming soon|notify me( when (it'?s )?(available|back in stock))?|get notified\b.{0,80}|(select|choose) (a |your )?(size|colou?r|option|variant|quantity)|quantity|qty|discontinued( item)?|pre-?order( now)?|free (shipping|delivery|returns)\b.{0,60}|(free )?returns? (&|and) exchanges?\b.{0,60}|write a review|compare (all|models)\b.{0,60})[.!]?$`,
  'iu',
);

/** A picture credit standing alone: "Credit: Jane Doe", "Image source: Getty Images", "Picture: Getty". */
export const CREDIT_LINE = new RegExp(
  [
    String.raw`^(((header|featured|top|lead|cover) )?(photo|image|picture|illustration|photograph)s?( (credit|credits|source|courtesy))?|credits?|courtesy) ?[:：] ?.{1,80}$`,
    String.raw`^(photo|image|picture)s? (courtesy of|by|via) .{1,80}$`,
    String.raw`^[^.]{0,80}\b(getty images|shutterstock|istock(photo)?|unsplash|pexels|alamy|adobe stock|dreamstime)\.?$`,
    String.raw`^(image|photo)s? used under licen[cs]e from .{1,60}$`,
    String.raw`^view full credits$`,
  ].join('|'),
  'iu',
);

/** A credit at the end of a caption: "… (Photo: Getty Images)", "… Credit: Jane Doe", "… Picture: Getty". */
export const CAPTION_CREDIT = /\s*[(\[]?\b((photo|image|picture)s?( credit)?|credits?)\s*:\s*[^.:()\[\]]{1,60}[)\]]?\s*$/iu;

/** Promo lines that head a list of links to other pages ("Related stories", "Other posts you may enjoy"). */
const LINK_LIST_HEADING = /^(related|see also|recommended|you (may|might)|more|other|also read|read (more|also|this|these)|further reading|popular|trending|keep exploring|explore|people (also|who|are reading)|((this is )?what )?customers who|frequently bought|(what )?(others|other readers) are reading|(good )?(articles|posts|stories) to read|what to read next)\b/iu;

/**
 * An icon or emoji in front ("🚚 Free shipping", "» Related reading") does not make a line part of the story. An
 * opening quotation mark does: "“Popular support is overwhelming,” said the mayor" is a quote, not a "Popular" box.
 */
function withoutLeadingIcon(line: string): string {
  return line.replace(/^[^\p{L}\p{N}©("“‘„‚«'「『]+/u, '');
}

export function introducesLinks(line: string): boolean {
  return LINK_LIST_HEADING.test(withoutLeadingIcon(line));
}

export function isPromoLine(line: string): boolean {
  const text = withoutLeadingIcon(line);
  if (text.length <= 220 && (PROMO_BLOCK.test(text) || isLabelledPromo(text) || PUBLISHER_PROMPT.test(text) || SHOP_CONTROL.test(text))) return true;
  if (text.length <= 120 && CREDIT_LINE.test(text)) return true;
  return text.length <= 700 && LONG_PROMPT.test(text);
}
