import { describe, expect, it } from 'vitest';
import { sanitizeHtml, sanitizeToBody } from '../../src/core/sanitize';
import { parseHtml } from '../../src/node/dom';

const win = parseHtml('<!DOCTYPE html><body></body>');
const clean = (html: string) => sanitizeHtml(html, win);

describe('sanitizeHtml', () => {
  it.each([
    ['<p onclick="x()">a</p>', '<p>a</p>'],
    ['<a href="javascript:x()">a</a>', '<a target="_blank" rel="noopener noreferrer">a</a>'],
    ['<img src="https://i.example/a.jpg" onerror="x()">', '<img src="https://i.example/a.jpg">'],
    ['<p style="color:red" id="main" tabindex="1">a</p>', '<p>a</p>'],
    ['<form action="/x"><input name="q"><button>Go</button><select><option>One</option></select><textarea>t</textarea></form><p>after</p>', '<p>after</p>'],
    // ASP.NET pages wrap the whole page in a form: its story stays.
    ['<form action="/x"><p>story</p></form>', '<p>story</p>'],
    ['<iframe src="https://x.example"></iframe><object data="x"></object><embed src="x"><p>b</p>', '<p>b</p>'],
    ['<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example"><p>c</p>', '<p>c</p>'],
    ['<svg onload="x()"><script>x()</script></svg><math><mi>x</mi></math><p>d</p>', '<p>d</p>'],
    ['<p data-track="1" data-src="x">e</p>', '<p>e</p>'],
    // Media never starts on its own in the popup, nor downloads before the reader starts it, and can always be started.
    ['<video autoplay loop muted src="https://v.example/a.mp4"></video>', '<video loop="" muted="" src="https://v.example/a.mp4" controls="" preload="none"></video>'],
    ['<audio autoplay="autoplay" src="https://v.example/a.mp3"></audio>', '<audio src="https://v.example/a.mp3" controls="" preload="none"></audio>'],
    ['<video preload="auto" src="https://v.example/a.mp4"></video>', '<video preload="none" src="https://v.example/a.mp4" controls=""></video>'],
    // Nothing is fetched that the reader would not see as part of the story: tracking pixels, layout backgrounds.
    ['<p>a<img src="https://t.example/p.gif" width="1" height="1" alt=""></p>', '<p>a</p>'],
    ['<p>b<img src="https://t.example/p.gif" width="0" height="0"><img src="https://t.example/q.gif" height="1px" width="600"></p>', '<p>b</p>'],
    ['<table background="https://t.example/bg.png"><tbody><tr><td background="https://t.example/td.png">c</td></tr></tbody></table>',
      '<table><tbody><tr><td>c</td></tr></tbody></table>'],
  ])('%s', (dirty, expected) => {
    expect(clean(dirty)).toBe(expected);
  });

  it('keeps the story markup a reader needs', () => {
    const story = '<h2>Head</h2><p>Text <a href="https://a.example/">link</a> <em>em</em></p>' +
      '<figure><img src="https://i.example/a.jpg" alt="A" srcset="https://i.example/a2.jpg 2x"><figcaption>Cap</figcaption></figure>' +
      '<blockquote><p>Q</p></blockquote><ul><li>one</li></ul><pre><code>x = 1</code></pre><table><tbody><tr><td>c</td></tr></tbody></table>';
    const out = clean(story);
    for (const part of ['<h2>Head</h2>', 'href="https://a.example/"', '<em>em</em>', 'alt="A"', 'srcset="https://i.example/a2.jpg 2x"',
      '<figcaption>Cap</figcaption>', '<blockquote>', '<li>one</li>', '<pre><code>x = 1</code></pre>', '<td>c</td>']) {
      expect(out).toContain(part);
    }
  });

  it('keeps a story picture with its size, and a small one (an icon in a sentence)', () => {
    expect(clean('<img src="https://i.example/a.jpg" width="600" height="400">')).toBe('<img src="https://i.example/a.jpg" width="600" height="400">');
    expect(clean('<img src="https://i.example/flag.png" width="16" height="11">')).toBe('<img src="https://i.example/flag.png" width="16" height="11">');
    expect(clean('<img src="https://i.example/wide.png" width="10" height="">')).toBe('<img src="https://i.example/wide.png" width="10" height="">');
  });

  it('defuses mutation-XSS shapes', () => {
    const out = clean('<math><mtext><table><mglyph><style><img src=x onerror=x()></style></mglyph></table></mtext></math>' +
      '<noscript><p title="</noscript><img src=x onerror=x()>"></p></noscript><p>z</p>');
    expect(out).not.toMatch(/onerror/i);
    expect(out).toContain('<p>z</p>');
  });
});

it('sanitizeToBody gives the same markup as sanitizeHtml, in an inert document', () => {
  const dirty = '<p onclick="x()">a <a href="https://b.example/">b</a></p><script>x()</script>';
  const body = sanitizeToBody(dirty, win);
  expect(body.innerHTML).toBe(clean(dirty));
  expect(body.ownerDocument).not.toBe(win.document);
  // No window: nothing in it loads or runs.
  expect(body.ownerDocument.defaultView).toBeNull();
});
