/**
 * The public pages as a Hono app: strict headers on every answer, an access log without codes, rate
 * limits per client address, size and time limits, and no stack trace or path in any answer. The
 * routes only parse, call one lookup of the port and render (pages) or answer JSON.
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { timeout } from 'hono/timeout';
import type { HttpBindings } from '@hono/node-server';
import { StoreError } from '../errors.js';
import { normalizeCode } from '../domain/certificate-code.js';
import { normalizeTrackingCode } from '../domain/tracking-code.js';
import type { MessageKey } from '../i18n/id.js';
import { STYLE_SHEET } from './assets.js';
import { formPage, homePage, messagePage } from './pages/pages.js';
import type { Html, PageContext } from './pages/layout.js';
import { statusNotFoundPage, statusPage } from './pages/status.js';
import { certificatePage, documentPage } from './pages/verdicts.js';
import type { PublicPort } from './public-port.js';
import { cachedPage, pageVariant } from './page-cache.js';
import { handedOver, keptStatus } from './kept-status.js';
import { RateLimit } from './rate-limit.js';
import { NO_STORE, securityHeaders, setHeaders, VARY } from './security-headers.js';
import { surveyRoutes } from './survey-routes.js';
import { accessLine, clientAddress, requestLanguage, wantsJson } from './request.js';
import { pageText } from './text.js';

export interface WebOptions {
  publicPort: PublicPort;
  /** One line per request (the access log). */
  log(line: string): void;
  /** A fault inside the server, for its operator; the client sees only a page saying it failed. */
  logError(error: unknown): void;
  /** Lookups (status, certificate) per client address a minute (30). */
  lookupsPerMinute?: number;
  /** Document uploads per client address a minute (10). */
  uploadsPerMinute?: number;
  /** Survey answers sent per client address a minute (10). */
  answersPerMinute?: number;
  /** How long a lookup may take (10 s) and an upload with its check (60 s), in ms. */
  lookupTimeoutMs?: number;
  uploadTimeoutMs?: number;
  now?: () => number;
}

/** What every route's context carries: Node's request, and the client's address. */
export type WebEnv = { Bindings: HttpBindings; Variables: { client: string } };
type Env = WebEnv;

/** The app of the public pages over a port (what `app.request` tests). */
export function createApp(o: WebOptions): Hono<Env> {
  return createWeb(o).app;
}

/**
 * The public pages for Node's server: the app, and the handler to try before it, which answers a
 * kept status page (kept-status.ts) with the app's own lookup limit and access log.
 */
