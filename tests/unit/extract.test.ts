import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractStory } from '../../src/core/extract';
import type { Story } from '../../src/core/types';
import { parseHtml } from '../../src/node/dom';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

function fixture(name: string, file = 'source.html'): string {
  return readFileSync(join(FIXTURES, name, file), 'utf8');
}

function extract(html: string, url = 'https://news.example.org/2024/story'): Story {
  const win = parseHtml(html, url);
  return extractStory(win.document, { window: win, url });
}

describe('the seed page (Storify News)', () => {
  const story = extract(fixture('seed-storify'), 'https://storify.example/trump-north-korea/');
  const seedText = readFileSync(join(FIXTURES, '..', '..', '..', 'shared', 'seed', '000_aec7213c8a94c011.txt'), 'utf8');
  // The story paragraphs of the seed text: those after the title, up to the "You May Missed it" grid.
  const seedParagraphs = seedText.split(/\n\s*\n/).map((p) => p.trim());
  const storyParagraphs = seedParagraphs
    .slice(seedParagraphs.indexOf('Trump’s North Korea strategy isn’t working') + 1, seedParagraphs.indexOf('You May Missed it !'))
    .map((p) => p.replace(' Read More News at Storify News', ''));

  it('keeps every story paragraph', () => {
    expect(storyParagraphs.length).toBeGreaterThanOrEqual(17);
    for (const paragraph of storyParagraphs) expect(story.text).toContain(paragraph);
  });

  it('drops the promo line, the "You May Missed it" grid and the skip link', () => {
    expect(story.text).not.toContain('Read More News at Storify News');
    expect(story.text).not.toContain('You May Missed it');
    expect(story.text).not.toMatch(/skip to content/i);
    expect(story.html).not.toContain('Read More News');
  });

  it('ends with the story\'s last sentence and separates paragraphs by a blank line', () => {
    expect(story.text.endsWith('threatening war all over again.')).toBe(true);
    expect(story.text.split('\n\n').length).toBe(storyParagraphs.length);
  });

  it('reports the metadata and the skip link as hidden', () => {
    expect(story.title).toBe('Trump’s North Korea strategy isn’t working');
    expect(story.siteName).toBe('Storify News');
    expect(story.lang).toBe('en-US');
    expect(story.hidden.map((block) => block.rule)).toContain('skip-link');
    expect(story.wordCount).toBeGreaterThan(600);
    expect(story.readingMinutes).toBe(Math.round(story.wordCount / 238));
  });
});

it('never changes the live document', () => {
  for (const name of ['seed-storify', 'extract-lazy-images', 'extract-promo-clutter', 'extract-hostile-embeds']) {
    const win = parseHtml(fixture(name), 'https://news.example.org/story');
    const before = win.document.documentElement.outerHTML;
    extractStory(win.document, { window: win, url: 'https://news.example.org/story' });
    expect(win.document.documentElement.outerHTML).toBe(before);
  }
});

describe('lazy images', () => {
  const expected = JSON.parse(fixture('extract-lazy-images', 'expected.json'));
  const story = extract(fixture('extract-lazy-images'));
  const doc = parseHtml(`<body>${story.html}</body>`).document;
  const sources = [...doc.querySelectorAll('img')].map((img) => img.getAttribute('src'));

  it('gives every picture its real source, none a placeholder', () => {
    expect(sources).toEqual(expected.images);
  });

  it('copies data-srcset into srcset', () => {
    const srcsets = [...doc.querySelectorAll('img')].map((img) => img.getAttribute('srcset') ?? '');
    expect(srcsets.some((srcset) => srcset.includes(expected.srcsetContains))).toBe(true);
  });

  it('keeps captions and text', () => {
    expect(story.text).toContain('The first hut, at the foot of the pass.');
    expect(story.text).toContain('seven days, one pass, and a great deal of bread.');
  });
});

