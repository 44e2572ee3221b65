import { describe, expect, it } from 'vitest';
import {
  blockSignature, keepList, keysFor, recordPageMode, recordSiteAlways, resolveMode, type PrefRecords,
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