export function createWeb(o: WebOptions): { app: Hono<Env>; kept: ReturnType<typeof keptStatus> } {
  const app = new Hono<Env>();
  const lookups = new RateLimit(o.lookupsPerMinute ?? 30, o.now);
  const uploads = new RateLimit(o.uploadsPerMinute ?? 10, o.now);

  const language = (c: Context<Env>) => requestLanguage(c.req.query('lang'), c.req.header('accept-language'));
  const page = async (c: Context<Env>, { lang, chosen } = language(c)): Promise<PageContext> => ({
    text: pageText(lang),
    chosen,
    path: c.req.path,
    office: await o.publicPort.office(),
  });
  /** Answers the page `make` renders; with `view`, a page kept with that view (page-cache.ts) when one is. */
  const render = async (
    c: Context<Env>,
    status: 200 | 400 | 404 | 410 | 413 | 429 | 500 | 503 | 504,
    make: (ctx: PageContext) => Html,
    view?: object,
  ) => {
    setHeaders(c, VARY);
    // As a plain string: hono's escaped String object would make @hono/node-server build a whole web Response.
    const asked = language(c);
    const rendered = async () => `${await make(await page(c, asked))}`;
    if (!view) return c.html(await rendered(), status);
    return c.html(await cachedPage(view, pageVariant(asked.lang, asked.chosen, c.req.path), rendered), status);
  };
  const refuse = async (
    c: Context<Env>,
    status: 404 | 413 | 429 | 500 | 503 | 504,
    key: MessageKey,
    params: Record<string, string | number> = {},
  ) => {
    if (wantsJson(c.req.header('accept'))) {
      const ctx = await page(c);
      return c.json({ error: { status, message: ctx.text.t(key, params) } }, status);
    }
    return render(c, status, (ctx) => messagePage(ctx, key, params));
  };
  const limited =
    (limit: RateLimit): MiddlewareHandler<Env> =>
    async (c, next) => {
      // A status request is counted before the router when the server counted it there (kept-status.ts).
      const verdict = handedOver(c.env?.incoming)?.verdict ?? limit.hit(c.get('client'));
      if (!verdict.ok) {
        c.header('Retry-After', String(verdict.retryAfter));
        return refuse(c, 429, 'web.error.tooMany', { seconds: verdict.retryAfter });
      }
      await next();
    };
  // Before the route, like the strict headers: set on the finished answer it would cost a whole web Response.
  const noStore: MiddlewareHandler<Env> = async (c, next) => {
    setHeaders(c, NO_STORE);
    await next();
  };

  // The access log: who, what (a code cut to its first group), the answer and how long it took.
  app.use('*', async (c, next) => {
    const start = performance.now();
    c.set('client', clientAddress(c.env?.incoming?.socket?.remoteAddress, c.req.header('x-forwarded-for')));
    await next();
    o.log(accessLine(o.now?.() ?? Date.now(), c.get('client'), c.req.method, c.req.path, c.res.status, performance.now() - start));
  });
  app.use('*', securityHeaders);

  app.get('/assets/loket.css', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(STYLE_SHEET, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });
  app.get('/assets/logo', async (c) => {
    const logo = (await o.publicPort.office()).logo;
    if (!logo) return refuse(c, 404, 'web.error.notFound');
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(new Uint8Array(logo.bytes), 200, { 'Content-Type': logo.type });
  });

  app.get('/', (c) => render(c, 200, homePage));

  // The forms send the code as ?code=: answered at the code's own address, so both ways give the same page.
  const formOrRedirect = (path: '/status' | '/verifikasi', which: 'status' | 'certificate') => async (c: Context<Env>) => {
    const typed = c.req.query('code');
    if (typed === undefined) return render(c, 200, (ctx) => formPage(ctx, which));
    const lang = c.req.query('lang');
    const code = (which === 'status' ? normalizeTrackingCode(typed) : normalizeCode(typed.slice(0, 64))) ?? typed.trim().slice(0, 64);
    const target = `${path}/${encodeURIComponent(code)}${lang === 'en' || lang === 'id' ? `?lang=${lang}` : ''}`;
    return c.redirect(target, 303);
  };
  app.get('/status', formOrRedirect('/status', 'status'));
  app.get('/verifikasi', formOrRedirect('/verifikasi', 'certificate'));
  app.get('/dokumen', (c) => render(c, 200, (ctx) => formPage(ctx, 'document')));

  app.get('/status/:code', noStore, limited(lookups), timeout(o.lookupTimeoutMs ?? 10_000), async (c) => {
    const view = await (handedOver(c.env?.incoming)?.view ?? o.publicPort.status(c.req.param('code')));
    if (wantsJson(c.req.header('accept'))) return view ? c.json(view) : c.json({ found: false }, 404);
    return view ? render(c, 200, (ctx) => statusPage(ctx, view), view) : render(c, 404, statusNotFoundPage);
  });

  app.get('/verifikasi/:code', noStore, limited(lookups), timeout(o.lookupTimeoutMs ?? 10_000), async (c) => {
    const verdict = await o.publicPort.certificate(c.req.param('code'));
    const status = verdict.status === 'invalid' ? 404 : 200;
    if (wantsJson(c.req.header('accept'))) return c.json(verdict, status);
    return render(c, status, (ctx) => certificatePage(ctx, verdict));
  });

  app.post(
    '/dokumen',
    noStore,
    limited(uploads),
    timeout(o.uploadTimeoutMs ?? 60_000),
    async (c, next) => {
      const maxSize = (await o.publicPort.office()).uploadBytes;
      const mb = Math.floor(maxSize / (1024 * 1024));
      return bodyLimit({ maxSize, onError: (c) => refuse(c as Context<Env>, 413, 'web.error.tooLarge', { mb }) })(c, next);
    },
    async (c) => {
      const bytes = await uploaded(c);
      if (!bytes) {
        if (wantsJson(c.req.header('accept')))
          return c.json({ error: { status: 400, message: (await page(c)).text.t('web.page.document.none') } }, 400);
        return c.html(`${await formPage(await page(c), 'document')}`, 400);
      }
      const verdict = await o.publicPort.document(bytes);
      if (wantsJson(c.req.header('accept'))) return c.json(verdict);
      return render(c, 200, (ctx) => documentPage(ctx, verdict));
    },
  );

  surveyRoutes(app, {
    port: o.publicPort,
    page,
    render,
    refuse,
    limited,
    noStore,
    lookups,
    answersPerMinute: o.answersPerMinute ?? 10,
    timeoutMs: o.lookupTimeoutMs ?? 10_000,
    now: o.now,
  });

  app.notFound((c) => refuse(c, 404, 'web.error.notFound'));
  const kept = keptStatus({
    port: o.publicPort,
    lookups,
    lookupTimeoutMs: o.lookupTimeoutMs ?? 10_000,
    log: o.log,
    now: () => o.now?.() ?? Date.now(),
  });
  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status === 504) return refuse(c as Context<Env>, 504, 'web.error.timeout');
    if (error instanceof HTTPException && error.status === 413) return refuse(c as Context<Env>, 413, 'web.error.tooLarge', { mb: '-' });
    o.logError(error);
    if (error instanceof StoreError) return refuse(c as Context<Env>, 503, 'web.error.unavailable');
    return refuse(c as Context<Env>, 500, 'web.error.internal');
  });
  return { app, kept };
}

/** The PDF of a POST: the form's `file` field, or the raw body sent as application/pdf; undefined when neither. */
async function uploaded(c: Context<Env>): Promise<Buffer | undefined> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  if (type.startsWith('application/pdf')) {
    const bytes = Buffer.from(await c.req.arrayBuffer());
    return bytes.length ? bytes : undefined;
  }
  if (type.startsWith('multipart/form-data')) {
    const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const file = body.file;
    if (file instanceof File && file.size > 0) return Buffer.from(await file.arrayBuffer());
  }
  return undefined;
}
