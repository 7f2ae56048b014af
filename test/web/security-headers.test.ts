/** The strict headers set before the route are the ones hono's secureHeaders sent with loket's options. */
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS, securityHeaders } from '../../src/web/security-headers.js';

/** The headers of one answer from an app with `middleware` whose route answers as `route` does. */
async function headersOf(middleware: Parameters<Hono['use']>[1], route: 'page' | 'fails'): Promise<Record<string, string>> {
  const app = new Hono();
  app.use('*', middleware);
  app.get('/', (c) => (route === 'page' ? c.html('<p>ok</p>') : Promise.reject(new Error('gagal'))));
  app.onError((_e, c) => c.html('<p>gagal</p>', 500));
  return Object.fromEntries((await app.request('/')).headers);
}

// What app.ts passed to secureHeaders before the headers were set ahead of the route.
const LOKET_OPTIONS: Parameters<typeof secureHeaders>[0] = {
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
  },
  referrerPolicy: 'no-referrer',
  xFrameOptions: 'DENY',
  xContentTypeOptions: 'nosniff',
  crossOriginResourcePolicy: 'same-origin',
  permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
};

describe('the strict headers', () => {
  it.each(['page', 'fails'] as const)('of an answer that %s are those of secureHeaders with loket’s options', async (route) => {
    const ours = await headersOf(securityHeaders, route);
    expect(ours).toEqual(await headersOf(secureHeaders(LOKET_OPTIONS), route));
    expect(Object.keys(ours)).toHaveLength(SECURITY_HEADERS.length + 1);
  });
});
