/**
 * The status page answered before the router when its page is kept (page-cache.ts): the one
 * address applicants ask for again and again. The request is counted against the lookup limit and
 * its case looked up exactly as the router's route does; only a found case whose page is kept for
 * this variant is answered here, with the headers the route would send. Anything else goes on to
 * the router with what was already done (the limit's verdict, the pending lookup), so a request is
 * counted and looked up once. Answering here skips hono and its Node adapter, which cost as much
 * as the rest of a kept page's answer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PublicView } from '../domain/public-view.js';
import type { PublicPort } from './public-port.js';
import { keptBytes, pageVariant } from './page-cache.js';
import type { RateLimit, Verdict } from './rate-limit.js';
import { accessLine, clientAddress, requestLanguage, wantsJson } from './request.js';
import { NO_STORE, SECURITY_HEADERS, VARY } from './security-headers.js';

/** What was done for a status request before the router: its verdict, and its lookup when allowed. */
export interface Handover {
  verdict: Verdict;
  view?: Promise<PublicView | undefined>;
}

const handovers = new WeakMap<IncomingMessage, Handover>();

/** What was done before the router for this request (undefined when nothing was: not a status page, or not in Node's server). */
export function handedOver(incoming: IncomingMessage | undefined): Handover | undefined {
  return incoming && handovers.get(incoming);
}

/** The headers of a status page, as the router's route sends them (app.ts: noStore, render, hono's c.html). */
export const STATUS_PAGE_HEADERS: readonly (readonly [string, string])[] = [
  ...SECURITY_HEADERS,
  ...NO_STORE,
  ...VARY,
  ['Content-Type', 'text/html; charset=UTF-8'],
];
const HEADER_LIST = STATUS_PAGE_HEADERS.flat();
/** The header list of each kept page's bytes, with its length: made once per page, not per request. */
const headerLists = new WeakMap<Buffer, string[]>();

/** A status address as the fast path takes it: a code of plain characters, no query. */
const STATUS_PATH = /^\/status\/[A-Za-z0-9-]{1,64}$/;
const LATE = Symbol('late');

export interface KeptStatusOptions {
  port: PublicPort;
  lookups: RateLimit;
  lookupTimeoutMs: number;
  log(line: string): void;
  now(): number;
}

/** What a status request is, once counted: for the answer and its log line. */
interface Asked {
  path: string;
  client: string;
  variant: string;
  start: number;
}

/**
 * A Node request handler that answers a kept status page (true) or leaves it to the router (false):
 * at once when the port holds the case's view as it is now (`keptStatus`), else after the lookup (a
 * promise). The same page either way; answering at once skips the lookup's promises and its timer.
 */
export function keptStatus(o: KeptStatusOptions): (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean> {
  return (req, res) => {
    const path = req.url ?? '';
    if (req.method !== 'GET' || !STATUS_PATH.test(path) || wantsJson(req.headers.accept)) return false;
    const start = performance.now();
    const client = clientAddress(req.socket.remoteAddress, headerValue(req.headers['x-forwarded-for']));
    const verdict = o.lookups.hit(client);
    if (!verdict.ok) return handOver(req, { verdict });
    const code = path.slice('/status/'.length);
    const { lang, chosen } = requestLanguage(undefined, req.headers['accept-language']);
    const asked = { path, client, variant: pageVariant(lang, chosen, path), start };
    const kept = o.port.keptStatus?.(code);
    const page = kept && keptBytes(kept, asked.variant);
    return page ? send(o, res, page, asked) : lookedUp(o, req, res, code, verdict, asked);
  };
}

async function lookedUp(o: KeptStatusOptions, req: IncomingMessage, res: ServerResponse, code: string, verdict: Verdict, asked: Asked) {
  const view = o.port.status(code);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof LATE>((resolve) => (timer = setTimeout(resolve, o.lookupTimeoutMs, LATE)));
  // A failed or late lookup is the router's to answer (503, 504), from this same lookup.
  const found = await Promise.race([view, late]).catch(() => undefined);
  clearTimeout(timer);
  const page = found && found !== LATE ? keptBytes(found, asked.variant) : undefined;
  return page ? send(o, res, page, asked) : handOver(req, { verdict, view });
}

function send(o: KeptStatusOptions, res: ServerResponse, page: Buffer, asked: Asked): true {
  let headers = headerLists.get(page);
  if (!headers) headerLists.set(page, (headers = [...HEADER_LIST, 'Content-Length', String(page.length)]));
  // Bytes, not the page's string: Node would otherwise join the string to its headers and encode both on every answer.
  res.writeHead(200, headers);
  res.end(page);
  o.log(accessLine(o.now(), asked.client, 'GET', asked.path, 200, performance.now() - asked.start));
  return true;
}

function handOver(req: IncomingMessage, handover: Handover): false {
  handovers.set(req, handover);
  return false;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}
