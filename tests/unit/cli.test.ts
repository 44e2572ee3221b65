import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

const SEED = 'tests/fixtures/seed-storify/source.html';
let dir: string;

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tidyread-cli-'));
  writeFileSync(join(dir, 'empty.html'), '');
  writeFileSync(join(dir, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]));
  writeFileSync(join(dir, 'notes.html'), 'just some words, no markup at all\n');
  writeFileSync(join(dir, 'page.html.gz'), gzipSync(Buffer.from('<html><body><article><h1>Hi</h1><p>Gzipped story text.</p></article></body></html>')));
});

describe('extract', () => {
  it('prints the JSON contract for a page', () => {
    const { code, stdout } = cli('extract', '--url', 'https://storifynews.com/2018/12/story/', SEED);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    for (const field of ['isArticle', 'title', 'byline', 'siteName', 'published', 'lang', 'dir', 'excerpt', 'wordCount',
      'readingMinutes', 'text', 'html', 'quotes', 'hidden']) {
      expect(result).toHaveProperty(field);
    }
    expect(result.title).toBe('Trump’s North Korea strategy isn’t working');
    expect(result.text).toContain('We need to be clear that there will be no pageantry without process.');
    expect(result.text.split('\n\n').length).toBeGreaterThan(10);
    expect(result.html).not.toMatch(/<script|\son\w+=/i);
  });

  it('says in one line that a page nested thousands deep cannot be read here', () => {
    const file = join(dir, 'deep.html');
    writeFileSync(file, `<!DOCTYPE html><html><body>${'<div>'.repeat(20000)}Deep text.${'</div>'.repeat(20000)}</body></html>`);
    const { code, stdout, stderr } = cli('extract', file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe(`tidyread: ${file}: its elements are nested too deeply (thousands inside each other) to be read here`);
  });

  it('reads gzipped pages', () => {
    const { code, stdout } = cli('extract', '--format', 'text', join(dir, 'page.html.gz'));
    expect(code).toBe(0);
    expect(stdout).toContain('Gzipped story text.');
  });

  it.each([
    ['missing.html', /no such file/],
    ['empty.html', /is empty/],
    ['binary.html', /binary/],
    ['notes.html', /does not look like HTML/],
  ])('refuses %s with one clear line and exit code 2', (name, message) => {
    const { code, stdout, stderr } = cli('extract', join(dir, name));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('explains a wrong option instead of failing', () => {
    const { code, stderr } = cli('extract', '--format', 'pdf', SEED);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--format must be one of json, markdown, text/);
  });

  it('goes on past bad inputs in batch mode, one line per input in order', () => {
    const list = join(dir, 'list.jsonl');
    writeFileSync(list, [
      JSON.stringify({ file: SEED, url: 'https://storifynews.com/a' }),
      JSON.stringify({ file: join(dir, 'missing.html') }),
      'not json',
      JSON.stringify({ file: join(dir, 'page.html.gz') }),
    ].join('\n'));
    const { code, stdout } = cli('extract', '--batch', list);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(4);
    expect(lines[0].file).toBe(SEED);
    expect(lines[0].title).toContain('North Korea');
    expect(lines[1]).toEqual({ file: join(dir, 'missing.html'), error: expect.stringMatching(/no such file/) });
    expect(lines[2].error).toMatch(/not a JSON object/);
    expect(lines[3].text).toContain('Gzipped story text.');
  });
});

describe('extract: inputs that are not an ordinary page', () => {
  it('refuses a page far larger than any real one at once, with one line', () => {
    const file = join(dir, 'huge.html');
    writeFileSync(file, `<!DOCTYPE html><html><body><article>${'<p>x</p>'.repeat(30_001)}</article></body></html>`);
    const { code, stdout, stderr } = cli('extract', file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim()).toMatch(/^tidyread: .*huge\.html: too large to read here \(about 30,00\d elements; the limit is 30,000\)$/);
  });

  it('refuses a .gz that inflates past 64 MB, and a 64 MB+ file, by name (not as V8 failing to make a string)', () => {
    const bomb = join(dir, 'bomb.html.gz');
    writeFileSync(bomb, gzipSync(Buffer.concat([Buffer.from('<html><body><p>x</p>'), Buffer.alloc(65 * 1024 * 1024, 0x20)])));
    const sparse = join(dir, 'sparse.txt');
    writeFileSync(sparse, '');
    truncateSync(sparse, 65 * 1024 * 1024);
    for (const [command, file] of [['extract', bomb], ['quotes', sparse]]) {
      const { code, stdout, stderr } = cli(command, file);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim()).toBe(`tidyread: ${file}: too large to read here (over 64 MB)`);
    }
  });

  it.each([
    ['feed.rss', '<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><item><title>One</title><description>&lt;p&gt;Hi&lt;/p&gt;</description></item></channel></rss>', 'rss'],
    ['feed.atom', '<feed xmlns="http://www.w3.org/2005/Atom"><title>Feed</title><entry><title>One</title></entry></feed>', 'feed'],
  ])('refuses an XML feed (%s) instead of printing its markup as a story', (name, xml, root) => {
    const file = join(dir, name);
    writeFileSync(file, xml);
    const { code, stdout, stderr } = cli('extract', file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe(`tidyread: ${file}: is an XML document (<${root}>), not an HTML page`);
  });

  it('ends on a page that opens with many processing instructions and an unclosed comment', () => {
    const file = join(dir, 'many-pis.html');
    writeFileSync(file, `${'<?a?>'.repeat(2000)}<!--<html><body><p>Never shown.</p></body></html>`);
    // Not a timing check: the bound only turns a run that would never end into a failure instead of a stuck suite.
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'extract', '--format', 'text', file], { encoding: 'utf8', timeout: 80_000 });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(0);
  });

  it.each(['<style>', '<script>', '<!--'])('ends on a page with 200,000 %s never closed', (opening) => {
    const file = join(dir, 'unclosed.html');
    writeFileSync(file, `<!DOCTYPE html><html><body><p>The story before them.</p>${opening.repeat(200_000)}</body></html>`);
    // Not a timing check: the bound only turns a run that would never end into a failure instead of a stuck suite.
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'extract', '--format', 'text', file], { encoding: 'utf8', timeout: 80_000 });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('The story before them.');
  });

  it('reads an XHTML page with an XML declaration', () => {
    const file = join(dir, 'page.xhtml');
    writeFileSync(file, '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>X</title></head><body><article><p>An XHTML story paragraph.</p></article></body></html>');
    const { code, stdout } = cli('extract', '--format', 'text', file);
    expect(code).toBe(0);
    expect(stdout).toContain('An XHTML story paragraph.');
  });

  it('reads a page whose style attribute jsdom cannot parse (url() touching the next word)', () => {
    const file = join(dir, 'inline-style.html');
    writeFileSync(file, '<!DOCTYPE html><html><body><article><div style="background:url(a.png)no-repeat;color:red">Boxed.</div><p>The story paragraph stays.</p></article></body></html>');
    const { code, stdout, stderr } = cli('extract', '--format', 'text', file);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('The story paragraph stays.');
  });
});

