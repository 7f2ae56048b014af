/**
 * The survey's routes in-process over a real store (files): the form as HTML and JSON, one answer
 * for a malformed, a wrong and an unknown token, answers refused with their reasons and kept only
 * when sound, a used link told so, escaping, limits, and an access log without tokens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklists } from '../../src/app/checklists.js';
import type { Store } from '../../src/store/store.js';
import { createApp } from '../../src/web/app.js';
import type { PublicPort } from '../../src/web/public-port.js';
import { storePort } from '../../src/web/store-port.js';
import { simpleCase } from '../helpers/store.js';
import { STORE_KINDS, type OpenedStore } from '../helpers/stores.js';

// 20:00 UTC is already the next day in Jakarta: the answer's day is the office's today.
const NOW = Date.parse('2026-05-06T20:00:00Z');
let opened: OpenedStore;
let store: Store;
let port: PublicPort;
const log: string[] = [];
const errors: unknown[] = [];

beforeAll(async () => {
  opened = await STORE_KINDS[0]!.open(() => NOW);
  store = opened.store;
  port = storePort(store, checklists(), () => NOW);
});
afterAll(async () => {
  await opened.cleanup();
  expect(errors).toEqual([]);
});

const app = (over: Partial<Parameters<typeof createApp>[0]> = {}) =>
  createApp({ publicPort: port, log: (l) => log.push(l), logError: (e) => errors.push(e), ...over });
const json = { Accept: 'application/json' };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const body = async (r: Response): Promise<any> => r.json();
const FORM = { u1: '4', u2: '3', u3: '3', u4: '4', u5: '3', u6: '4', u7: '4', u8: '2', u9: '3' };
const form = (fields: Record<string, string>) => ({
  method: 'POST',
  body: new URLSearchParams(fields).toString(),
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
});

/** A new case and its survey token. */
async function newToken(service: 'sosialisasi' | 'imnkk' = 'sosialisasi'): Promise<string> {
  const c = await store.register(2026, (agenda) => ({
    value: simpleCase(2026, agenda, { service, applicant: { name: 'Siti Aminah' }, receivedAt: '2026-05-04T09:00:00+07:00' }),
    changes: { agendaNumber: agenda },
  }));
  return store.surveyToken(c.id);
}
const kept = () => store.surveyResponses('2026-01-01', '2026-12-31');

