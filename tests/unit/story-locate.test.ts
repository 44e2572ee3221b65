/** locateStory counts only paragraphs the reader reads as the page's own: not a consent manager's, not a subtree the markup keeps unseen. */
import { describe, expect, it } from 'vitest';
import { locateStory, storyGuard } from '../../src/core/cleanup/index';
import { isSiteName, isStoryHeading } from '../../src/core/cleanup/story';
import { parseHtml } from '../../src/node/dom';

const sentences = (topic: string, count: number) =>
  Array.from({ length: count }, (_, i) => `Sentence ${i} says something about ${topic} that a reader would want to read to the end.`).join(' ');
/** The post is shorter than each block of the panel, as on wcxb-dev 0543, so that only the exclusion can pick it. */
const post = `<article id="post"><div class="author"><a href="/u/1">Marlowe</a></div><div id="post-body"><p>${sentences('the quiet fans', 3)}</p><p>${sentences('the front panel', 1)}</p></div></article>`;
const longBlock = (topic: string) => `<div class="desc"><p>${sentences(topic, 8)}</p></div>`;

function page(body: string, bodyClass = '') {
  return parseHtml(`<!DOCTYPE html><html><body class="${bodyClass}">${body}</body></html>`, 'https://forum.example/topic/52-quiet-fans').document;
}

function rootIsThePost(doc: Document) {
  const story = locateStory(doc);
  expect(story.root, 'a story is found').not.toBeNull();
  expect(doc.getElementById('post')!.contains(story.root!), `root is <${story.root!.localName} id="${story.root!.id}">`).toBe(true);
  for (const { element } of story.paragraphs) expect(doc.getElementById('post')!.contains(element)).toBe(true);
}

describe('locateStory skips consent managers', () => {
  it('picks the forum post, not a OneTrust preference centre with longer paragraphs (wcxb-dev 0543)', () => {
    const doc = page(
      `<main>${post}</main><div id="onetrust-consent-sdk"><div id="onetrust-pc-sdk" class="otPcCenter ot-hide"><section class="ot-cat-grp">` +
        `<div class="ot-acc-txt">${longBlock('necessary storage')}</div><div class="ot-acc-txt">${longBlock('audience measurement')}</div></section></div></div>`,
    );
    rootIsThePost(doc);
  });

  it.each([
    ['Cookiebot', '<div id="CybotCookiebotDialog">'],
    ['a generic cookie banner', '<div class="site-cookie-banner">'],
    ['a consent preference centre', '<section id="consent-preferences">'],
    ['a GDPR notice', '<div class="gdpr-notice">'],
  ])('skips %s', (_name, open) => {
    const close = open.startsWith('<section') ? '</section>' : '</div>';
    rootIsThePost(page(`${open}${longBlock('storage choices')}${close}<main>${post}</main>`));
  });

  it('reads a consent class on <body> as a page state, not a block holding the story', () => {
    rootIsThePost(page(`<main>${post}</main>`, 'has-cookie-consent'));
  });

  it('keeps an Adobe "cmp-" component, which the consent words leave alone', () => {
    const doc = page(`<div class="cmp-text">${longBlock('the harbour bridge')}</div><main>${post}</main>`);
    expect(locateStory(doc).root?.closest('.cmp-text')).not.toBeNull();
  });
});

describe('locateStory skips what the markup keeps unseen', () => {
  it.each([
    ['[hidden]', '<div hidden>', '</div>'],
    ['aria-hidden="true"', '<div aria-hidden="true">', '</div>'],
    ['a <dialog> without open', '<dialog>', '</dialog>'],
  ])('skips a longer block under %s', (_name, open, close) => {
    rootIsThePost(page(`${open}${longBlock('a closed tab')}${longBlock('another closed tab')}${close}<main>${post}</main>`));
  });

  it('skips paragraphs put into a <template> by script', () => {
    const doc = page(`<template id="later"></template><main>${post}</main>`);
    const template = doc.getElementById('later')!;
    // A parsed template keeps its children in .content; a script can still append to the element itself.
    template.insertAdjacentHTML('afterbegin', longBlock('a template'));
    expect(template.getElementsByTagName('p').length).toBe(1);
    rootIsThePost(doc);
  });

  it('counts an open <dialog> and aria-hidden="false"', () => {
    for (const [open, close] of [['<dialog open>', '</dialog>'], ['<div aria-hidden="false">', '</div>']]) {
      const doc = page(`${open}${longBlock('the open dialog')}${close}<main>${post}</main>`);
      expect(locateStory(doc).root?.closest('dialog, [aria-hidden]'), open).not.toBeNull();
    }
  });

  it('counts the hidden segments React streams into place before the reader sees them (wcxb-dev 4486)', () => {
    const doc = page(`<main>${post}</main><div hidden id="S:2">${longBlock('the whole article')}</div>`);
    expect(locateStory(doc).root?.closest('[id="S:2"]')).not.toBeNull();
  });

  it('finds no story when every long paragraph is unseen', () => {
    const story = locateStory(page(`<div hidden>${longBlock('a closed tab')}</div>`));
    expect(story.root).toBeNull();
    expect(story.paragraphs).toEqual([]);
  });
});

