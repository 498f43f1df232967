/**
 * A small web of shorteners on loopback for the link tests and the bench. Every request is
 * recorded (host, path, method, headers, body size); `maxConcurrent` shows the concurrency limit.
 * Hosts are mapped like Chromium's --host-resolver-rules: "https://bit.ly/abc" is fetched as
 * "http://127.0.0.1:PORT/bit.ly/abc", so redirects can name real shortener hosts.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HopFetcher } from '../../../src/background/links/resolver';

export type Route =
  | { redirect: string; status?: number }
  | { status?: number; html?: string; delayMs?: number }
  | { hugeBody: true }
  | { hangs: true };

export interface LinkWeb {
  port: number;
  requests: { target: string; method: string; headers: IncomingMessage['headers']; bodyBytes: number }[];
  /** Bytes the huge-body route managed to send before the client hung up. */
  hugeBytesSent: number;
  maxConcurrent: number;
  /** Where "https://host/path" is served on loopback. */
  local(url: string): string;
  /** A hop fetcher that sends every request to this web. */
  mapped(fetchHop: HopFetcher): HopFetcher;
  close(): Promise<void>;
}

const HUGE_CHUNK = Buffer.alloc(64 * 1024, 'a');

export async function startLinkWeb(routes: Record<string, Route>): Promise<LinkWeb> {
  let active = 0;
  const sockets = new Set<import('node:net').Socket>();
  const web = {
    requests: [] as LinkWeb['requests'],
    hugeBytesSent: 0,
    maxConcurrent: 0,
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    active++;
    web.maxConcurrent = Math.max(web.maxConcurrent, active);
    res.on('close', () => active--);
    let bodyBytes = 0;
    req.on('data', (c: Buffer) => {
      bodyBytes += c.length;
    });
    req.on('end', () => {
      web.requests.push({ target: req.url ?? '', method: req.method ?? '', headers: req.headers, bodyBytes });
      const route = routes[req.url ?? ''];
      if (!route) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      if ('hangs' in route) return;
      if ('redirect' in route) {
        res.writeHead(route.status ?? 301, { location: route.redirect }).end();
        return;
      }
      if ('hugeBody' in route) {
        res.writeHead(200, { 'content-type': 'text/html' });
        // Up to 1 GB, as fast as the client reads; stops when the client hangs up.
        const write = () => {
          while (!res.destroyed && web.hugeBytesSent < 1024 ** 3) {
            web.hugeBytesSent += HUGE_CHUNK.length;
            if (!res.write(HUGE_CHUNK)) return void res.once('drain', write);
          }
          res.end();
        };
        write();
        return;
      }
      const send = () =>
        res.writeHead(route.status ?? 200, { 'content-type': 'text/html' }).end(route.html ?? '<p>page</p>');
      if (route.delayMs) setTimeout(send, route.delayMs);
      else send();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  const local = (url: string) => {
    const u = new URL(url);
    return `http://127.0.0.1:${port}/${u.hostname}${u.pathname}${u.search}`;
  };
  return Object.assign(web, {
    port,
    local,
    mapped: (fetchHop: HopFetcher): HopFetcher => (url, signal) => fetchHop(local(url), signal),
    close: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  });
}
