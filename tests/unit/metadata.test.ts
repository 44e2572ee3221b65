import { describe, expect, it } from 'vitest';
import { readMetadata, toIsoDate, withoutSiteName } from '../../src/core/metadata';
import { parseHtml } from '../../src/node/dom';

function metadataOf(head: string, body = '<p>Text.</p>', htmlAttrs = '') {
  const win = parseHtml(`<!DOCTYPE html><html ${htmlAttrs}><head>${head}</head><body>${body}</body></html>`, 'https://site.example/news/item');
  return readMetadata(win.document, 'https://site.example/news/item');
}

describe('toIsoDate', () => {
  it.each([
    ['2024-10-01', '2024-10-01'],
    ['2024-10-01T08:30:00+01:00', '2024-10-01T08:30:00+01:00'],
    ['2024-10-01T08:30:00+0100', '2024-10-01T08:30:00+01:00'],
    ['2024-10-01 08:30:00', '2024-10-01T08:30:00'],
    ['2024-10-01T07:30:00.000z', '2024-10-01T07:30:00.000Z'],
    ['20241001', '2024-10-01'],
    ['October 1, 2024', '2024-10-01'],
    ['1 October 2024', '2024-10-01'],
    ['Tue, 01 Oct 2024 07:30:00 GMT', '2024-10-01T07:30:00.000Z'],
    // Day first, as everywhere dates are written with dots.
    ['05.03.2024', '2024-03-05'],
    ['5.3.2024', '2024-03-05'],
    ['31.12.2023, 18:45', '2023-12-31'],
  ])('%s -> %s', (raw, iso) => {
    expect(toIsoDate(raw)).toBe(iso);
  });

  it.each(['', 'yesterday', 'Posted by Ann', '12345', '1066-10-14', '13.13.2024', '31.02.2024'])('"%s" is not a date', (raw) => {
    expect(toIsoDate(raw)).toBeNull();
  });
});

describe('readMetadata', () => {
  it('prefers the Article JSON-LD over a WebPage one, in a top-level array', () => {
    const meta = metadataOf(`<script type="application/ld+json">[
      {"@type": "WebPage", "name": "Page name", "datePublished": "2020-01-01"},
      {"@type": ["NewsArticle"], "headline": "Story headline", "datePublished": "2023-05-06", "author": {"@type": "Person", "name": "Ann Lee"}}
    ]</script>`);
    expect(meta.title).toBe('Story headline');
    expect(meta.published).toBe('2023-05-06');
    expect(meta.byline).toBe('Ann Lee');
  });

  it('falls back to meta tags when JSON-LD is missing or broken', () => {
    const meta = metadataOf(`<script type="application/ld+json">{"@type": "NewsArticle", </script>
      <meta property="og:title" content="Meta title &amp;amp; more">
      <meta name="author" content="By Sam Roe">
      <meta property="article:published_time" content="2022-02-03T04:05:06Z">
      <meta property="og:image" content="/img/lead.jpg">
      <meta property="og:site_name" content="The Site">`);
    expect(meta.title).toBe('Meta title & more');
    expect(meta.byline).toBe('Sam Roe');
    expect(meta.published).toBe('2022-02-03T04:05:06Z');
    expect(meta.leadImage).toBe('https://site.example/img/lead.jpg');
    expect(meta.siteName).toBe('The Site');
  });

  it('takes the date from <time> when nothing else gives it, and ignores author URLs', () => {
    const meta = metadataOf('<title>T</title><meta property="article:author" content="https://facebook.com/someone">',
      '<article><p>Posted <time datetime="2021-07-08T09:10:00+02:00">8 July</time></p></article>');
    expect(meta.published).toBe('2021-07-08T09:10:00+02:00');
    expect(meta.byline).toBeNull();
    expect(meta.title).toBe('T');
  });

  it('reads language and direction, and infers right-to-left from the language', () => {
    expect(metadataOf('', '', 'lang="he"')).toMatchObject({ lang: 'he', dir: 'rtl' });
    expect(metadataOf('', '', 'lang="fa-IR"')).toMatchObject({ lang: 'fa-IR', dir: 'rtl' });
    expect(metadataOf('', '', 'lang="en" dir="ltr"')).toMatchObject({ lang: 'en', dir: 'ltr' });
    expect(metadataOf('<meta property="og:locale" content="ar_EG">')).toMatchObject({ lang: 'ar-EG', dir: 'rtl' });
    expect(metadataOf('')).toMatchObject({ lang: null, dir: null });
  });

  it('refuses a lead image that is not http(s)', () => {
    expect(metadataOf('<meta property="og:image" content="javascript:alert(1)">').leadImage).toBeNull();
  });
});

describe('withoutSiteName', () => {
  it.each([
    ['How to sleep better - Harvard Health', 'Harvard Health', 'How to sleep better'],
    ['How to sleep better | HARVARD HEALTH', 'Harvard Health', 'How to sleep better'],
    ['Plumbing pipes compared – Pipe World', 'PipeWorld.com', 'Plumbing pipes compared'],
    ['Spider-Man - A review', 'Film Notes', 'Spider-Man - A review'],
    ['Harvard Health', 'Harvard Health', 'Harvard Health'],
  ])('%s (site %s) -> %s', (title, site, expected) => {
    expect(withoutSiteName(title, site)).toBe(expected);
  });

  it('is applied to the title readMetadata gives when the page names its site', () => {
    expect(metadataOf('<title>Budget passes · City Post</title><meta property="og:site_name" content="City Post">').title).toBe('Budget passes');
  });
});
