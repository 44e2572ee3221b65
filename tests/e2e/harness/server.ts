/** A static server for tests/fixtures on 127.0.0.1 that remembers every request (hostile pages phone home to /pwned). */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

/** Requests to this path prefix are what a hostile payload would send if it ran. */
export const PWNED_PATH = '/pwned';
/** With this query parameter, served HTML loses its <meta http-equiv="refresh"> tags (a page that leaves at once cannot be tested). */
export const NO_REFRESH_PARAM = 'e2e-no-refresh';
/**
 * With this query parameter (milliseconds), served HTML stops after its first half for that long: the tab has its new
 * document, still loading, and no content script yet (they start at document_idle).
 */
export const STALL_PARAM = 'e2e-stall-ms';
/** In served HTML, replaced by the server's own origin: payloads call it with an absolute address. */
export const ORIGIN_PLACEHOLDER = '__FIXTURE_ORIGIN__';

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Every request path (with query) in arrival order. */
  readonly requests: readonly string[];
  pwnedRequests(): string[];
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const target = request.url ?? '/';
    requests.push(target);
    const parsed = new URL(target, 'http://127.0.0.1');
    const path = decodeURIComponent(parsed.pathname);
    if (path.startsWith(PWNED_PATH)) {
      response.writeHead(204, { 'access-control-allow-origin': '*' }).end();
      return;
    }
    const file = normalize(join(FIXTURES_DIR, path));
    if (!file.startsWith(FIXTURES_DIR) || file.endsWith(sep)) {
      response.writeHead(404).end('not found');
      return;
    }
    try {
      let body: Buffer | string = await readFile(file);
      if (extname(file) === '.html') {
        body = body.toString('utf8').replaceAll(ORIGIN_PLACEHOLDER, origin);
        if (parsed.searchParams.has(NO_REFRESH_PARAM)) body = body.replace(/<meta[^>]+http-equiv=["']?refresh[^>]*>/gi, '');
      }
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      const stallMs = Number(parsed.searchParams.get(STALL_PARAM));
      if (stallMs > 0) {
        const half = Math.floor(body.length / 2);
        response.write(body.slice(0, half));
        await new Promise((resolve) => setTimeout(resolve, stallMs));
        body = body.slice(half);
      }
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  let origin = '';
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    requests,
    pwnedRequests: () => requests.filter((path) => path.startsWith(PWNED_PATH)),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