describe('clutter that Readability lets through', () => {
  const story = extract(fixture('extract-promo-clutter'));

  it('leaves exactly the story paragraphs', () => {
    expect(story.text).toBe(fixture('extract-promo-clutter', 'expected.txt').trim());
  });

  it('keeps the byline apart from the story', () => {
    expect(story.byline).toBe('Tom Ashdown');
  });
});

describe('metadata', () => {
  it('reads JSON-LD @graph, meta tags and markup', () => {
    const story = extract(fixture('extract-metadata'), 'https://countrypost.example/orchard');
    const expected = JSON.parse(fixture('extract-metadata', 'expected.json'));
    const { title, byline, siteName, published, lang, dir, excerpt, leadImage } = story;
    expect({ title, byline, siteName, published, lang, dir, excerpt, leadImage }).toEqual(expected);
    expect(story.text).not.toContain('By Maya Green');
  });

  it('lays out a right-to-left story right to left', () => {
    const story = extract(fixture('extract-rtl'));
    expect(story.lang).toBe('ar');
    expect(story.dir).toBe('rtl');
    expect(story.siteName).toBe('صحيفة الوادي');
    expect(story.text.split('\n\n')).toHaveLength(5);
    expect(story.wordCount).toBeGreaterThan(80);
  });
});

it('gives an empty story, not an error, for a page without one', () => {
  const story = extract('<!DOCTYPE html><html><head><title>Login</title></head><body><form><input name="u"></form></body></html>');
  expect(story.text).toBe('');
  expect(story.html).toBe('');
  expect(story.wordCount).toBe(0);
  expect(story.title).toBe('Login');
});

describe('a story Readability misses, found where the page marks it', () => {
  const html = fixture('extract-story-root');

  it('plain Readability settles on the box beside the story (the case this fixture is for)', async () => {
    const { Readability } = await import('@mozilla/readability');
    const win = parseHtml(html);
    const plain = new Readability(win.document).parse();
    expect(plain?.textContent ?? '').not.toContain('stretch and fold');
  });

  it('keeps every step and ingredient, and not the box', () => {
    const story = extract(html);
    expect(story.text).toContain('500 grams of strong white flour');
    expect(story.text).toContain('stretch and fold the dough every half hour');
    expect(story.text).toContain('Cool the loaf on a rack for at least an hour');
    expect(story.text).toContain('Method');
    expect(story.text).not.toContain('cookery school');
    expect(story.text).not.toMatch(/^How to bake a country loaf/);
  });
});

it('keeps code samples whose highlighting uses widget-like class names, and drops the real comments widget', () => {
  const story = extract(fixture('extract-code-sample'));
  expect(story.text).toContain('# initialize git\ngit init\n\n# view the state of the repo\ngit status');
  expect(story.text).not.toContain('Great post!');
  expect(story.text).not.toMatch(/^Copy$/m);
});

it('keeps the spaces of highlighted code that are whitespace-only spans', () => {
  expect(extract(fixture('extract-code-sample')).text).toContain('from flask import Flask');
});

it('keeps a story whose components have clutter-like class names, and drops the consent banner', () => {
  const story = extract(fixture('extract-component-names'));
  expect(story.text).toContain('Browning the butter before it goes into the dough');
  expect(story.text).toContain('Melt the butter in a light-coloured pan');
  expect(story.text).toContain('Bake small balls of dough at 180 degrees');
  expect(story.text).not.toContain('Accept all cookies');
});

it('finds a story that React streamed into a hidden part of the page', () => {
  const story = extract(fixture('extract-streamed-react'));
  expect(story.text).toContain('Slow queries are rarely slow for one reason.');
  expect(story.text).toContain('Finally, measure again.');
  expect(story.text.split('\n\n')).toHaveLength(5);
});

