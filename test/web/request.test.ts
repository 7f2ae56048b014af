import { describe, expect, it } from 'vitest';
import { RateLimit } from '../../src/web/rate-limit.js';
import { clientAddress, loggedPath, requestLanguage, wantsJson } from '../../src/web/request.js';

describe('who sends a request', () => {
  it.each<[string | undefined, string | undefined, string]>([
    ['203.0.113.7', undefined, '203.0.113.7'],
    ['::ffff:203.0.113.7', undefined, '203.0.113.7'],
    ['203.0.113.7', '198.51.100.1', '203.0.113.7'],
    ['127.0.0.1', '198.51.100.1', '198.51.100.1'],
    ['::1', '10.0.0.5, 198.51.100.1', '198.51.100.1'],
    ['::ffff:127.0.0.1', '2001:db8::1', '2001:db8::1'],
    ['127.0.0.1', 'not an address<script>', '127.0.0.1'],
    ['127.0.0.1', undefined, '127.0.0.1'],
    [undefined, undefined, 'unknown'],
  ])('peer %s with X-Forwarded-For %s: %s', (peer, forwarded, client) => {
    expect(clientAddress(peer, forwarded)).toBe(client);
  });
});

describe('the language of a page', () => {
  it.each<[string | undefined, string | undefined, string, boolean]>([
    [undefined, undefined, 'id', false],
    ['en', 'id-ID', 'en', true],
    ['id', 'en-US', 'id', true],
    ['fr', 'en-GB,en;q=0.9', 'en', false],
    [undefined, 'en-US,en;q=0.9,id;q=0.8', 'en', false],
    [undefined, 'id-ID,id;q=0.9,en-US;q=0.8', 'id', false],
    [undefined, 'fr-FR,en;q=0.5,id;q=0.7', 'id', false],
    [undefined, 'de-DE,fr;q=0.8', 'id', false],
    [undefined, 'en;q=0', 'id', false],
  ])('?lang=%s, Accept-Language %s: %s', (query, accept, lang, chosen) => {
    expect(requestLanguage(query, accept)).toEqual({ lang, chosen });
    // Again, from the memo of ranked headers.
    expect(requestLanguage(query, accept)).toEqual({ lang, chosen });
  });

  it('stays right after more distinct headers than its memo keeps', () => {
    for (let i = 0; i < 200; i++) expect(requestLanguage(undefined, `x${i},en;q=0.${(i % 8) + 1}`).lang).toBe('en');
    expect(requestLanguage(undefined, 'en;q=0.1,id;q=0.2')).toEqual({ lang: 'id', chosen: false });
  });

  it.each<[string | undefined, boolean]>([
    ['application/json', true],
    ['application/json, text/html;q=0.5', true],
    ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', false],
    ['text/html, application/json', false],
    ['*/*', false],
    [undefined, false],
  ])('Accept %s: JSON? %s', (accept, json) => {
    expect(wantsJson(accept)).toBe(json);
  });
});

describe('the access log never holds a whole code', () => {
  it.each([
    ['/status/K7QM-2XNA-P4RT-9HZC', '/status/K7QM…'],
    ['/verifikasi/4JUV-DBRX-GJU3-4SLF', '/verifikasi/4JUV…'],
    ['/status/%3Cscript%3E', '/status/?3Cs…'],
    ['/survei/k7qmxnap4rtzhc2abcde', '/survei/…'],
    ['/survei/x', '/survei/…'],
    ['/survei/', '/survei/'],
    ['/status/', '/status/'],
    ['/status/A', '/status/…'],
    ['/status/ABC', '/status/AB…'],
    ['/status/ABCDE', '/status/ABCD…'],
    ['/verifikasi/a\nb<c', '/verifikasi/a?b?…'],
    ['/statusx/ABCDEFG', '/statusx/ABCDEFG'],
    ['/status', '/status'],
    ['/dokumen', '/dokumen'],
    ['/', '/'],
  ])('%s is logged as %s', (path, logged) => {
    expect(loggedPath(path)).toBe(logged);
  });
});

describe('a rate limit per client and minute', () => {
  it('allows the limit, refuses the next with the seconds left in the minute, and forgets at the next minute', () => {
    let now = Date.parse('2026-03-02T02:00:15Z');
    const limit = new RateLimit(3, () => now);
    expect([1, 2, 3].map(() => limit.hit('a').ok)).toEqual([true, true, true]);
    expect(limit.hit('a')).toEqual({ ok: false, retryAfter: 45 });
    expect(limit.hit('b').ok).toBe(true);
    now += 44_500;
    expect(limit.hit('a')).toEqual({ ok: false, retryAfter: 1 });
    now += 1_000;
    expect(limit.hit('a').ok).toBe(true);
  });
});
