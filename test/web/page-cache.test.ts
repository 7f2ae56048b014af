/** Pages kept with a frozen view: rendered once per variant, never kept for a view that may change. */
import { describe, expect, it } from 'vitest';
import { cachedPage, keptBytes } from '../../src/web/page-cache.js';

/** A renderer that counts its calls and says which call made the page. */
function counting() {
  let calls = 0;
  return { make: async () => `page ${++calls}`, calls: () => calls };
}

describe('a page kept with its view', () => {
  it('is rendered once for a frozen view and variant, and again for another variant or another view', async () => {
    const r = counting();
    const view = Object.freeze({ id: '2026-0001' });
    expect(await cachedPage(view, 'id false /status/A', r.make)).toBe('page 1');
    expect(await cachedPage(view, 'id false /status/A', r.make)).toBe('page 1');
    expect(await cachedPage(view, 'en true /status/A', r.make)).toBe('page 2');
    expect(await cachedPage(Object.freeze({ id: '2026-0001' }), 'id false /status/A', r.make)).toBe('page 3');
    expect(r.calls()).toBe(3);
  });

  it('is rendered each time for a view that is not frozen', async () => {
    const r = counting();
    const view = { id: '2026-0001' };
    await cachedPage(view, 'id false /status/A', r.make);
    expect(await cachedPage(view, 'id false /status/A', r.make)).toBe('page 2');
  });

  it('keeps a handful of variants per view: the oldest goes first', async () => {
    const r = counting();
    const view = Object.freeze({});
    for (let i = 0; i < 9; i++) await cachedPage(view, `variant ${i}`, r.make);
    expect(await cachedPage(view, 'variant 8', r.make)).toBe('page 9');
    expect(await cachedPage(view, 'variant 0', r.make)).toBe('page 10');
  });

  it('hands out a kept page as its UTF-8 bytes, the same Buffer each time, and nothing for a page not kept', async () => {
    const view = Object.freeze({});
    expect(keptBytes(view, 'id false /status/A')).toBeUndefined();
    await cachedPage(view, 'id false /status/A', async () => '<p>Tanggal · 1 Desember</p>');
    const bytes = keptBytes(view, 'id false /status/A');
    expect(bytes?.toString('utf8')).toBe('<p>Tanggal · 1 Desember</p>');
    expect(bytes?.length).toBe(Buffer.byteLength('<p>Tanggal · 1 Desember</p>'));
    expect(keptBytes(view, 'id false /status/A')).toBe(bytes);
    expect(keptBytes(view, 'en true /status/A')).toBeUndefined();
    await cachedPage({}, 'id false /status/A', async () => 'not kept');
    expect(keptBytes({}, 'id false /status/A')).toBeUndefined();
  });
});
