import { describe, expect, it } from 'vitest';
import {
  blockSignature, keepList, keysFor, pageOrderOf, PAGE_ORDER_KEY, recordPageMode, recordSiteAlways, resolveMode, withPageOrder, type PrefRecords,
} from '../../src/core/state';

const page = 'https://news.example/world/story?utm_source=feed#top';
const otherPage = 'https://news.example/sport/match';

/** Applies writes the way the background does: undefined removes the key. */
function apply(records: PrefRecords, writes: Record<string, unknown>): PrefRecords {
  const next = { ...records };
  for (const [key, value] of Object.entries(writes)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return next;
}

describe('reader-mode choices', () => {
  it('is off for a page nobody chose for', () => {
    expect(resolveMode(page, {})).toEqual({ mode: 'off', source: 'default', siteAlways: false });
  });

  it('remembers a page choice under the page URL without fragment and tracking', () => {
    const records = apply({}, recordPageMode(page, 'on', {}));
    expect(resolveMode('https://news.example/world/story', records).mode).toBe('on');
    expect(resolveMode(otherPage, records).mode).toBe('off');
  });

  it('turns every page of a site on with "Always for this site"', () => {
    const records = apply({}, recordSiteAlways(page, true, 'off'));
    expect(resolveMode(otherPage, records)).toEqual({ mode: 'on', source: 'site', siteAlways: true });
    expect(resolveMode('https://www.news.example/any', records).mode).toBe('on');
    expect(resolveMode('https://elsewhere.example/any', records).mode).toBe('off');
  });

  it('lets one page be off on a site that is always on', () => {
    let records = apply({}, recordSiteAlways(page, true, 'off'));
    records = apply(records, recordPageMode(page, 'off', records));
    expect(resolveMode(page, records)).toEqual({ mode: 'off', source: 'page', siteAlways: true });
    expect(resolveMode(otherPage, records).mode).toBe('on');
  });

  it('keeps the current page as it is when "Always for this site" is turned off', () => {
    let records = apply({}, recordSiteAlways(page, true, 'off'));
    records = apply(records, recordSiteAlways(page, false, 'on'));
    expect(resolveMode(page, records).mode).toBe('on');
    expect(resolveMode(otherPage, records).mode).toBe('off');
  });

  it('ignores records of other shapes rather than failing', () => {
    const keys = keysFor(page);
    const records = { [keys.page!]: 42, [keys.site!]: true, [keys.keep!]: 'nope' };
    expect(resolveMode(page, records).mode).toBe('off');
    expect(keepList(page, records)).toEqual([]);
  });

  it('records nothing for pages that are not on the web', () => {
    expect(recordPageMode('about:blank', 'on', {})).toEqual({});
    expect(recordSiteAlways('chrome://settings', true, 'off')).toEqual({});
  });
});

describe('blocks shown again', () => {
  it('signs a block by rule and its first words, ignoring case and spacing', () => {
    expect(blockSignature('promo-heading', '  You May   Missed it ! ')).toBe(blockSignature('promo-heading', 'you may missed it !'));
    expect(blockSignature('promo-heading', 'x')).not.toBe(blockSignature('share-bar', 'x'));
  });

  it('reads the kept signatures of the page’s site', () => {
    const signature = blockSignature('promo-heading', 'You May Missed it !');
    const records = { [keysFor(otherPage).keep!]: [signature, 7] };
    expect(keepList(page, records)).toEqual([signature]);
  });
});

describe('the pages that keep their own choice', () => {
  const pages = (count: number) => Array.from({ length: count }, (_, index) => `page:https://news.example/${index}`);

  it('past the limit, the least recently chosen page loses its record, and only that one', () => {
    const writes = withPageOrder({ 'page:https://news.example/new': 'on' }, pages(3), 3);
    expect(writes).toEqual({
      'page:https://news.example/new': 'on',
      'page:https://news.example/0': undefined,
      [PAGE_ORDER_KEY]: ['page:https://news.example/1', 'page:https://news.example/2', 'page:https://news.example/new'],
    });
  });

  it('a page chosen again becomes the most recent, so it is not the next to go', () => {
    const writes = withPageOrder({ 'page:https://news.example/0': 'off' }, pages(3), 3);
    expect(writes[PAGE_ORDER_KEY]).toEqual(['page:https://news.example/1', 'page:https://news.example/2', 'page:https://news.example/0']);
    expect(Object.values(writes)).not.toContain(undefined);
  });

  it('a page whose record goes leaves the list; writes without a page leave it alone', () => {
    expect(withPageOrder({ 'page:https://news.example/1': undefined, 'site:news.example': 'on' }, pages(3), 3)[PAGE_ORDER_KEY]).toEqual([
      'page:https://news.example/0', 'page:https://news.example/2',
    ]);
    expect(withPageOrder({ 'site:news.example': 'on' }, pages(3), 3)).toEqual({ 'site:news.example': 'on' });
    expect(withPageOrder({ 'page:https://news.example/0': undefined }, pages(1), 3)).toEqual({ 'page:https://news.example/0': undefined, [PAGE_ORDER_KEY]: undefined });
  });

  it('a stored list of another shape is not taken for one', () => {
    expect(pageOrderOf(42)).toBeNull();
    expect(pageOrderOf(['page:https://a.example/', { key: 'x' }])).toBeNull();
    expect(pageOrderOf(['site:a.example'])).toBeNull();
    expect(pageOrderOf(pages(2))).toEqual(pages(2));
  });
});
