import { expect, it } from 'vitest';
import { findTextRange } from '../../src/content/quote-flash';
import { parseHtml } from '../../src/node/dom';

function rangeText(html: string, needle: string): string | null {
  const win = parseHtml(`<body>${html}</body>`);
  // The content script runs in a page, where NodeFilter is a global.
  (globalThis as { NodeFilter?: unknown }).NodeFilter ??= (win as unknown as { NodeFilter: unknown }).NodeFilter;
  const doc = win.document;
  return findTextRange(doc, needle)?.toString() ?? null;
}

it('finds a quotation across inline elements, whatever its case and spacing', () => {
  expect(rangeText('<p>She said: “We <em>will</em>\n   rebuild.”</p>', 'we will rebuild')).toBe('We will\n   rebuild');
});

it('covers exactly the quotation after a character that lower case makes longer', () => {
  // "İ" lowers to two characters; the range must not drift by one for each of them.
  expect(rangeText('<p>İİİİ “Evet” dedi.</p>', 'Evet')).toBe('Evet');
  expect(rangeText('<p>İstanbul’da “Yarın geliyoruz” dedi.</p>', 'Yarın geliyoruz')).toBe('Yarın geliyoruz');
});

it('finds Greek text ending in a capital sigma', () => {
  expect(rangeText('<p>ΟΔΟΣ ΠΑΝΕΠΙΣΤΗΜΙΟΥ</p>', 'ΟΔΟΣ')).toBe('ΟΔΟΣ');
});

it('ends the range after a character outside the Basic Multilingual Plane', () => {
  expect(rangeText('<p>Fire 🔥 here</p>', 'fire 🔥')).toBe('Fire 🔥');
});
