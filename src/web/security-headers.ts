/**
 * The strict headers every public answer carries: what hono's secureHeaders middleware sends with
 * loket's options, set before the route runs. Under @hono/node-server they go straight onto Node's
 * response, which merges them with the route's own: set through hono they fill a web Headers object
 * that the adapter copies back into a plain one, a tenth of the status page's time under load (and
 * secureHeaders sets them on the finished Response, which makes the adapter build a whole web Response).
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { HttpBindings } from '@hono/node-server';

const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

/** Name and value of each header, as hono's secureHeaders would send them. */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
  ['Referrer-Policy', 'no-referrer'],
  ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'DENY'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];

const STRICT = new Map(SECURITY_HEADERS);

/** What a lookup's answer says besides: keep no copy, and it depends on the form and the language asked for. */
export const NO_STORE = new Map([['Cache-Control', 'no-store']]);
export const VARY = new Map([['Vary', 'Accept, Accept-Language']]);

/**
 * Sets headers on the answer the request will get: on Node's response when the app runs in Node's
 * server (a header the route's answer also names is the route's), else through hono (`app.request`).
 */
export function setHeaders(c: Context, headers: Map<string, string>): void {
  const outgoing = (c.env as Partial<HttpBindings> | undefined)?.outgoing;
  if (outgoing && 'setHeaders' in outgoing) outgoing.setHeaders(headers);
  else for (const [name, value] of headers) c.header(name, value);
}

/** Sets the strict headers on whatever answer the request gets, error pages included. */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  setHeaders(c, STRICT);
  await next();
};
