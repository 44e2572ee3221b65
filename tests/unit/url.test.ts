import { describe, expect, it } from 'vitest';
import { isSamePageAnchor, MAX_PAGE_KEY_LENGTH, pageKey, restrictionReason, siteKey } from '../../src/core/url';

describe('pageKey', () => {
  it('drops the fragment and tracking parameters but keeps the parameters that choose the page', () => {
    expect(pageKey('https://news.example/story?id=42&utm_source=tw&utm_medium=social&fbclid=abc#comments')).toBe(
      'https://news.example/story?id=42',
    );
  });

  it('treats tracking parameter names case-insensitively', () => {
    expect(pageKey('https://news.example/a?UTM_Campaign=x&GCLID=1&page=2')).toBe('https://news.example/a?page=2');
  });

  it('gives the same key to the same page reached with and without tracking', () => {
    expect(pageKey('https://news.example/a?utm_source=x#top')).toBe(pageKey('https://news.example/a'));
  });

  it('keeps different pages apart', () => {
    expect(pageKey('https://news.example/a?page=1')).not.toBe(pageKey('https://news.example/a?page=2'));
  });

  it('leaves out a user name and password in the address: the same page, and never written to disk', () => {
    expect(pageKey('https://reader:s3cret@news.example/story?id=4')).toBe('https://news.example/story?id=4');
    expect(pageKey('http://reader@news.example/story')).toBe('http://news.example/story');
  });

  it('keeps a fragment that is a single-page site\'s route: each route is a page with its own choice', () => {
    expect(pageKey('https://app.example/#!/story/2')).not.toBe(pageKey('https://app.example/#!/story/3'));
    expect(pageKey('https://app.example/#/inbox?utm_source=x')).not.toBe(pageKey('https://app.example/'));
    expect(pageKey('https://app.example/news?utm_source=feed#!/story/2')).toBe(pageKey('https://app.example/news#!/story/2'));
  });

  it('keeps the key of a very long address short, and still tells two such addresses apart', () => {
    const long = `https://app.example/view?state=${'a'.repeat(20_000)}`;
    const key = pageKey(long)!;
    expect(key.length).toBeLessThanOrEqual(MAX_PAGE_KEY_LENGTH);
    expect(key.startsWith('https://app.example/view?state=aaa')).toBe(true);
    expect(pageKey(`${long}b`)).not.toBe(key);
    expect(pageKey(`${long}&utm_source=x#top`)).toBe(key);
    expect(pageKey('https://app.example/short?id=1')).toBe('https://app.example/short?id=1');
  });

  it('has no key for pages that are not on the web or not URLs at all', () => {
    expect(pageKey('chrome://extensions/')).toBeNull();
    expect(pageKey('not a url')).toBeNull();
  });
});

describe('siteKey', () => {
  it('is the host without www.', () => {
    expect(siteKey('https://www.example.com/a/b')).toBe('example.com');
    expect(siteKey('http://blog.example.com:8080/x')).toBe('blog.example.com');
  });
});

describe('restrictionReason', () => {
  it('lets ordinary web pages through', () => {
    expect(restrictionReason('https://news.example/story')).toBeNull();
    expect(restrictionReason('http://127.0.0.1:8080/seed/source.html')).toBeNull();
  });

  it.each([
    ['chrome://settings/', /browser's own pages/],
    ['about:config', /browser's own pages/],
    ['about:blank', /browser's own pages/],
    ['edge://flags', /browser's own pages/],
    ['view-source:https://example.com/', /source/],
    ['file:///home/reader/page.html', /file URLs/],
    ['https://chromewebstore.google.com/detail/x', /add-on store/],
    ['https://addons.mozilla.org/en-US/firefox/', /add-on store/],
    ['https://example.com/report.pdf', /PDF/],
    [null, /no access/],
  ])('explains in plain words why %s cannot be used', (url, expected) => {
    expect(restrictionReason(url)).toMatch(expected);
  });

  it("knows Mozilla's own sites are closed to extensions in Firefox only", () => {
    expect(restrictionReason('https://support.mozilla.org/en-US/kb/reader-view', 'firefox')).toMatch(/Firefox .* Mozilla's own sites/);
    expect(restrictionReason('https://accounts.firefox.com/settings', 'firefox')).toMatch(/Mozilla's own sites/);
    expect(restrictionReason('https://support.mozilla.org/en-US/kb/reader-view', 'chromium')).toBeNull();
    expect(restrictionReason('https://www.mozilla.org/en-US/firefox/', 'firefox')).toBeNull();
  });
});

describe('isSamePageAnchor', () => {
  it('is true when only the fragment changes, to, from or between places in the page', () => {
    expect(isSamePageAnchor('https://news.example/story', 'https://news.example/story#comments')).toBe(true);
    expect(isSamePageAnchor('https://news.example/story#comments', 'https://news.example/story')).toBe(true);
    expect(isSamePageAnchor('https://news.example/story#intro', 'https://news.example/story#footnote-3')).toBe(true);
  });

  it('is false for another path, query or host', () => {
    expect(isSamePageAnchor('https://news.example/story', 'https://news.example/other#comments')).toBe(false);
    expect(isSamePageAnchor('https://news.example/story?page=1', 'https://news.example/story?page=2')).toBe(false);
    expect(isSamePageAnchor('https://news.example/story', 'https://other.example/story')).toBe(false);
  });

  it('is false when a fragment is a single-page site\'s route', () => {
    expect(isSamePageAnchor('https://mail.example/#/inbox', 'https://mail.example/#/sent')).toBe(false);
    expect(isSamePageAnchor('https://news.example/app', 'https://news.example/app#!/story/2')).toBe(false);
  });

  it('is false for an address that does not parse', () => {
    expect(isSamePageAnchor('not a url', 'not a url#x')).toBe(false);
  });
});
