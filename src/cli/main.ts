/**
 * The command line over the same core as the extension. Its flags and JSON fields are a stable contract.
 *   extract [--url URL] [--format json|markdown|text] FILE      (FILE: .html or .html.gz)
 *   extract --batch LIST.jsonl                                  ({"file", "url"?} per line)
 *   quotes [--lang LANG] [--format json|markdown] FILE.txt
 *   quotes --batch LIST.jsonl                                   ({"id", "text", "lang"?} per line)
 */
import { readFileSync, statSync } from 'node:fs';
import { extractStory } from '../core/extract';
import { storyToMarkdown, quotesToMarkdown } from '../core/markdown';
import { findQuotes } from '../core/quotes/index';
import type { Story } from '../core/types';
import { closeWindow, InputError, MAX_INPUT_BYTES, parseHtml, readHtmlFile, tooLarge } from '../node/dom';

const USAGE = `usage:
  tidyread extract [--url URL] [--format json|markdown|text] FILE
  tidyread extract --batch LIST.jsonl
  tidyread quotes [--lang LANG] [--format json|markdown] FILE.txt
  tidyread quotes --batch LIST.jsonl [--lang LANG]    (LANG for the lines that name none)
  tidyread --help
LANG is a language code (en, de, fr, pt-BR, ...). A batch answers every line of LIST in its place:
{"id", "quotes"} or {"file", ...story}, or {"id"|"file", "error"} for a line that cannot be read.
Offsets are JavaScript string indices (UTF-16 code units) into the text as read, a byte order mark included.`;

class UsageError extends Error {}

interface Args {
  command: string;
  file: string | null;
  batch: string | null;
  url: string | null;
  lang: string | null;
  format: string;
}

/** A BCP 47 tag's shape: "english" or "12" is a mistake to report, not a language to guess quotes in. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$/i;

function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (command !== 'extract' && command !== 'quotes') {
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
  const args: Args = { command, file: null, batch: null, url: null, lang: null, format: 'json' };
  const given = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = () => {
      const next = rest[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      // Two different values: which one the run used would be a guess.
      if (given.has(arg)) throw new UsageError(`${arg} is given more than once`);
      given.add(arg);
      return next;
    };
    if (arg === '--url') args.url = value();
    else if (arg === '--format') args.format = value();
    else if (arg === '--batch') args.batch = value();
    else if (arg === '--lang') args.lang = value();
    else if (arg === '-') throw new UsageError('reading standard input is not supported: give a file (a file named "-" is ./-)');
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else if (args.file === null) args.file = arg;
    else throw new UsageError(`more than one input file given ("${args.file}", "${arg}")`);
  }
  const formats = command === 'extract' ? ['json', 'markdown', 'text'] : ['json', 'markdown'];
  if (!formats.includes(args.format)) throw new UsageError(`--format must be one of ${formats.join(', ')}`);
  if (!args.batch && !args.file) throw new UsageError('no input file given');
  if (args.batch && args.file) throw new UsageError('give either --batch LIST.jsonl or one FILE, not both');
  // A flag that would be ignored is refused: the caller would take the output for what the flag asked.
  if (args.batch && argv.includes('--format')) throw new UsageError('--batch prints one JSON object per line: --format does not apply');
  if (command === 'quotes' && args.url) throw new UsageError('--url applies to extract, not to quotes');
  if (command === 'extract' && args.lang) throw new UsageError('--lang applies to quotes, not to extract (the page says its language)');
  if (command === 'extract' && args.batch && args.url) throw new UsageError('with --batch, each line gives its own "url"');
  if (args.lang !== null && !LANGUAGE_TAG.test(args.lang)) throw new UsageError(`--lang "${args.lang}" is not a language code (such as en, de, fr, pt-BR)`);
  if (args.url) {
    try {
      new URL(args.url);
    } catch {
      throw new UsageError(`--url "${args.url}" is not a valid absolute URL`);
    }
  }
  return args;
}

async function extractFile(file: string, url: string | null): Promise<Story> {
  const html = readHtmlFile(file);
  let win: Window;
  try {
    win = parseHtml(html, url ?? undefined);
  } catch (error) {
    // jsdom builds the tree recursively; browsers cap the depth (Chromium at 512), jsdom runs out of stack.
    if (error instanceof RangeError) throw new InputError(`${file}: its elements are nested too deeply (thousands inside each other) to be read here`);
    throw error;
  }
  try {
    return extractStory(win.document, { window: win, url: url ?? undefined });
  } finally {
    await closeWindow(win);
  }
}

/**
 * The list's lines, numbered as an editor numbers them: each gets one output line in its place, a blank one an
 * error, so that outputs and inputs line up. Only the empty rest after the final newline is not a line. A line that
 * is not UTF-8 is null: JSON is UTF-8, and replacement characters would change its text without a word.
 */
