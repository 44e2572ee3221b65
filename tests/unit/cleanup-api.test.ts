import { describe, expect, it } from 'vitest';
import { blockText, clearMarks, findClutter, firstWords, HIDE_ATTR, locateStory, markClutter, storyGuard, toHidden } from '../../src/core/cleanup/index';
import { AD_LABEL, AFFILIATE_NOTE, GOV_BANNER, LEAD_HEADING, LEGAL_LINK, PAGE_FEEDBACK, POSTER_STAT, PROMO_HEADING, READ_MORE_LINE, SIGN_UP_HEADING, SITE_ACTION, SITE_NOTICE, READING_TIME } from '../../src/core/cleanup/phrases';
import { readMoreLine } from '../../src/core/cleanup/rules/read-more-line';
import { signatureOf } from '../../src/core/state';
import { parseHtml } from '../../src/node/dom';

const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the story tells what happened at the harbour on Tuesday and why it matters.</p>`).join('');
const related = (heading: string) => `<section><h2>${heading}</h2><a href="/a">One</a> <a href="/b">Two</a> <a href="/c">Three</a></section>`;

function page(body: string) {
  return parseHtml(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://news.example/2026/story').document;
}

describe('promo headings', () => {
  it.each([
    'You May Missed it !', 'YOU MAY ALSO LIKE', 'Related posts:', '— More from Harbour Times —', 'Recommended for you', 'Trending now',
    'Most popular', 'Sponsored', 'Around the web', 'You’ll also like', 'Das könnte Sie auch interessieren', 'Meistgelesen',
    'Mehr zum Thema', 'Follow us on Instagram', 'Share this article:', 'Tags:', 'Leave a Reply', 'Folgen Sie uns', 'Suivez-nous', 'Síguenos', 'Vous aimerez aussi', 'À lire aussi', 'Les plus lus', 'También te puede interesar', 'Lo más leído', 'Noticias relacionadas', 'Recent Posts', 'Other interesting articles', 'Ready for more?', 'Read More News on', 'Top Trending Terms',
  ])('matches %s', (heading) => {
    expect(PROMO_HEADING.test(heading)).toBe(true);
  });

  it('hides the block under a heading that is all one link, and keeps a menu whose heading links the same way', () => {
    const links = '<ul><li><a href="/q/1">Why does my lathe chatter?</a></li><li><a href="/q/2">Is a 4-jaw chuck worth it?</a></li><li><a href="/q/3">Best cutting oil?</a></li></ul>';
    const doc = page(
      `<div id="story">${story}</div><div id="hot" class="module"><h4><a href="/hot">Hot Network Questions</a></h4>${links}</div>` +
        `<nav id="menu"><div><h4><a href="/trending">Trending</a></h4>${links}</div></nav>`,
    );
    const hidden = findClutter(doc, undefined, { isArticle: false }).filter((block) => block.rule === 'promo-heading').map((block) => block.element.id);
    expect(hidden).toEqual(['hot']);
  });

  it.each(['Related work on harbour bridges in Europe since 1900 and what they teach', 'The most popular mayor in decades', 'Trending downward'])(
    'leaves the sentence %s alone',
    (text) => {
      expect(PROMO_HEADING.test(text)).toBe(false);
    },
  );

  // A phrase is found by the first word of a text: an entry whose first word is not a plain word
  // ("tendances?", "(?:a|b) c") could never be looked up, and would silently never match.
  it.each([['promo', PROMO_HEADING], ['read more', READ_MORE_LINE], ['ad label', AD_LABEL], ['sign-up', SIGN_UP_HEADING], ['site action', SITE_ACTION], ['legal link', LEGAL_LINK], ['lead heading', LEAD_HEADING], ['affiliate note', AFFILIATE_NOTE], ['page feedback', PAGE_FEEDBACK], ['poster stat', POSTER_STAT], ['government banner', GOV_BANNER], ['site notice', SITE_NOTICE], ['reading time', READING_TIME]] as const)('%s phrases each start with a plain word', (_name, table) => {
    for (const phrase of table.phrases) expect(phrase, phrase).toMatch(/^(?:[\p{Ll}'-]+|#[\p{Ll}-]*)(?: |\(\?: |$)/u);
  });

  it.each(['11 min read', '4 minute read time', 'Reading time about 6 minutes', '5-minute read', '· 14 min read', 'Lesezeit: 3 Min.', '5 min de lecture', 'Tiempo de lectura: 3 minutos'])(
    'knows the reading time %s',
    (text) => {
      expect(READING_TIME.test(text)).toBe(true);
    },
  );

  it.each(['5 min', 'Read the 5 minute guide', 'Reading time matters', '15 min read by Ana Ruiz', '11 years read'])('leaves %s, which is not a reading time', (text) => {
    expect(READING_TIME.test(text)).toBe(false);
  });

  it.each(['ADVERTISEMENT', '- Advertisement -', 'Anzeige', 'Story continues below advertisement', 'Publicité'])('knows the ad label %s', (label) => {
    expect(AD_LABEL.test(label)).toBe(true);
  });

  it.each(['Advertise with us', 'Ad revenue fell in 2025'])('leaves %s, which is not an ad label', (text) => {
    expect(AD_LABEL.test(text)).toBe(false);
  });

  it.each([
    'Never miss a story', 'Sign up for our newsletter to stay on top of the latest trends.', 'Join 15,000+ recipients getting the latest insights on AI',
    'SUBSCRIBE TO OUR HEALTH FOCUS SA E-NEWSLETTER', 'Get the best of Creative Boom delivered to your inbox weekly', 'Newsletter Signup', 'Free HealthBeat Signup',
    'Don’t miss anything. Get all the latest posts delivered straight to your inbox.', 'Jetzt Newsletter abonnieren', 'Abonnez-vous à notre newsletter', 'Suscríbete a nuestro boletín',
  ])('knows the sign-up heading %s', (heading) => {
    expect(SIGN_UP_HEADING.test(heading)).toBe(true);
  });

  // "Don't miss out" heads a coupon as often as a sign-up (wcxb-dev 0338).
  it.each(['Subscribe', 'Newsletter archive for 2024 and what changed in it', 'Join the discussion', 'Get the latest news', "DON'T MISS OUT"])('leaves %s, which does not head a sign-up box', (text) => {
    expect(SIGN_UP_HEADING.test(text)).toBe(false);
  });

  it('matches curly apostrophes and the first word after punctuation', () => {
    expect(PROMO_HEADING.test('» Don’t miss')).toBe(true);
    expect(PROMO_HEADING.test('Editors’ picks')).toBe(true);
  });

  it('tells a "read more" line from a "read more" teaser link', () => {
    expect(READ_MORE_LINE.test('Read More News at Storify News')).toBe(true);
    expect(READ_MORE_LINE.test('Also read: Ferry prices to rise')).toBe(true);
    // A bare label is looked up too; the rule takes it only with a colon after it, so a teaser's "Read more" link stays.
    const doc = page(`<article>${story}<p>The mill reopens in May. <a href="/mill">Read more</a></p><p><b>Read more</b>: <a href="/ferry">Ferry prices to rise</a></p></article>`);
    expect(findClutter(doc, [readMoreLine]).map((block) => block.text)).toEqual(['Read more: Ferry prices to rise']);
  });
});

describe('story guard', () => {
  it('refuses the story block and anything holding it, allows a block beside it', () => {
    const doc = page(`<div id="wrap"><div id="story">${story}</div><div id="side"><a href="/x">x</a></div></div>`);
    const guard = storyGuard(doc);
    expect(guard.holdsStory(doc.getElementById('story')!)).toBe(true);
    expect(guard.holdsStory(doc.getElementById('wrap')!)).toBe(true);
    expect(guard.holdsStory(doc.getElementById('side')!)).toBe(false);
  });

  it('widens the story over an ad that splits it in two blocks', () => {
    const doc = page(`<div id="body"><div>${story}</div><div class="ad-slot">Ad</div><div>${story}</div></div>`);
    expect(locateStory(doc).root?.id).toBe('body');
    expect(locateStory(doc).paragraphs.length).toBe(12);
  });

  it('never hides the story even when its container has a clutter class', () => {
    const doc = page(`<div class="sidebar-layout"><div class="related-content">${story}</div></div>${related('Related posts')}`);
    const blocks = findClutter(doc);
    expect(blocks.map((block) => block.rule)).toEqual(['promo-heading']);
    expect(blocks[0].element.tagName).toBe('SECTION');
  });
});

describe('overlays', () => {
  it('are found in a copy of the page, which has no window (the command line cleans one): by their inline styles', () => {
    const doc = page(`<article>${story}</article><div id="pop" style="position: fixed; bottom: 0">Become a member today. <button>Join</button></div>`);
    const copy = doc.cloneNode(true) as Document;
    expect(copy.defaultView).toBeNull();
    expect(findClutter(copy).filter((block) => block.rule === 'overlay').map((block) => block.element.id)).toEqual(['pop']);
  });
});

describe('blocks without text', () => {
  it('are listed by what they hold, so that showing one again does not show them all', () => {
    const doc = page(
      `<article>${story}</article><div id="ad-top" class="ad-slot"></div><div id="ad-side" class="ad-slot"></div>` +
        `<div class="ad-slot"><img src="/shoes.jpg" alt="Buy running shoes"></div><div class="ad-slot"><iframe title="Advertisement"></iframe></div>` +
        `<div class="ad-slot">Sponsored: shoes</div>`,
    );
    const hidden = toHidden(findClutter(doc)).filter((block) => block.rule === 'ad-slot');
    expect(hidden).toEqual([
      { rule: 'ad-slot', text: '', label: 'div#ad-top' },
      { rule: 'ad-slot', text: '', label: 'div#ad-side' },
      { rule: 'ad-slot', text: '', label: 'image: Buy running shoes' },
      { rule: 'ad-slot', text: '', label: 'frame: Advertisement' },
      { rule: 'ad-slot', text: 'Sponsored: shoes' },
    ]);
    expect(new Set(hidden.map(signatureOf)).size).toBe(hidden.length);
  });
});

describe('marks', () => {
  it('skips the blocks the reader asked to keep, and clearMarks undoes everything', () => {
    const doc = page(`<main>${story}</main>${related('Trending')}${related('Most read')}`);
    const before = doc.body.innerHTML;
    const blocks = findClutter(doc);
    expect(blocks).toHaveLength(2);
    const marked = markClutter(blocks, (block) => block.text.startsWith('Trending'));
    expect(toHidden(marked)).toEqual([{ rule: 'promo-heading', text: 'Most read One Two Three' }]);
    expect(doc.querySelectorAll(`[${HIDE_ATTR}]`)).toHaveLength(1);
    clearMarks(doc);
    expect(doc.body.innerHTML).toBe(before);
  });

  it('can leave the blocks\' first words to be read when they are listed, with the same words', () => {
    const doc = page(`<main>${story}</main>${related('Trending')}${related('Most read')}`);
    const blocks = findClutter(doc, undefined, { withoutText: true });
    expect(blocks.map((block) => block.text)).toEqual(['', '']);
    expect(blocks.map(blockText)).toEqual(['Trending One Two Three', 'Most read One Two Three']);
    expect(toHidden(findClutter(doc, undefined, { withoutText: true }))).toEqual(toHidden(findClutter(doc)));
  });

  it('looks only inside the late-added elements when asked', () => {
    const doc = page(`<main>${story}</main>${related('Trending')}<div id="late">${related('Sponsored')}</div>`);
    const late = findClutter(doc, undefined, { within: [doc.getElementById('late')!] });
    expect(late.map((block) => block.text)).toEqual(['Sponsored One Two Three']);
  });

  it('gives first words with the text of separate blocks apart', () => {
    const doc = page('<div id="x"><h2>Top</h2><p>One two</p><p>three <b>fo</b>ur</p></div>');
    expect(firstWords(doc.getElementById('x')!, 3)).toBe('Top One two…');
    expect(firstWords(doc.getElementById('x')!)).toBe('Top One two three four');
  });
});

describe('around the story', () => {
  const longStory = story + story;
  const frame = (extra = '') =>
    page(`<div id="top"><a href="/">Site</a> <a href="/login">Log in</a></div><div id="wrap"><div id="cap">W</div><div id="story">${longStory}</div>` +
      `<div id="tags"><a href="/t/a">Harbour</a> <a href="/t/b">Bridges</a></div><div id="photo"><img src="/p.jpg" alt=""><span>Photo: A. Keeper</span></div>${extra}</div>`);
  const around = (doc: Document, options = {}) => findClutter(doc, undefined, { isArticle: true, ...options }).filter((block) => block.rule === 'around-story').map((block) => block.element.id);

  it('hides the links beside an article\'s story, and keeps its drop cap and its own image', () => {
    expect(around(frame()).sort()).toEqual(['tags', 'top']);
  });

  it('hides only link lists beside the story of a page detection did not call an article: a short text there may be the page\'s own', () => {
    const doc = () => frame('<div id="version">Version 4.2, stable</div>');
    expect(around(doc()).sort()).toEqual(['tags', 'top', 'version']);
    expect(around(doc(), { isArticle: false }).sort()).toEqual(['tags', 'top']);
  });

  it('hides a form below an article\'s story whatever its labels say, and not one above it or on other pages', () => {
    const form = (id: string) => `<div id="${id}"><h3>Save stories to read later</h3><label>Your e-mail address, for the reading list</label><input type="email"><button>Save</button></div>`;
    expect(around(frame(form('below')))).toContain('below');
    expect(around(frame(form('below')), { isArticle: false })).not.toContain('below');
    const above = page(`<div id="wrap">${form('above')}<div id="story">${longStory}</div></div>`);
    expect(around(above)).not.toContain('above');
  });

  it('needs a story of several paragraphs: beside a lone blurb the links may be the content', () => {
    const doc = page('<div id="links"><a href="/a">One</a> <a href="/b">Two</a></div><div><p>A single paragraph that says what the listing below is for, and nothing more than that.</p></div>');
    expect(around(doc)).toEqual([]);
  });

  it('looks only at the late-added blocks when asked', () => {
    const doc = frame('<div id="late"><a href="/x">Next story</a> <a href="/y">Older</a></div>');
    expect(around(doc, { within: [doc.getElementById('late')!], story: locateStory(doc) })).toEqual(['late']);
  });
});

describe('sign-up boxes found by their heading', () => {
  const signUp = '<div id="signup"><h3>Sign up for our newsletter</h3><p>One e-mail a week, every Friday.</p></div>';
  const newsletters = (doc: Document, isArticle: boolean) => findClutter(doc, undefined, { isArticle }).filter((block) => block.rule === 'newsletter').map((block) => block.element.id);

  it('hides a box with nothing to act on (its form comes from a script) beside an article\'s story, and not on other pages', () => {
    const doc = () => page(`<div id="story">${story}</div>${signUp}`);
    expect(newsletters(doc(), true)).toEqual(['signup']);
    expect(newsletters(doc(), false)).toEqual([]);
  });

  it('keeps such a box inside the story: there it is the story\'s own text', () => {
    const doc = page(`<div id="story">${story}${signUp}${story}</div>`);
    expect(newsletters(doc, true)).toEqual([]);
  });
});

describe('sales boxes, disclosures, feedback and poster numbers', () => {
  const byRule = (doc: Document, rule: string, isArticle = true) => findClutter(doc, undefined, { isArticle }).filter((block) => block.rule === rule).map((block) => block.element.id);

  it('hides a sales box beside an article\'s story, and not on a page that is not called an article (there it is the page\'s pitch)', () => {
    const doc = () => page(`<div id="story">${story}</div><section id="lead"><h3>Ready to get started?</h3><p>Our team replies within a day.</p><a href="/demo">Book a demo</a></section>`);
    expect(byRule(doc(), 'lead-box')).toEqual(['lead']);
    expect(byRule(doc(), 'lead-box', false)).toEqual([]);
  });

  it('keeps a sales heading with nothing to act on, and one inside the story', () => {
    const bare = page(`<div id="story">${story}</div><section id="lead"><h3>Ready to get started?</h3><p>Our team replies within a day.</p></section>`);
    expect(byRule(bare, 'lead-box')).toEqual([]);
    const inside = page(`<div id="story">${story}<section id="lead"><h3>Ready to get started?</h3><a href="/kit">the starter kit</a></section>${story}</div>`);
    expect(byRule(inside, 'lead-box')).toEqual([]);
  });

  it.each(['We may earn a commission when you buy through links on our site.', 'As an Amazon Associate I earn from qualifying purchases.', 'This post contains affiliate links.', 'Products are chosen independently by our editors.', 'Dieser Artikel enthält Affiliate-Links.'])('knows the affiliate note %s', (text) => {
    expect(AFFILIATE_NOTE.test(text)).toBe(true);
  });

  it('keeps a long paragraph that starts like a disclosure: it is an essay on the subject', () => {
    const essay = `<p id="essay"><span>We may earn a commission, the founders told investors in 2019,</span> ${'and the business grew from that single promise into a network of review sites. '.repeat(6)}</p>`;
    expect(byRule(page(`<div id="story">${story}</div>${essay}`), 'affiliate-note')).toEqual([]);
  });

  it.each(['Was this page helpful?', 'Did you find this article useful?', 'Edit this page on GitHub', 'Submit correction', 'War diese Seite hilfreich?'])('knows the page feedback %s', (text) => {
    expect(PAGE_FEEDBACK.test(text)).toBe(true);
  });

  it('hides a poster\'s numbers only where two different ones stand together', () => {
    const doc = page(`<div id="thread">${story}<div id="stats"><span>Joined: May 2012</span> <span>Messages: 310</span></div><div id="one"><span>Posts: 12</span></div></div>`);
    expect(byRule(doc, 'poster-stats', false)).toEqual(['stats']);
  });

  it.each(['Ready to get started? Contact us today', 'Get in touch', 'Request a free consultation', "Let's talk"])('knows the sales heading %s', (text) => {
    expect(LEAD_HEADING.test(text)).toBe(true);
  });

  it.each(['Contact us by e-mail:', 'Ready'])('leaves %s, which is not a sales heading', (text) => {
    expect(LEAD_HEADING.test(text)).toBe(false);
  });

  it('hides readers\' comments below an article\'s story, and not on other pages, where they may be the content', () => {
    const doc = () => page(`<div id="story">${story}${story}</div><section id="comments" class="comments"><h2>Comments</h2><p>First comment on the harbour story, from a reader who was there on Tuesday.</p></section>`);
    expect(byRule(doc(), 'article-comments')).toEqual(['comments']);
    expect(byRule(doc(), 'article-comments', false)).toEqual([]);
  });

  it.each(['Joined', 'Reaction score', 'Posts: 1,077', 'Mitglied seit: 2019'])('knows the poster number %s', (text) => {
    expect(POSTER_STAT.test(text)).toBe(true);
  });
});

describe("a site's standing notices", () => {
  const byRule = (doc: Document, rule: string) => findClutter(doc, undefined, { isArticle: false }).filter((block) => block.rule === rule).map((block) => block.element.id);

  it.each([
    'Free shipping on orders over $75', 'FREE SHIPPING  |  LIFETIME WARRANTY', 'Returns & exchanges accepted', 'Ships from: Israel', 'Your cart is empty',
    'Showing 24 of 291 results', 'Displaying 1 to 24 (of 204 products)', 'You must log in or register to reply here.', 'Welcome, Guest',
    'Not open for further replies.', 'Livraison offerte dès 299€', 'Kostenloser Versand ab 50 €',
  ])('knows the notice %s', (text) => {
    expect(SITE_NOTICE.test(text)).toBe(true);
  });

  it.each(['Free', 'Shipping policy', 'Free speech on campus', 'You must', 'Showing the way'])('leaves %s, which is not a notice', (text) => {
    expect(SITE_NOTICE.test(text)).toBe(false);
  });

  it('hides a notice that is a whole line, and keeps the same words inside a sentence', () => {
    const doc = page(
      `<div id="bar"><p id="promise"><strong>Free shipping</strong> on orders over $75</p></div><div id="product"><h1>Trail shoe</h1>` +
        `<p id="desc">A light trail shoe with a grippy sole. Every pair comes with <b>free returns</b> within 30 days and a two-year warranty.</p></div>`,
    );
    expect(byRule(doc, 'site-notice')).toEqual(['bar']);
  });

  it('hides a notice on a product photo, and keeps the photo', () => {
    const doc = page(`<div id="story">${story}</div><div id="grid"><figure id="card"><img src="/ridgeline-3.jpg" alt="Ridgeline 3"><figcaption id="badge"><span>Coming soon!</span></figcaption></figure></div>`);
    expect(byRule(doc, 'site-notice')).toEqual(['badge']);
  });

  it('keeps a long block that starts like a notice: it is the page\'s own text about it', () => {
    const policy = `<div id="policy"><p>Free shipping on every order is how we started in 2009, and ${'we have kept that promise through three warehouses and two moves. '.repeat(3)}</p></div>`;
    expect(byRule(page(`<div id="story">${story}</div>${policy}`), 'site-notice')).toEqual([]);
  });

  it("keeps the product's own terms: the answer under a shipping heading, and a line in the buy box's form", () => {
    const doc = page(
      `<div id="product"><h1>Trail shoe</h1><p>${'A light trail shoe with a grippy sole and a rock plate. '.repeat(3)}</p>` +
        `<div class="accordion"><div class="accordion-label">Shipping &amp; Returns</div><div id="terms"><div>Free shipping over $75 &amp; easy returns.</div></div></div>` +
        `<form action="/cart/add"><select name="size"><option>9</option></select><p id="offer">Free standard shipping</p><button>Add to cart</button></form></div>`,
    );
    expect(byRule(doc, 'site-notice')).toEqual([]);
  });

  it.each(['Reply With Quote', 'Ask Question', 'Click to expand...', 'Quick Shop', 'Sort by', 'Pick Up in Store', 'Menu', 'Toggle navigation', 'Get started for free', 'Get a Demo', 'Download for Windows'])('knows the action %s', (text) => {
    expect(SITE_ACTION.test(text)).toBe(true);
  });
});

describe('skip links inside hidden blocks', () => {
  it('hides the rest of a site header and leaves the way to its skip link unhidden', () => {
    const doc = page(`<header class="site-header"><div class="bar"><a class="skip-link" href="#main">Skip to content</a><a href="/">Logo</a></div>` +
      `<nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header><main id="main">${story}</main>`);
    const before = doc.body.innerHTML;
    const blocks = findClutter(doc);
    expect(blocks.map((block) => `${block.rule}:${block.mode}`).sort()).toEqual(['page-chrome:hide', 'skip-link:visually-hidden']);
    markClutter(blocks);
    const skip = doc.querySelector('.skip-link')!;
    expect(skip.closest(`[${HIDE_ATTR}]`)).toBeNull();
    expect(skip.hasAttribute('data-tidyread-sr')).toBe(true);
    for (const link of doc.querySelectorAll('header a:not(.skip-link)')) expect(link.closest(`[${HIDE_ATTR}]`), link.textContent ?? '').not.toBeNull();
    clearMarks(doc);
    expect(doc.body.innerHTML).toBe(before);
  });
});
