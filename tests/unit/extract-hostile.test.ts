/**
 * Hostile pages: whatever a page puts in its story, nothing that can run, navigate, submit or frame survives
 * extraction and sanitizing. The same fixtures are used by the real-browser tests of the popup.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../src/core/detect';
import { extractStory } from '../../src/core/extract';
import { sanitizeHtml } from '../../src/core/sanitize';
import { parseHtml } from '../../src/node/dom';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const hostile = readdirSync(FIXTURES).filter((name) => name.startsWith('extract-hostile-')).sort();

const FORBIDDEN_TAGS = ['script', 'style', 'link', 'form', 'input', 'button', 'select', 'textarea', 'iframe', 'frame',
  'frameset', 'object', 'embed', 'param', 'base', 'meta', 'template', 'noscript', 'svg', 'math', 'dialog', 'portal'];
const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'data', 'srcset', 'cite'];

/** Every reason the HTML is unsafe to show in an extension page; empty when it is safe. */
function problems(html: string): string[] {
  const found: string[] = [];
  if (/javascript:|vbscript:/i.test(html)) found.push('script URL in the markup');
  const doc = new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window.document;
  for (const element of doc.body.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (FORBIDDEN_TAGS.includes(tag)) found.push(`<${tag}>`);
    for (const attr of element.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${tag}[${name}]`);
      if (['style', 'srcdoc', 'ping', 'autofocus', 'formaction', 'http-equiv'].includes(name)) found.push(`${tag}[${name}]`);
      if (URL_ATTRS.includes(name) && /^\s*(javascript|vbscript|data:text)/i.test(attr.value.replace(/[\u0000-\u0020]/g, ''))) {
        found.push(`${tag}[${name}=${attr.value.slice(0, 30)}]`);
      }
    }
    if (tag === 'a' && element.getAttribute('href') && element.getAttribute('rel') !== 'noopener noreferrer') {
      found.push('link without rel=noopener');
    }
  }
  return found;
}

function load(name: string) {
  const html = readFileSync(join(FIXTURES, name, 'source.html'), 'utf8');
  const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as { storyMustContain: string[] };
  return { html, expected };
}

it('there are hostile fixtures to test', () => {
  expect(hostile.length).toBeGreaterThanOrEqual(3);
});

describe.each(hostile)('%s', (name) => {
  const { html, expected } = load(name);

  it('is a full page whose article passes detection', () => {
    const win = parseHtml(html, 'https://news.example.org/story');
    expect(detectArticle(win.document, 'https://news.example.org/story').isArticle).toBe(true);
  });

  it('extracts the story and nothing unsafe survives', () => {
    const win = parseHtml(html, 'https://news.example.org/story');
    const story = extractStory(win.document, { window: win, url: 'https://news.example.org/story' });
    for (const sentence of expected.storyMustContain) expect(story.text).toContain(sentence);
    expect(problems(story.html)).toEqual([]);
    expect(story.text).not.toMatch(/__pwned/);
  });

  it('the sanitizer alone, given the raw article, lets nothing unsafe through', () => {
    // Readability drops some of these on its own; this proves the sanitizer does not rely on it.
    const win = parseHtml(html, 'https://news.example.org/story');
    const raw = win.document.querySelector('article')!.outerHTML;
    expect(problems(raw).length).toBeGreaterThan(3);
    expect(problems(sanitizeHtml(raw, win))).toEqual([]);
  });

  it('no payload runs while the page is extracted, even in a window that runs scripts', () => {
    // The live page's scripts may run (it is their page), but extraction must not add a single execution.
    const dom = new JSDOM(html.replace(/<script>window\.__pageScriptRan[^<]*<\/script>/, ''), {
      url: 'https://news.example.org/story',
      runScripts: 'dangerously',
      pretendToBeVisual: true,
    });
    const win = dom.window as unknown as Window & { __pwned?: string };
    const before = win.__pwned;
    extractStory(win.document, { window: win, url: 'https://news.example.org/story' });
    expect(win.__pwned).toBe(before);
    dom.window.close();
  });
});