function readLines(file: string): (string | null)[] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${code})`}`);
  }
  const lines: (string | null)[] = [];
  // The decoder drops a byte order mark at the start of the list (and of any line).
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let start = 0; start < bytes.length; ) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline < 0 ? bytes.length : newline;
    try {
      lines.push(decoder.decode(bytes.subarray(start, end)));
    } catch {
      lines.push(null);
    }
    start = end + 1;
  }
  return lines;
}

/**
 * JSON with U+2028, U+2029 and U+0085 escaped: JSON allows them raw in strings, but Python's splitlines() and other
 * line readers end a line at each, which would cut one output line of a batch in two.
 */
function toJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[\u2028\u2029\u0085]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function batchEntry(line: string | null, index: number): Record<string, unknown> {
  if (line === null) throw new InputError(`line ${index + 1}: not UTF-8 text`);
  if (line.trim() === '') throw new InputError(`line ${index + 1}: blank`);
  try {
    const value = JSON.parse(line);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value;
  } catch {
    // reported below
  }
  throw new InputError(`line ${index + 1}: not a JSON object`);
}

async function runExtractBatch(list: string): Promise<void> {
  for (const [index, line] of readLines(list).entries()) {
    let file: unknown = null;
    try {
      const entry = batchEntry(line, index);
      file = entry.file;
      if (typeof file !== 'string' || !file) throw new InputError(`line ${index + 1}: "file" is ${file === undefined || file === '' ? 'missing' : 'not a string'}`);
      // As --url is checked for one file: a bad "url" would resolve every link of the story against the wrong page.
      const url = entry.url || null;
      if (url !== null && (typeof url !== 'string' || !URL.canParse(url))) throw new InputError(`line ${index + 1}: "url" is not a valid absolute URL`);
      process.stdout.write(toJson({ file, ...(await extractFile(file, url)) }) + '\n');
    } catch (error) {
      process.stdout.write(toJson({ file, error: message(error) }) + '\n');
    }
  }
}

function runQuotesBatch(list: string, defaultLang: string | null): void {
  readLines(list).forEach((line, index) => {
    let id: unknown = null;
    try {
      const entry = batchEntry(line, index);
      id = entry.id ?? null;
      if (id !== null && typeof id !== 'string' && typeof id !== 'number') throw new InputError(`line ${index + 1}: "id" is not a string or a number`);
      if (typeof entry.text !== 'string') throw new InputError(`line ${index + 1}: "text" is ${entry.text === undefined ? 'missing' : 'not a string'}`);
      // A line that names no language ("lang" absent, null or "") takes --lang; a malformed one is not guessed past.
      const named = entry.lang ?? '';
      if (typeof named !== 'string' || (named !== '' && !LANGUAGE_TAG.test(named))) throw new InputError(`line ${index + 1}: "lang" is not a language code (such as en, de, fr, pt-BR)`);
      process.stdout.write(toJson({ id, quotes: findQuotes(entry.text, { lang: named || defaultLang }) }) + '\n');
    } catch (error) {
      process.stdout.write(toJson({ id, error: message(error) }) + '\n');
    }
  });
}

function readTextFile(file: string): string {
  let bytes: Buffer;
  try {
    if (statSync(file).size > MAX_INPUT_BYTES) throw tooLarge(file);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${code})`}`);
  }
  // The byte order mark stays in the text as its first character, in UTF-16 as in UTF-8 (as Node's
  // readFileSync(file, 'utf8') keeps it): offsets count it.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes);
  if (bytes.subarray(0, 4096).includes(0)) throw new InputError(`${file}: is a binary file, not text`);
  if (bytes.toString('utf8').replace(/^\uFEFF/, '').trim() === '') throw new InputError(`${file}: is empty`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // Replacement characters would shift no offset but change the quotes' text: the caller's text is not this one.
    throw new InputError(`${file}: is not UTF-8 text (convert it to UTF-8 first)`);
  }
}

async function main(argv: string[]): Promise<number> {
  if (argv.some((arg) => arg === '--help' || arg === '-h') || argv[0] === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  try {
    const args = parseArgs(argv);
    if (args.command === 'extract') {
      if (args.batch) return await runExtractBatch(args.batch), 0;
      const story = await extractFile(args.file!, args.url);
      const out = args.format === 'json' ? toJson(story, 2) : args.format === 'markdown' ? storyToMarkdown(story) : story.text;
      process.stdout.write(out + '\n');
      return 0;
    }
    if (args.batch) return runQuotesBatch(args.batch, args.lang), 0;
    const text = readTextFile(args.file!);
    const quotes = findQuotes(text, { lang: args.lang });
    process.stdout.write((args.format === 'json' ? toJson(quotes, 2) : quotesToMarkdown(quotes)) + '\n');
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`tidyread: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      process.stderr.write(`tidyread: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`tidyread: failed: ${message(error)}\n`);
    return 1;
  }
}

// A reader that stops early (`| head`) closes the pipe: that ends the run quietly, not with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.stderr.write(`tidyread: cannot write the output (${error.code ?? error.message})\n`);
  process.exit(error.code === 'EPIPE' ? 0 : 1);
});

process.exitCode = await main(process.argv.slice(2));
