/** What a request asks for beyond its path: who sends it, in which language, and in which form. */
import type { Lang } from '../i18n/index.js';

/** IPv4 in IPv6 (`::ffff:10.0.0.1`) written as IPv4. */
function plain(address: string): string {
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}

function isLoopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.');
}

/**
 * The client's address: the peer's, or, when the peer is a proxy on this machine (loopback), the
 * last address it added to X-Forwarded-For. Any other peer's header is ignored: it could be forged.
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | undefined): string {
  const address = plain(peer ?? 'unknown');
  if (!isLoopback(address) || !forwardedFor) return address;
  const last = forwardedFor.split(',').at(-1)?.trim();
  return last && /^[0-9a-fA-F.:]{2,45}$/.test(last) ? plain(last) : address;
}

/** The page language: `?lang=en|id` first, then the browser's Accept-Language (its first of en and id), else Indonesian. */
export function requestLanguage(query: string | undefined, acceptLanguage: string | undefined): { lang: Lang; chosen: boolean } {
  if (query === 'en' || query === 'id') return { lang: query, chosen: true };
  const header = acceptLanguage ?? '';
  let lang = ranked.get(header);
  if (!lang) {
    // Browsers send a handful of distinct headers; a flood of made-up ones only empties the memo.
    if (ranked.size >= RANKED) ranked.clear();
    ranked.set(header, (lang = firstLanguage(header)));
  }
  return { lang, chosen: false };
}

/** Accept-Language values already ranked: parsing one is a tenth of a kept status page's own time. */
const ranked = new Map<string, Lang>();
const RANKED = 64;

function firstLanguage(acceptLanguage: string): Lang {
  const first = acceptLanguage
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { lang: tag.split('-')[0], q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((x) => (x.lang === 'en' || x.lang === 'id') && x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i)[0];
  return first?.lang === 'en' ? 'en' : 'id';
}

/** Whether the client asks for JSON rather than a page (`Accept: application/json` without text/html before it). */
export function wantsJson(accept: string | undefined): boolean {
  const a = (accept ?? '').toLowerCase();
  const json = a.indexOf('application/json');
  if (json < 0) return false;
  const page = a.indexOf('text/html');
  return page < 0 || json < page;
}

/**
 * The path as the access log writes it: a code after /status/ or /verifikasi/ cut to its first four
 * characters; a survey token not at all, since even a part of it with the time would say when that
 * case's survey was answered, which the store itself never keeps.
 */
export function loggedPath(path: string): string {
  const kind = path.startsWith('/status/') ? 'status' : path.startsWith('/verifikasi/') ? 'verifikasi' : undefined;
  if (kind) {
    const rest = path.slice(kind.length + 2);
    // What follows the first characters is left out; a path with nothing after them is left as it is.
    return rest.length > 0 ? `/${kind}/${rest.slice(0, Math.min(4, rest.length - 1)).replace(/[^A-Za-z0-9]/g, '?')}…` : path;
  }
  return path.startsWith('/survei/') && path.length > '/survei/'.length ? '/survei/…' : path;
}

// The time of the last line written: the status page logs thousands of lines a second under load.
let lastAt = NaN;
let lastTime = '';

/** One line of the access log: when, who, what (loggedPath), the answer's status and how long it took. */
export function accessLine(at: number, client: string, method: string, path: string, status: number, ms: number): string {
  if (at !== lastAt) [lastAt, lastTime] = [at, new Date(at).toISOString()];
  return `${lastTime} ${client} ${method} ${loggedPath(path)} ${status} ${Math.round(ms)}ms`;
}
