/** The reader's remembered choices, as pure functions over the storage.local records. */
import type { HiddenBlock } from './types';
import { pageKey, siteKey } from './url';

export type ReaderMode = 'on' | 'off';

export const PAGE_PREFIX = 'page:';
export const SITE_PREFIX = 'site:';
export const KEEP_PREFIX = 'keep:';

/** The subset of storage.local that decides one URL's mode. */
export type PrefRecords = Record<string, unknown>;

/** The storage keys to read to decide a URL's mode and its shown-again blocks. */
export function keysFor(url: string): { page: string | null; site: string | null; keep: string | null } {
  const page = pageKey(url);
  const site = siteKey(url);
  return {
    page: page ? PAGE_PREFIX + page : null,
    site: site ? SITE_PREFIX + site : null,
    keep: site ? KEEP_PREFIX + site : null,
  };
}

export interface ResolvedMode {
  mode: ReaderMode;
  source: 'page' | 'site' | 'default';
  siteAlways: boolean;
}

/** A page's own choice wins over the site's "always"; with neither, reader mode is off. */
export function resolveMode(url: string, records: PrefRecords): ResolvedMode {
  const keys = keysFor(url);
  const pageChoice = keys.page ? records[keys.page] : undefined;
  const siteAlways = keys.site ? records[keys.site] === 'on' : false;
  if (pageChoice === 'on' || pageChoice === 'off') return { mode: pageChoice, source: 'page', siteAlways };
  if (siteAlways) return { mode: 'on', source: 'site', siteAlways };
  return { mode: 'off', source: 'default', siteAlways };
}

/** The writes (value undefined = remove) that record a page's new mode. */
export function recordPageMode(url: string, mode: ReaderMode, records: PrefRecords): Record<string, ReaderMode | undefined> {
  const keys = keysFor(url);
  if (!keys.page) return {};
  const siteAlways = keys.site ? records[keys.site] === 'on' : false;
  // A page that simply follows its site's "always" needs no record of its own.
  if (siteAlways && mode === 'on') return { [keys.page]: undefined };
  return { [keys.page]: mode };
}

/**
 * The writes that record "Always for this site". Turning it on also turns this page on; turning it off
 * keeps this page as it is now, so the switch the reader sees does not change under them.
 */
export function recordSiteAlways(url: string, always: boolean, currentMode: ReaderMode): Record<string, ReaderMode | undefined> {
  const keys = keysFor(url);
  if (!keys.site || !keys.page) return {};
  return always ? { [keys.site]: 'on', [keys.page]: undefined } : { [keys.site]: undefined, [keys.page]: currentMode };
}

/**
 * The records a private (incognito) tab decides by: the reader's choices made in normal windows, with those made in
 * private windows over them. The private ones live in storage.session (memory), never on disk.
 */
export function withPrivateChoices(local: PrefRecords, privateChoices: PrefRecords): PrefRecords {
  return { ...local, ...privateChoices };
}

/**
 * Writes of a private tab, for storage.session: a removal becomes null, "no choice made here", so that the normal
 * windows' record underneath does not show through (a page turned back to following its site, a kept list emptied).
 */
export function privateWrites(writes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(writes).map(([key, value]) => [key, value === undefined ? null : value]));
}

/** Whether a storage key holds one of the reader's choices (a page's, a site's, a site's kept blocks). */
export function isChoiceKey(key: string): boolean {
  return key.startsWith(PAGE_PREFIX) || key.startsWith(SITE_PREFIX) || key.startsWith(KEEP_PREFIX);
}

/** The pages that have a record, the least recently chosen first (storage.local; a private window's are not listed). */
export const PAGE_ORDER_KEY = 'order:pages';
/**
 * How many pages keep their own choice. Each is a record for ever otherwise; at a few per day this is years of
 * reading, and it keeps storage.local (10 MB in Chromium) far from full even with the longest keys.
 */
export const MAX_REMEMBERED_PAGES = 2000;

/**
 * The writes, with the list of pages brought up to date: a page just chosen goes last, a page whose record goes is
 * dropped (an empty list goes too), and past `max` the least recently chosen pages lose their record (they go back to
 * their site's choice).
 */
export function withPageOrder(writes: Record<string, unknown>, order: readonly string[], max = MAX_REMEMBERED_PAGES): Record<string, unknown> {
  const written = new Set(Object.keys(writes).filter((key) => key.startsWith(PAGE_PREFIX)));
  if (!written.size) return writes;
  const next = order.filter((key) => !written.has(key));
  for (const key of written) if (writes[key] !== undefined) next.push(key);
  const evicted = next.splice(0, Math.max(0, next.length - max));
  return { ...writes, ...Object.fromEntries(evicted.map((key) => [key, undefined])), [PAGE_ORDER_KEY]: next.length ? next : undefined };
}

/** The stored list of pages, or null when it is missing or not a list of page keys (then it is rebuilt). */
export function pageOrderOf(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((key) => typeof key === 'string' && key.startsWith(PAGE_PREFIX)) ? value : null;
}

/** Signature of a hidden block the reader asked to see again on a site. */
export function blockSignature(rule: string, text: string): string {
  return `${rule}|${text.trim().toLowerCase().replace(/\s+/g, ' ').slice(0, 60)}`;
}

/** The signature of a listed block: its rule and first words, or, for a block without text, what it holds. */
export function signatureOf(block: HiddenBlock): string {
  return blockSignature(block.rule, block.text || block.label || '');
}

export function keepList(url: string, records: PrefRecords): string[] {
  const key = keysFor(url).keep;
  const value = key ? records[key] : undefined;
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
}