describe('extract --batch: each line checked on its own', () => {
  it('answers a "file" or "url" of the wrong kind with an error naming it, in its place', () => {
    const list = join(dir, 'extract-fields.jsonl');
    writeFileSync(list, [
      JSON.stringify({ file: 5 }),
      JSON.stringify({ file: join(dir, 'page.html.gz'), url: 5 }),
      JSON.stringify({ file: join(dir, 'page.html.gz'), url: 'not a url' }),
      JSON.stringify({ file: join(dir, 'page.html.gz'), url: '' }),
    ].join('\n'));
    const { code, stdout } = cli('extract', '--batch', list);
    expect(code).toBe(0);
    const out = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(out[0]).toEqual({ file: 5, error: 'line 1: "file" is not a string' });
    expect(out[1]).toEqual({ file: join(dir, 'page.html.gz'), error: 'line 2: "url" is not a valid absolute URL' });
    expect(out[2]).toEqual({ file: join(dir, 'page.html.gz'), error: 'line 3: "url" is not a valid absolute URL' });
    expect(out[3].text).toContain('Gzipped story text.');
  });
});

describe('quotes: the text file', () => {
  const said = '"We will win," Smith said.\n';

  it.each([
    ['empty.txt', Buffer.alloc(0), 'is empty'],
    ['latin1.txt', Buffer.from('"Caf\xe9 is open," Smith said.\n', 'latin1'), 'is not UTF-8 text (convert it to UTF-8 first)'],
  ])('refuses %s with one line and exit code 2', (name, bytes, message) => {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    const { code, stdout, stderr } = cli('quotes', file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe(`tidyread: ${file}: ${message}`);
  });

  it.each([
    ['utf8-bom.txt', Buffer.from('\uFEFF' + said, 'utf8'), 'utf8'],
    ['utf16le.txt', Buffer.from('\uFEFF' + said, 'utf16le'), 'utf16le'],
    ['utf16be.txt', Buffer.from('\uFEFF' + said, 'utf16le').swap16(), 'utf16be'],
  ] as const)('reads %s, offsets counting the byte order mark', (name, bytes, encoding) => {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    const { code, stdout } = cli('quotes', file);
    expect(code).toBe(0);
    const text = encoding === 'utf16be' ? Buffer.from(bytes).swap16().toString('utf16le') : bytes.toString(encoding);
    const quotes = JSON.parse(stdout);
    expect(quotes.map((quote: { start: number; end: number }) => text.slice(quote.start, quote.end))).toEqual(['"We will win,"']);
    expect(quotes[0].speaker).toBe('Smith');
  });
});

describe('help and flags', () => {
  it.each([['--help'], ['quotes', '-h'], ['help']])('%j prints the usage on stdout and exits 0', (...args) => {
    const { code, stdout, stderr } = cli(...args);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('tidyread quotes --batch LIST.jsonl');
  });

  it.each([
    [['quotes', '--lang', 'english', 'a.txt'], '--lang "english" is not a language code (such as en, de, fr, pt-BR)'],
    [['quotes', '--lang', '', 'a.txt'], '--lang "" is not a language code (such as en, de, fr, pt-BR)'],
    [['quotes', '--lang', 'en', '--lang', 'de', 'a.txt'], '--lang is given more than once'],
    [['extract', '--format', 'json', '--format', 'text', 'a.html'], '--format is given more than once'],
    [['quotes', '-x', 'a.txt'], 'unknown option -x'],
    [['quotes', '-'], 'reading standard input is not supported: give a file (a file named "-" is ./-)'],
  ])('%j is refused', (args, message) => {
    const { code, stdout, stderr } = cli(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe(`tidyread: ${message}`);
  });
});

describe('quotes', () => {
  it('refuses a missing file with exit code 2', () => {
    const { code, stderr } = cli('quotes', join(dir, 'nothing.txt'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/no such file/);
  });

  it('answers each batch line with its id, in order', () => {
    const list = join(dir, 'quotes.jsonl');
    writeFileSync(list, [JSON.stringify({ id: 'a', text: 'No quotes here.' }), JSON.stringify({ id: 'b' })].join('\n'));
    const { code, stdout } = cli('quotes', '--batch', list);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines[0]).toEqual({ id: 'a', quotes: [] });
    expect(lines[1].id).toBe('b');
    expect(lines[1].error).toMatch(/"text" is missing/);
  });

  it('answers a blank line in its place and numbers the lines as an editor does, after a byte order mark too', () => {
    const list = join(dir, 'quotes-blank.jsonl');
    const lines = [JSON.stringify({ id: 'a', text: 'No quotes here.' }), '', 'not json', JSON.stringify({ id: 'd', text: 42 }), JSON.stringify({ id: 'e', text: '"We will win," Smith said.' })];
    writeFileSync(list, '\uFEFF' + lines.join('\r\n') + '\r\n');
    const { code, stdout } = cli('quotes', '--batch', list);
    expect(code).toBe(0);
    const out = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(out.map((entry) => entry.id)).toEqual(['a', null, null, 'd', 'e']);
    expect(out[0]).toEqual({ id: 'a', quotes: [] });
    expect(out[1].error).toBe('line 2: blank');
    expect(out[2].error).toBe('line 3: not a JSON object');
    expect(out[3].error).toBe('line 4: "text" is not a string');
    expect(out[4].quotes.map((quote: { speaker: string }) => quote.speaker)).toEqual(['Smith']);
  });

  it('reads --lang as the language of the batch lines that name none', () => {
    const list = join(dir, 'quotes-de.jsonl');
    const text = 'Die Stadt nennt das Projekt „Grüne Mitte“. „Wir bauen im Frühjahr“, sagte die Bürgermeisterin Anna Berg.';
    // German text read as English: a line without "lang" takes --lang (not the language the text is in), a line with it keeps its own.
    writeFileSync(list, [JSON.stringify({ id: 'none', text }), JSON.stringify({ id: 'de', text, lang: 'de' })].join('\n'));
    const out = cli('quotes', '--batch', list, '--lang', 'en').stdout.trim().split('\n').map((line) => JSON.parse(line));
    const single = join(dir, 'de.txt');
    writeFileSync(single, text);
    const german = JSON.parse(cli('quotes', '--lang', 'de', single).stdout);
    const english = JSON.parse(cli('quotes', '--lang', 'en', single).stdout);
    expect(english).not.toEqual(german);
    expect(out[0].quotes).toEqual(english);
    expect(out[1].quotes).toEqual(german);
  });
});

describe('quotes --batch: each line checked on its own', () => {
  it('answers a malformed "id" or "lang" with an error in its place, and takes --lang for an empty "lang"', () => {
    const list = join(dir, 'quotes-fields.jsonl');
    const text = '"We will win," Smith said.';
    writeFileSync(list, [
      JSON.stringify({ id: { x: 1 }, text }),
      JSON.stringify({ id: 'b', text, lang: 'english' }),
      JSON.stringify({ id: 'c', text, lang: 7 }),
      JSON.stringify({ id: 'd', text, lang: '' }),
      JSON.stringify({ id: 5, text }),
    ].join('\n') + '\n');
    const { code, stdout } = cli('quotes', '--batch', list, '--lang', 'en');
    expect(code).toBe(0);
    const out = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(out).toHaveLength(5);
    expect(out[0]).toEqual({ id: { x: 1 }, error: 'line 1: "id" is not a string or a number' });
    expect(out[1]).toEqual({ id: 'b', error: 'line 2: "lang" is not a language code (such as en, de, fr, pt-BR)' });
    expect(out[2]).toEqual({ id: 'c', error: 'line 3: "lang" is not a language code (such as en, de, fr, pt-BR)' });
    expect(out[3].quotes.map((quote: { speaker: string }) => quote.speaker)).toEqual(['Smith']);
    expect(out[4].id).toBe(5);
  });

  it('answers a line that is not UTF-8 with an error in its place, instead of reading it with replacement characters', () => {
    const list = join(dir, 'quotes-latin1.jsonl');
    writeFileSync(list, Buffer.concat([
      Buffer.from('{"id": "latin1", "text": "\\"Caf\xe9 is open,\\" Smith said."}\n', 'latin1'),
      Buffer.from(JSON.stringify({ id: 'utf8', text: '"Café is open," Smith said.' }) + '\n'),
    ]));
    const { code, stdout } = cli('quotes', '--batch', list);
    expect(code).toBe(0);
    const out = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(out[0]).toEqual({ id: null, error: 'line 1: not UTF-8 text' });
    expect(out[1].quotes.map((quote: { text: string }) => quote.text)).toEqual(['Café is open']);
  });

  it('keeps one output line per input line for a reader that also ends lines at U+2028, U+2029 and U+0085', () => {
    const list = join(dir, 'quotes-separators.jsonl');
    const text = '"We will\u2028win, and\u0085 more\u2029 too," Smith said.';
    writeFileSync(list, [JSON.stringify({ id: 'a', text }), JSON.stringify({ id: 'b', text: 'Plain.' })].join('\n') + '\n');
    const { code, stdout } = cli('quotes', '--batch', list);
    expect(code).toBe(0);
    // The line ends of Python's str.splitlines().
    const lines = stdout.split(/\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/u).filter(Boolean);
    expect(lines).toHaveLength(2);
    const first = JSON.parse(lines[0]);
    expect(text.slice(first.quotes[0].start, first.quotes[0].end)).toBe('"We will\u2028win, and\u0085 more\u2029 too,"');
    expect(first.quotes[0].text).toContain('\u2028');
  });
});

describe('flags that would be ignored are refused', () => {
  it.each([
    [['quotes', '--batch', 'list.jsonl', '--format', 'markdown'], /--format does not apply/],
    [['extract', '--batch', 'list.jsonl', '--format', 'text'], /--format does not apply/],
    [['quotes', '--url', 'https://news.example/', 'a.txt'], /--url applies to extract/],
    [['extract', '--lang', 'de', 'a.html'], /--lang applies to quotes/],
    [['extract', '--batch', 'list.jsonl', '--url', 'https://news.example/'], /each line gives its own "url"/],
  ])('%j', (args, expected) => {
    const { code, stdout, stderr } = cli(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(expected);
    expect(stderr).not.toMatch(/\bat \S+:\d+/);
  });
});

describe('a reader that stops early', () => {
  it('ends the run quietly when the pipe closes (| head)', async () => {
    const list = join(dir, 'many.jsonl');
    writeFileSync(list, Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: `"Line ${i} of many," Smith said.` })).join('\n'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'quotes', '--batch', list], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // Like `head -1`: read the first chunk, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('npm start (scripts/demo.ts)', () => {
  it('names what an empty hidden block holds and does not call a skip link hidden from keyboard users', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/demo.ts'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    // The seed page's masthead is <header id="masthead">, hidden by page-chrome with no text of its own.
    expect(run.stdout).toContain('[page-chrome] (no text: header#masthead)');
    expect(run.stdout).toMatch(/\[skip-link\] .*kept for keyboard and screen-reader users/);
  });
});
