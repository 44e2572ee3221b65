/**
 * What opening the popup fetches from the page's site. The story's pictures, which the reader opened it to see,
 * are fetched as a reader mode does; a tracking pixel or the story's video file is not.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowsers } from './harness/suite';
import { waitUntil } from './harness/wait';
import { waitForContentScript, waitForStory } from './harness/tidyread';

const paragraph = (n: number) =>
  `<p>Part ${n}: the council voted on the new library on Tuesday, and the mayor said it mattered for the town's children and their parents, who had waited years for a place to read.</p>`;

/** Served by this file's own server, which records every request the browser makes for the page and the popup. */
const PAGE = `<!DOCTYPE html><html lang="en"><head><title>Council votes for the library</title></head><body>
<article><h1>Council votes for the library</h1>
${paragraph(1)}
<p>The vote was close <img src="/media/pixel.gif?reader=42" width="1" height="1" alt="">, seven to six, after a long night.</p>
<figure><img src="/media/photo.png" width="600" height="400" alt="The council chamber"><figcaption>The council chamber.</figcaption></figure>
${paragraph(2)}
<video preload="auto" src="/media/video.mp4" width="640" height="360"></video>
${paragraph(3)}${paragraph(4)}${paragraph(5)}
</article></body></html>`;

let server: Server;
let origin = '';
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    if (request.url?.startsWith('/media/')) response.writeHead(404).end();
    else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describeInBrowsers('popup privacy', (ctx) => {
  it('fetches the story\'s picture but no tracking pixel and no video before the reader starts it', async () => {
    const { tabId } = await ctx.session.openTab(`${origin}/story`);
    await waitForContentScript(ctx.session, tabId);
    const before = requests.length;
    const popup = await ctx.session.openPopup(tabId);
    expect(await waitForStory(popup)).toEqual({ shown: true });
    // The picture shows that this test sees what the popup fetches; the rest would have been asked for with it.
    await waitUntil(async () => requests.slice(before).some((path) => path.startsWith('/media/photo.png')) || undefined, 'the popup to fetch the story\'s picture');
    await popup.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)));
    const fetched = requests.slice(before);
    expect(fetched.filter((path) => path.startsWith('/media/pixel.gif'))).toEqual([]);
    expect(fetched.filter((path) => path.startsWith('/media/video.mp4'))).toEqual([]);
    expect(await popup.evaluate(() => document.querySelectorAll('#story-body video[controls]').length)).toBe(1);
  });
});
