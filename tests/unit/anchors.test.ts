import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { pointAnchorsAtPage } from '../../src/core/extract/absolute-urls';

const hrefs = (html: string, pageUrl: string) => {
  const { document } = new JSDOM(`<div>${html}</div>`).window;
  const root = document.querySelector('div')!;
  pointAnchorsAtPage(root, pageUrl);
  return [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
};

describe('pointAnchorsAtPage', () => {
  it('sends an in-page anchor to that place in the page, replacing the page address\'s own fragment', () => {
    expect(hrefs('<a href="#fn1">1</a> <a href="#">top</a>', 'https://news.example/2024/flood?id=7#comments')).toEqual([
      'https://news.example/2024/flood?id=7#fn1',
      'https://news.example/2024/flood?id=7#',
    ]);
  });

  it('leaves other links, and a story whose page is not a web page, as they are', () => {
    expect(hrefs('<a href="https://other.example/a#b">x</a> <a href="/about">y</a>', 'https://news.example/flood')).toEqual(['https://other.example/a#b', '/about']);
    expect(hrefs('<a href="#fn1">1</a>', 'file:///tmp/story.html')).toEqual(['#fn1']);
  });
});
