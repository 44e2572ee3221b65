import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHtml } from '../../src/node/dom';

const require = createRequire(import.meta.url);
const { implementation: HTMLCollectionImpl } = require('jsdom/lib/jsdom/living/nodes/HTMLCollection-impl.js');

afterEach(() => vi.restoreAllMocks());

describe('parseHtml', () => {
  it('iterates a collection without a named-property lookup at each step (jsdom made the loop quadratic)', () => {
    const win = parseHtml(`<!DOCTYPE html><body>${'<p>x</p>'.repeat(500)}</body>`);
    const namedItem = vi.spyOn(HTMLCollectionImpl.prototype, 'namedItem');
    let count = 0;
    for (const p of win.document.getElementsByTagName('p')) if (p.tagName === 'P') count++;
    expect(count).toBe(500);
    expect(namedItem.mock.calls.length).toBeLessThan(10);
  });

  it('keeps the collection live while it is iterated, as in a browser', () => {
    const win = parseHtml('<!DOCTYPE html><body><p>a</p><p>b</p><p>c</p></body>');
    const seen: string[] = [];
    for (const p of win.document.getElementsByTagName('p')) {
      seen.push(p.textContent!);
      if (p.textContent === 'a') win.document.body.append(Object.assign(win.document.createElement('p'), { textContent: 'd' }));
    }
    expect(seen).toEqual(['a', 'b', 'c', 'd']);
  });
});