describe('the survey page of a token', () => {
  it('is the questionnaire: the nine elements in order, each a group of four labelled answers under its legend', async () => {
    const token = await newToken();
    const r = await app().request(`/survei/${token}`);
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.headers.get('content-security-policy')).toContain("form-action 'self'");
    const page = await r.text();
    expect(page).toContain('<html lang="id">');
    expect(page).not.toContain('<script');
    expect(page).toContain(`<form method="post" action="/survei/${token}" novalidate>`);
    const legends = [...page.matchAll(/<span class="element">([^<]*)<\/span>/g)].map((m) => m[1]);
    expect(legends).toEqual([
      'Unsur 1 dari 9: Persyaratan',
      'Unsur 2 dari 9: Sistem, Mekanisme, dan Prosedur',
      'Unsur 3 dari 9: Waktu Penyelesaian',
      'Unsur 4 dari 9: Biaya/Tarif',
      'Unsur 5 dari 9: Produk Spesifikasi Jenis Pelayanan',
      'Unsur 6 dari 9: Kompetensi Pelaksana',
      'Unsur 7 dari 9: Perilaku Pelaksana',
      'Unsur 8 dari 9: Penanganan Pengaduan, Saran dan Masukan',
      'Unsur 9 dari 9: Sarana dan Prasarana',
    ]);
    expect(page.match(/<fieldset/g)).toHaveLength(9);
    expect(page.match(/<legend>/g)).toHaveLength(9);
    const radios = [...page.matchAll(/<input type="radio" id="(u\d-\d)" name="(u\d)" value="(\d)"/g)];
    expect(radios).toHaveLength(36);
    for (const [, id] of radios) expect(page).toContain(`<label for="${id}">`);
    expect(page).toMatch(/<label for="u4-1">\s*Sangat mahal\s*<\/label>/);
    expect(page).toMatch(/<label for="u4-4">\s*Gratis\s*<\/label>/);
    for (const id of ['jenis_kelamin', 'pendidikan', 'pekerjaan', 'saran']) expect(page).toContain(`<label for="${id}">`);
    expect(page).toContain('<strong>Sosialisasi Netralitas ASN</strong>');
  });

  it('speaks English with ?lang=en (and keeps it in the form) or to an English browser', async () => {
    const token = await newToken();
    const en = await (await app().request(`/survei/${token}?lang=en`)).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<h1>Public Satisfaction Survey</h1>');
    expect(en).toContain(`action="/survei/${token}?lang=en"`);
    const browser = await (await app().request(`/survei/${token}`, { headers: { 'Accept-Language': 'en-GB,en;q=0.9' } })).text();
    expect(browser).toContain('Element 1 of 9');
    expect(browser).toContain(`action="/survei/${token}"`);
  });

  it('answers JSON with the service and the questionnaire, each element with the field that answers it', async () => {
    const token = await newToken('imnkk');
    const r = await app().request(`/survei/${token}`, { headers: json });
    expect(r.status).toBe(200);
    const data = await body(r);
    expect(data).toMatchObject({ found: true, answered: false, service: 'imnkk' });
    expect(data.questionnaire.elements.map((e: { field: string }) => e.field)).toEqual([
      'u1',
      'u2',
      'u3',
      'u4',
      'u5',
      'u6',
      'u7',
      'u8',
      'u9',
    ]);
    expect(data.questionnaire.elements[3].answers).toEqual(['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis']);
    expect(JSON.stringify(data)).not.toContain('Siti Aminah');
  });

  it('gives a malformed, a wrong and an unknown token the same answer, byte for byte', async () => {
    const token = await newToken();
    const wrong = `${token.slice(0, -1)}${token.endsWith('a') ? 'b' : 'a'}`;
    const answers = [];
    for (const t of [wrong, 'a'.repeat(20), 'OO11', '%3Cscript%3E']) {
      const page = await app().request(`/survei/${t}`);
      const data = await app().request(`/survei/${t}`, { headers: json });
      const post = await app().request(`/survei/${t}`, form(FORM));
      answers.push([page.status, (await page.text()).replace(/\/survei\/[^"?]*/g, ''), data.status, await data.text(), post.status]);
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]![0]).toBe(404);
    expect(answers[0]![1]).toContain('Tautan survei tidak dikenal');
    expect(answers[0]![3]).toBe('{"found":false}');
    expect(await kept()).toEqual([]);
  });
});

describe('answering', () => {
  it('shows the form again with the reasons and what was typed (escaped), keeping nothing until it is all sound', async () => {
    const before = (await kept()).length;
    const token = await newToken();
    const typed = { ...FORM, u3: '', u7: '7', pendidikan: 'S1', saran: '<script>alert("x")</script> ruang tunggu' };
    const r = await app().request(`/survei/${token}`, form(typed));
    expect(r.status).toBe(400);
    const page = await r.text();
    expect(page).toContain('<title>Perlu diperbaiki: Survei Kepuasan Masyarakat');
    expect(page).toContain('Ada jawaban yang perlu diperbaiki');
    expect(page).toContain('<a href="#u3-1"');
    expect(page).toMatch(/3\. Waktu Penyelesaian:\s*Pilih salah satu jawaban\./);
    expect(page).toMatch(/7\. Perilaku Pelaksana:\s*Jawaban harus 1, 2, 3 atau 4/);
    expect(page).toMatch(/<fieldset\s+aria-describedby="u3-error">/);
    // What was typed stays: the radios chosen, the choice, the suggestion (as text, never as markup).
    expect(page).toMatch(/id="u1-4" name="u1" value="4"\s+checked/);
    expect(page).toMatch(/id="u8-2" name="u8" value="2"\s+checked/);
    expect(page).not.toMatch(/id="u3-\d" name="u3" value="\d"\s+checked/);
    expect(page).toMatch(/<option value="S1"\s+selected>/);
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; ruang tunggu</textarea>');
    expect(page).not.toContain('<script>');
    expect((await kept()).length).toBe(before);
    expect((await app().request(`/survei/${token}`)).status).toBe(200);

    const done = await app().request(`/survei/${token}`, form({ ...typed, u3: '2', u7: '3' }));
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Jawaban Saudara sudah kami terima.');
    const all = await kept();
    expect(all.length).toBe(before + 1);
    const mine = all.find((x) => x.suggestion?.includes('ruang tunggu'))!;
    expect(mine).toMatchObject({ date: '2026-05-07', service: 'sosialisasi', answers: [4, 3, 2, 4, 3, 4, 3, 2, 3], education: 'S1' });
  });

  it('tells a used link politely, on the page and in JSON, and keeps no second answer', async () => {
    const token = await newToken();
    expect((await app().request(`/survei/${token}`, form(FORM))).status).toBe(200);
    const count = (await kept()).length;
    const again = await app().request(`/survei/${token}`);
    expect(again.status).toBe(410);
    const page = await again.text();
    expect(page).toContain('Survei sudah diisi');
    expect(page).toContain('hanya dapat dipakai satu kali');
    expect(page).not.toContain('<form method="post"');
    const data = await app().request(`/survei/${token}`, { headers: json });
    expect([data.status, await body(data)]).toEqual([410, { found: true, answered: true }]);
    const post = await app().request(`/survei/${token}`, form(FORM));
    expect(post.status).toBe(410);
    expect((await kept()).length).toBe(count);
  });

  it('takes JSON too: 400 with each problem in words, then 201', async () => {
    const token = await newToken();
    const send = (fields: Record<string, unknown>) =>
      app().request(`/survei/${token}?lang=en`, {
        method: 'POST',
        body: JSON.stringify(fields),
        headers: { ...json, 'Content-Type': 'application/json' },
      });
    const refused = await send({ ...FORM, u9: undefined, jenis_kelamin: 'X' });
    expect(refused.status).toBe(400);
    expect(await body(refused)).toEqual({
      recorded: false,
      problems: [
        { field: 'u9', message: 'this element has no answer' },
        { field: 'jenis_kelamin', message: 'not one of the choices: "X" (choices: L, P)' },
      ],
    });
    const ok = await send({ ...FORM, u9: 4, jenis_kelamin: 'P' });
    expect([ok.status, await body(ok)]).toEqual([201, { recorded: true }]);
  });

  it('limits answers per client address (429 with Retry-After) and refuses a body past 32 KB (413), keeping nothing', async () => {
    const limited = app({ answersPerMinute: 1 });
    const token = await newToken();
    const count = (await kept()).length;
    const big = await limited.request(`/survei/${token}`, form({ ...FORM, saran: 'x'.repeat(40_000) }));
    expect(big.status).toBe(413);
    expect(await big.text()).toContain('Isian terlalu panjang untuk dikirim');
    const second = await limited.request(`/survei/${token}`, form(FORM));
    expect(second.status).toBe(429);
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await kept()).length).toBe(count);
    expect((await app().request(`/survei/${token}`)).status).toBe(200);
  });

  it('logs the path without any part of the token', async () => {
    const token = await newToken();
    log.length = 0;
    await app().request(`/survei/${token}`);
    await app().request(`/survei/${token}`, form(FORM));
    expect(log).toHaveLength(2);
    expect(log.join('\n')).not.toContain(token.slice(0, 4));
    expect(log[0]).toMatch(/ GET \/survei\/… 200 \d+ms$/);
    expect(log[1]).toMatch(/ POST \/survei\/… 200 \d+ms$/);
  });
});