describe('a story streamed in boundaries and segments, saved without React\'s comments', () => {
  const story = extract(fixture('extract-streamed-segments'));

  it('puts every part and segment where the script would have, in order', () => {
    const order = [
      'You do not need to be a market expert',
      'How index funds work',
      'Most funds follow a well-known index',
      'An index fund holds every company',
      'Passive investing',
      'Pick an index, pick the cheapest fund',
      'The hardest step is the last one',
    ].map((words) => story.text.indexOf(words));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('drops each loading fallback and nothing after it', () => {
    expect(story.text).not.toContain('Loading');
    expect(story.text).toContain('Holding the whole market instead of picking stocks.');
    expect(story.hidden.map((block) => block.rule)).not.toContain('sidebar');
  });
});

describe('publisher prompts inside the story column', () => {
  const story = extract(fixture('extract-publisher-prompts'));

  it('leaves exactly the story paragraphs, captions without their credits', () => {
    expect(story.text).toBe(fixture('extract-publisher-prompts', 'expected.txt').trim());
  });

  it('keeps the picture whose caption lost its credit, and the button-styled link inside a sentence', () => {
    expect(story.html).toContain('https://cdn.coastnotes.example/harbour.jpg');
    expect(story.html).toMatch(/<figcaption>The harbour at dawn\.\s*<\/figcaption>/);
    expect(story.html).toContain('href="https://news.example.org/tides.pdf"');
  });
});

it('drops a shop\'s controls and "customers who viewed" links from a product description, and keeps the description', () => {
  const story = extract(fixture('extract-shop-controls'), 'https://kiln.example/p/mug');
  expect(story.text).toBe(fixture('extract-shop-controls', 'expected.txt').trim());
});

it('keeps a grid of teaser cards that a site builder names "cta", while one call-to-action box goes', () => {
  const story = extract(fixture('extract-cta-cards'), 'https://ledger.example/services');
  for (const words of ['We check your books', 'we plan your taxes a year ahead', 'We help teams change', 'We look for the failures', 'we run the numbers']) {
    expect(story.text).toContain(words);
  }
  expect(extract(fixture('extract-publisher-prompts')).text).not.toContain('Try Coast Notes Pro');
});

it('keeps the lists of a page that is itself a list, under headings that elsewhere introduce related links', () => {
  const story = extract(fixture('extract-link-list-page'), 'https://codeharbour.example/trending');
  for (const words of ['Tide tables for every port', 'Ferry timetables as an API', 'market/auction', 'coast/walks: Cliff walks']) {
    expect(story.text).toContain(words);
  }
});

describe('author boxes inside the story column', () => {
  const story = extract(fixture('extract-author-box'), 'https://threadnotes.example/sewing-machine');

  it('leaves exactly the story, with the quotation and its author', () => {
    expect(story.text).toBe(fixture('extract-author-box', 'expected.txt').trim());
  });

  it('drops bios longer than a share bar, under any class that names the author', () => {
    expect(story.text).not.toContain('freelance writer and pattern maker');
    expect(story.text).not.toContain('first became a sewist');
  });
});

describe('reader prompts inside the story column', () => {
  const story = extract(fixture('extract-reader-prompts'), 'https://hearth.example/best-smart-plugs');

  it('leaves exactly the story paragraphs and the picture caption', () => {
    expect(story.text).toBe(fixture('extract-reader-prompts', 'expected.txt').trim());
  });

  it('keeps the picture whose caption was only its credit', () => {
    expect(story.html).toContain('https://hearth.example/img/plug.jpg');
    expect(story.html).not.toContain('Image credit');
  });
});

it('drops headings that point away from the story with their lists of links, and keeps a story heading that starts like them', () => {
  const story = extract(fixture('extract-reading-next'), 'https://roadnotes.example/winter-tyres');
  expect(story.text).toBe(fixture('extract-reading-next', 'expected.txt').trim());
});

it('drops legal and advertising notices named so, and keeps product cards and sentences that only share the word', () => {
  const story = extract(fixture('extract-disclaimer'), 'https://kitchentested.example/best-dishwashers');
  expect(story.text).toBe(fixture('extract-disclaimer', 'expected.txt').trim());
});

it('keeps the author line of every item of a list, which is a part of the list and not an author box', () => {
  const story = extract(fixture('extract-author-box'), 'https://threadnotes.example/sewing-machine');
  for (const names of ['By Hana Ito, Paul Mercer', 'By Dana Okonkwo', 'By Lea Brandt, Omar Haddad', 'By Rui Santos']) {
    expect(story.text).toContain(names);
  }
});

it('keeps story sentences that open like a promo line, a quote or the byline, and still drops the promo lines', () => {
  const story = extract(fixture('extract-story-sentences'), 'https://transit.example/budget');
  const expected = JSON.parse(fixture('extract-story-sentences', 'expected.json')) as { kept: string[]; dropped: string[] };
  const paragraphs = story.text.split('\n\n');
  for (const line of expected.kept) expect(paragraphs).toContain(line);
  for (const line of expected.dropped) expect(paragraphs).not.toContain(line);
  expect(story.byline).toBe('Reuters');
});

it('reads the story\'s date before cleanup takes out the sidebar it sits in', () => {
  const story = extract(fixture('extract-date-in-sidebar'), 'https://cyber.example/guidance/small-business');
  const expected = JSON.parse(fixture('extract-date-in-sidebar', 'expected.json'));
  expect({ title: story.title, published: story.published }).toEqual(expected);
});

/** Paragraphs enough for Readability to take the <article> as the story. */
const ORCHARD_PARAGRAPHS = Array.from({ length: 5 }, (_, i) =>
  `<p>Paragraph ${i + 1} of the story tells how the orchard volunteers grafted rare apple varieties onto young rootstock, row after row, through a cold spring.</p>`).join('');

it('cleans the byline Readability finds: no "By", no date glued on, no line breaks', () => {
  const glued = extract(`<html><head><title>Orchard</title></head><body><article>
    <div class="byline"><span>Scott Matton</span><span>March 2, 2026</span></div>${ORCHARD_PARAGRAPHS}</article></body></html>`);
  expect(glued.byline).toBe('Scott Matton');
  const prefixed = extract(`<html><head><title>Orchard</title></head><body><article>
    <p class="byline">Written by
      <a href="/people/ann">Ann Lee</a></p>${ORCHARD_PARAGRAPHS}</article></body></html>`);
  expect(prefixed.byline).toBe('Ann Lee');
});

it('takes Readability\'s title, which leaves out the site\'s name, over the document\'s <title>', () => {
  const story = extract(`<html><head><title>Orchard saves forty old apple varieties - Country Post</title></head>
    <body><article><h1>Orchard saves forty old apple varieties</h1>${ORCHARD_PARAGRAPHS}</article></body></html>`);
  expect(story.title).toBe('Orchard saves forty old apple varieties');
});

it('takes the site\'s name off a title when the page names the site', () => {
  const story = extract(`<html><head><title>Regular physical activity can boost mood | Harvard Health</title>
    <meta property="og:site_name" content="Harvard Health"></head>
    <body><article><h2>Exercise and mood</h2>${ORCHARD_PARAGRAPHS}</article></body></html>`);
  expect(story.title).toBe('Regular physical activity can boost mood');
});

it('makes the addresses in a story root taken whole absolute, against the page', () => {
  const expected = JSON.parse(fixture('extract-relative-urls', 'expected.json'));
  const story = extract(fixture('extract-relative-urls'), expected.url);
  const body = parseHtml(`<body>${story.html}</body>`).document.body;
  const img = body.querySelector('img')!;
  expect({ src: img.getAttribute('src'), srcset: img.getAttribute('srcset') }).toEqual(expected.img);
  expect([...body.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(expected.links);
  const video = body.querySelector('video')!;
  expect({ src: video.getAttribute('src'), poster: video.getAttribute('poster') }).toEqual(expected.video);
  expect(story.text).toContain('stretch and fold the dough every half hour');
});
