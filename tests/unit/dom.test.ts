import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { closeWindow, parseHtml } from '../../src/node/dom';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** A weak reference to a page's document, its window closed; the window lives only in this function's frame. */
async function closedPage(): Promise<WeakRef<Document>> {
  const win = parseHtml('<html><body><article><p>Story text.</p></article></body></html>', 'https://example.com/a');
  const page = new WeakRef(win.document);
  await closeWindow(win);
  return page;
}

describe('closeWindow', () => {
  it('leaves nothing holding the page once awaited', async () => {
    const page = await closedPage();
    collectGarbage();
    expect(page.deref() === undefined).toBe(true);
  });
});
