/** Reading pages from disk and parsing them in Node, for the command line, tests and benchmarks. */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';

/** A problem with an input file, told in one plain line. */
export class InputError extends Error {}

/** The HTML text of a .html or .html.gz file, or an InputError saying why it cannot be used. */
export function readHtmlFile(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${file}: no such file`);
    if (code === 'EISDIR') throw new InputError(`${file}: is a directory, not an HTML file`);
    if (code === 'EACCES') throw new InputError(`${file}: permission denied`);
    throw new InputError(`${file}: cannot be read (${code ?? 'unknown error'})`);
  }
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      throw new InputError(`${file}: looks gzipped but cannot be decompressed`);
    }
  }
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') throw new InputError(`${file}: is empty`);
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) throw new InputError(`${file}: is a binary file, not HTML`);
  const text = bytes.toString('utf8');
  if (!/<(!doctype\s+html|html|head|body|p|div|article|main|title|meta|h[1-6])[\s>\/]/i.test(text.slice(0, 200_000))) {
    throw new InputError(`${file}: does not look like HTML (no HTML tags found)`);
  }
  return text;
}

/** jsdom throws on some invalid CSS; Readability ignores styles anyway. */
export function stripStyles(html: string): string {
  return html.replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '');
}

const quietConsole = new VirtualConsole();

/** A jsdom window for the page, scripts off, at the page's URL so relative links resolve. */
export function parseHtml(html: string, url = 'https://example.invalid/'): Window {
  const dom = new JSDOM(stripStyles(html), { url, virtualConsole: quietConsole, contentType: 'text/html' });
  return dom.window as unknown as Window;
}

/**
 * Closes the window and lets the event loop turn once, after which nothing keeps the page in memory.
 *
 * close() alone frees nothing yet: jsdom's Window constructor queues a process.nextTick callback that holds the window,
 * and document.close() (called while parsing and again by window.close()) queues promise jobs that hold the document
 * and through it the window, with everything hung on them (DOMPurify's per-window sanitizer, selector caches, clones).
 * A synchronous loop over pages never lets that queued work run, so every page stayed in memory until the loop ended
 * (1 to 10 MB a page, over 4 GB after some hundred corpus pages). Loops over many pages await this instead of close().
 */
export async function closeWindow(win: Window): Promise<void> {
  win.close();
  await new Promise<void>((resolve) => setImmediate(resolve));
}
