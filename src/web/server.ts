/**
 * The HTTP server of the public pages (Node's: a kept status page answered first, then the app
 * through @hono/node-server) with its limits: headers within 15 s, a whole request within 2 minutes,
 * idle connections closed after 5 s; and a stop that lets the requests in flight finish (forced
 * after 10 s).
 */
import type { AddressInfo } from 'node:net';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { InputError } from '../errors.js';
import { createWeb, type WebOptions } from './app.js';

export interface RunningServer {
  /** The address it listens on, e.g. `http://127.0.0.1:8080`. */
  url: string;
  /** How many requests it answered. */
  requests(): number;
  /** Stops listening, waits for the requests in flight, then resolves. */
  close(): Promise<void>;
}

/** Starts the public pages on `host:port` (port 0: a free one); an InputError when that address cannot be listened on. */
export async function startServer(options: WebOptions & { host: string; port: number }): Promise<RunningServer> {
  const { getRequestListener } = await import('@hono/node-server');
  let count = 0;
  const { app, kept } = createWeb({
    ...options,
    log(line) {
      count++;
      options.log(line);
    },
  });
  const server = await new Promise<Server>((resolve, reject) => {
    const router = getRequestListener(app.fetch, { hostname: options.host });
    // A kept status page is answered before the router (kept-status.ts); the router answers the rest.
    const failed = (res: ServerResponse) => (error: unknown) => {
      options.logError(error);
      if (!res.headersSent) res.writeHead(500).end();
    };
    const s = createServer((req, res) => {
      let answered: boolean | Promise<boolean>;
      try {
        answered = kept(req, res);
      } catch (error) {
        return failed(res)(error);
      }
      // Answered at once, or left to the router at once, or either after the lookup.
      if (typeof answered === 'boolean') return answered ? undefined : router(req, res);
      answered.then((done) => (done ? undefined : router(req, res)), failed(res));
    });
    s.once('listening', () => resolve(s));
    s.once('error', (error: NodeJS.ErrnoException) =>
      reject(InputError.of('port', 'web.input.listen', { host: options.host, port: options.port, reason: error.code ?? error.message })),
    );
    s.listen(options.port, options.host);
  });
  server.headersTimeout = 15_000;
  server.requestTimeout = 120_000;
  server.keepAliveTimeout = 5_000;
  server.maxHeadersCount = 100;
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    requests: () => count,
    close: () =>
      new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), 10_000);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
