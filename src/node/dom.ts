/** Reading pages from disk and parsing them in Node, for the command line, tests and benchmarks. */
import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';

/** A problem with an input file, told in one plain line. */
export class InputError extends Error {}

/**
 * Far beyond any page (the largest wcxb-dev page is 5.3 MB) and far below what one string can hold (512 MB): a
 * larger file, or a .gz that inflates past it, is refused by name instead of failing as V8's "Cannot create a string".
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export function tooLarge(file: string): InputError {
  return new InputError(`${file}: too large to read here (over ${MAX_INPUT_BYTES / 1024 / 1024} MB)`);
}

/** The HTML text of a .html or .html.gz file, or an InputError saying why it cannot be used. */
export function readHtmlFile(file: string): string {
  let bytes: Buffer;
  try {
    if (statSync(file).size > MAX_INPUT_BYTES) throw tooLarge(file);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${file}: no such file`);
    if (code === 'EISDIR') throw new InputError(`${file}: is a directory, not an HTML file`);
    if (code === 'EACCES') throw new InputError(`${file}: permission denied`);
    throw new InputError(`${file}: cannot be read (${code ?? 'unknown error'})`);
  }
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_INPUT_BYTES });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(file);
      throw new InputError(`${file}: looks gzipped but cannot be decompressed`);
    }
  }
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') throw new InputError(`${file}: is empty`);
  const text = decodeHtml(bytes, file);
  if (!/<(!doctype\s+html|html|head|body|p|div|article|main|title|meta|h[1-6])[\s>\/]/i.test(text.slice(0, 200_000))) {
    throw new InputError(`${file}: does not look like HTML (no HTML tags found)`);
  }
  const xmlRoot = xmlDocumentRoot(text);
  if (xmlRoot) throw new InputError(`${file}: is an XML document (<${xmlRoot}>), not an HTML page`);
  checkPageSize(text, file);
  return text;
}

/**
 * The root element's name when the file is an XML document other than XHTML (an RSS or Atom feed, a sitemap):
 * its <title> and <description> would otherwise pass for a page and come out as a story of escaped markup.
 */
function xmlDocumentRoot(text: string): string | null {
  const head = text.slice(0, 10_000).replace(/^\uFEFF/, '');
  // Each part can end in one place only: with parts that could stretch over the next ones, a run of them followed
  // by an unclosed comment took exponential time.
  const root = /^\s*(?:<\?[^>]*>\s*|<!--(?:(?!-->)[\s\S])*-->\s*|<!DOCTYPE[^>]*>\s*)*<([\w:.-]+)/i.exec(head)?.[1];
  if (!root || root.toLowerCase() === 'html') return null;
  const declared = /^\s*<\?xml\b/i.test(head);
  return declared || /^(rss|feed|rdf:rdf|urlset|sitemapindex|opml)$/i.test(root) ? root : null;
}

/**
 * jsdom is far slower than a browser: the largest of the 1,497 wcxb-dev pages (15,800 elements; the most text is
 * 413,000 characters) takes up to 40 s on these machines, and 20 MB of paragraphs would run for many minutes.
 * A page far beyond any real one is refused up front, from counts taken without parsing it.
 */
const MAX_ELEMENTS = 30_000;
const MAX_TEXT_CHARS = 2_000_000;

function checkPageSize(html: string, file: string): void {
  const markup = withoutBlocks(html, /<(script|style|template)\b[^<>]*>|<!--/gi);
  let elements = 0;
  for (const _ of markup.matchAll(/<[a-z]/gi)) elements++;
  if (elements > MAX_ELEMENTS) {
    throw new InputError(`${file}: too large to read here (about ${elements.toLocaleString('en')} elements; the limit is ${MAX_ELEMENTS.toLocaleString('en')})`);
  }
  const textChars = markup.replace(/<[^<>]*>/g, '').length;
  if (textChars > MAX_TEXT_CHARS) {
    throw new InputError(`${file}: too large to read here (about ${textChars.toLocaleString('en')} characters of text; the limit is ${MAX_TEXT_CHARS.toLocaleString('en')})`);
  }
}

/**
 * The HTML without each block an opening of `openings` starts (`<name ...>` up to its `</name>`, or `<!--` up to `-->`),
 * in one pass. A block left open runs to the end, as a browser reads it. A lazy regex (`<style>[\s\S]*?</style>`)
 * rescans the rest of the page from each opening that is never closed: quadratic, minutes for a page of them.
 */
function withoutBlocks(html: string, openings: RegExp): string {
  let out = '';
  let from = 0;
  openings.lastIndex = 0;
  for (let open = openings.exec(html); open; open = openings.exec(html)) {
    out += html.slice(from, open.index);
    const close = open[1] ? new RegExp(`</${open[1]}\\s*>`, 'gi') : /-->/g;
    close.lastIndex = open.index + open[0].length;
    const end = close.exec(html);
    if (!end) return out;
    from = openings.lastIndex = end.index + end[0].length;
  }
  return out + html.slice(from);
}

/** The first charset a <meta> tag declares in the page's first 1,024 bytes, as the HTML standard's prescan looks. */
const DECLARED_CHARSET = /<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i;

/**
 * The page's text. UTF-8 when the bytes are UTF-8, whatever an old <meta> says (a page saved or crawled is often
 * stored re-encoded with its meta tag left as it was: wcxb-dev 0193 says ISO-8859-1); otherwise the charset the
 * page declares, or windows-1252, the web's default. UTF-16 is known by its byte order mark.
 */
function decodeHtml(bytes: Buffer, file: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.subarray(0, 4096).includes(0)) throw new InputError(`${file}: is a binary file, not HTML`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: a legacy encoding, declared or not.
  }
  const declared = DECLARED_CHARSET.exec(bytes.subarray(0, 1024).toString('latin1'))?.[1];
  try {
    return new TextDecoder(declared ?? 'windows-1252').decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * jsdom throws on some invalid CSS; Readability ignores styles anyway. In a style attribute, jsdom 29 throws on a
 * background shorthand whose url() touches the next word (`background:url(a.png)no-repeat;color:red`, as Outlook
 * and many sites write it), which browsers read as if a space were there: the space is put in.
 */
export function stripStyles(html: string): string {
  return withoutBlocks(html, /<(style)\b[^<>]*>/gi)
    .replace(/(\sstyle\s*=\s*)("[^"]*"|'[^']*')/gi, (_, name: string, value: string) => name + value.replace(/(url\((?:"[^"]*"|'[^']*'|[^)"']*)\))(?=[^\s;,)"'!])/gi, '$1 '));
}

const quietConsole = new VirtualConsole();

/** A jsdom window for the page, scripts off, at the page's URL so relative links resolve. */
export function parseHtml(html: string, url = 'https://example.invalid/'): Window {
  const dom = new JSDOM(stripStyles(html), { url, virtualConsole: quietConsole, contentType: 'text/html' });
  linearCollections(dom.window as unknown as Window);
  return dom.window as unknown as Window;
}

/**
 * jsdom iterates an HTMLCollection with Array's iterator, which reads `length` at every step through the
 * collection's proxy, and the proxy first looks for an element named "length": a scan of the whole collection.
 * `for (const p of doc.getElementsByTagName('p'))` was quadratic (8,000 paragraphs: 2.4 s; 2 MB of them: minutes)
 * where a browser is linear. Reading `length` from its getter keeps each step constant, and the collection live.
 */
function linearCollections(win: Window): void {
  const prototype = (win as unknown as { HTMLCollection: typeof HTMLCollection }).HTMLCollection.prototype;
  const lengthOf = Object.getOwnPropertyDescriptor(prototype, 'length')!.get!;
  Object.defineProperty(prototype, Symbol.iterator, {
    configurable: true,
    writable: true,
    value: function* (this: HTMLCollection) {
      for (let i = 0; i < lengthOf.call(this); i++) yield this[i];
    },
  });
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
