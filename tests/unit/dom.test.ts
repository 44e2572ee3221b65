import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeWindow, parseHtml, readHtmlFile } from '../../src/node/dom';

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

describe('readHtmlFile and the page\'s encoding', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tidyread-encoding-'));
  const page = (charset: string) => `<!DOCTYPE html><html><head>${charset}<title>Die Straße öffnet</title></head><body><p>Grüße aus Köln</p></body></html>`;

  it.each([
    ['a legacy encoding, by the charset it declares', Buffer.from(page('<meta charset="iso-8859-1">'), 'latin1')],
    ['windows-1252, the web\'s default, when a page that is not UTF-8 declares nothing', Buffer.from(page(''), 'latin1')],
    [
      'UTF-8 bytes as UTF-8 even under an old ISO-8859-1 meta tag, as re-encoded saved pages are',
      Buffer.from(page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'), 'utf8'),
    ],
    ['UTF-16 by its byte order mark, instead of calling it binary', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page(''), 'utf16le')])],
  ])('reads %s', (name, bytes) => {
    const file = join(dir, `${name.length}.html`);
    writeFileSync(file, bytes);
    expect(parseHtml(readHtmlFile(file)).document.title).toBe('Die Straße öffnet');
  });
});