describe("locateStory skips the site's frame", () => {
  it.each([
    ['a <footer>', '<footer>', '</footer>'],
    ['a [role=contentinfo] block', '<div role="contentinfo">', '</div>'],
    ['a <nav>', '<nav>', '</nav>'],
    ['a <header>', '<header>', '</header>'],
  ])("picks the forum post, not a longer blurb in %s (wcxb-dev 0576)", (_name, open, close) => {
    rootIsThePost(page(`<div class="thread">${post}</div>${open}${longBlock('the forum and its members')}${close}`));
  });

  it("counts the paragraphs of the story's own header and footer", () => {
    const doc = page(
      `<article id="post"><header><p id="lede">${sentences('the quiet fans', 1)}</p></header><div><p>${sentences('the front panel', 3)}</p></div>` +
        `<footer><p id="postscript">${sentences('a correction', 1)}</p></footer></article>`,
    );
    const held = locateStory(doc).paragraphs.map(({ element }) => element.id);
    expect(held).toContain('lede');
    expect(held).toContain('postscript');
  });

  it('finds no story when the only paragraphs are in the footer', () => {
    expect(locateStory(page(`<div class="grid"><a href="/a">A</a></div><footer>${longBlock('the company')}</footer>`)).root).toBeNull();
  });
});

describe("a site's name in an <h1>", () => {
  const h1 = (doc: Document, id: string) => doc.getElementById(id)!;

  it("is the site's when it links home from the site header, or when the story has an <h1> of its own", () => {
    const linked = page(`<header><h1 id="name"><a href="/">Human in the Loop</a></h1></header><div>${post}</div>`);
    expect(isSiteName(h1(linked, 'name'))).toBe(true);
    const beside = page(`<header><h1 id="name">Human in the Loop</h1></header><div><h1>Why my tests stopped flaking</h1>${post}</div>`);
    expect(isSiteName(h1(beside, 'name'))).toBe(true);
  });

  it("is the story's title when it is the page's only <h1>, or sits in the story's own header", () => {
    const hero = page(`<header class="hero"><h1 id="title">Why my tests stopped flaking</h1></header><div>${post}</div>`);
    expect(isSiteName(h1(hero, 'title'))).toBe(false);
    const own = page(`<article><header><h1 id="title"><a href="/">Why my tests stopped flaking</a></h1></header>${post}</article><h1>Elsewhere</h1>`);
    expect(isSiteName(h1(own, 'title'))).toBe(false);
  });

  it('leaves the site name out of the headings no rule may hide', () => {
    const doc = page(`<header><h1 id="name"><a href="https://forum.example/">Lathe Talk</a></h1></header><div>${post}</div>`);
    expect(locateStory(doc).headings).not.toContain(h1(doc, 'name'));
  });
});

describe("a closed modal's <h1>", () => {
  it('is not a story heading, and the sidebar holding it is not kept for it', () => {
    const doc = page(
      `<div><h1 id="title">Why my tests stopped flaking</h1>${post}</div>` +
        `<div id="side"><a href="/a">A</a><aside aria-hidden="true"><h1 id="modal">Subscribe to RSS</h1></aside><div hidden><h1 id="hidden">Share</h1></div></div>`,
    );
    expect(isStoryHeading(doc.getElementById('modal')!)).toBe(false);
    expect(isStoryHeading(doc.getElementById('hidden')!)).toBe(false);
    expect(isStoryHeading(doc.getElementById('title')!)).toBe(true);
    expect(storyGuard(doc).holdsStory(doc.getElementById('side')!)).toBe(false);
  });
});

