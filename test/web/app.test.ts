/**
 * The public app in-process over a real store (files): the JSON forms, one answer for a wrong and an
 * unknown code, strict headers, limits, escaping, no stack trace, and an access log without codes.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/web/app.js';
import { SECURITY_HEADERS } from '../../src/web/security-headers.js';
import { storePort } from '../../src/web/store-port.js';
import { checklists } from '../../src/app/checklists.js';
import { FileStore } from '../../src/store/file-store.js';
import type { PublicPort } from '../../src/web/public-port.js';
import { StoreError } from '../../src/errors.js';
import { runLoket, tempHome } from '../helpers/loket.js';
import { buildWebOffice, type WebOffice } from '../helpers/web-office.js';

const dir = mkdtempSync(join(tmpdir(), 'loket-web-app-'));
const { home, cleanup } = tempHome();
let office: WebOffice;
let port: PublicPort;
const log: string[] = [];
const errors: unknown[] = [];

beforeAll(async () => {
  office = await buildWebOffice(home, {}, dir);
  port = storePort(new FileStore({ home, user: 'web', now: Date.now, lock: { timeoutMs: 5000 } }), checklists());
}, 120_000);
afterAll(() => {
  cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const app = (over: Partial<Parameters<typeof createApp>[0]> = {}) =>
  createApp({ publicPort: port, log: (l) => log.push(l), logError: (e) => errors.push(e), ...over });
const json = { headers: { Accept: 'application/json' } };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const body = async (r: Response): Promise<any> => r.json();

describe('the status of a case', () => {
  it('answers the JSON of the issue: id, service, status, dates, missing, steps and the answer with its letter', async () => {
    const r = await app().request(`/status/${office.requestCode.toLowerCase().replace(/-/g, ' ')}`, json);
    expect(r.status).toBe(200);
    const data = await body(r);
    expect(Object.keys(data)).toEqual([
      'id',
      'service',
      'kind',
      'status',
      'receivedAt',
      'respondBy',
      'answerDue',
      'missing',
      'steps',
      'answer',
    ]);
    expect(data).toMatchObject({
      id: office.requestId,
      service: 'sosialisasi',
      status: 'answered',
      receivedAt: '2026-03-02T09:00:00+07:00',
      answer: { via: 'pos', onTime: true, outcome: 'approved', letterNumber: office.replyNumber },
    });
    expect(data.steps.map((s: { step: string }) => s.step)).toEqual(['received', 'disposed', 'analysed', 'decided', 'letter', 'answered']);
    const text = JSON.stringify(data);
    for (const secret of ['Budi Santoso', 'Siapkan narasumber', 'Catatan internal', 'Dinas Kominfo', '0812', 'Permohonan narasumber'])
      expect(text).not.toContain(secret);
  });

  it('gives a wrong code, an unknown one and a malformed one the same answer, byte for byte', async () => {
    const last = office.requestCode.at(-1) === 'A' ? 'B' : 'A';
    const answers = [];
    for (const code of [`${office.requestCode.slice(0, -1)}${last}`, 'ZZZZ-ZZZZ-ZZZZ-ZZZZ', 'OOOO-1111', '%3Cscript%3E']) {
      const page = await app().request(`/status/${code}`);
      const data = await app().request(`/status/${code}`, json);
      answers.push([page.status, (await page.text()).replace(/\/status\/[^"?]*/g, ''), data.status, await data.text()]);
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]!.slice(0, 1)).toEqual([404]);
    expect(answers[0]![3]).toBe('{"found":false}');
  });

  it('sends the form to the code\u2019s own address, keeping a chosen language', async () => {
    const r = await app().request(`/status?code=${encodeURIComponent(` ${office.requestCode} `)}&lang=en`);
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toBe(`/status/${office.requestCode}?lang=en`);
  });

  it('shows the page in Indonesian, in English with ?lang=en or the browser language', async () => {
    const id = await (await app().request(`/status/${office.requestCode}`)).text();
    expect(id).toContain('<html lang="id">');
    expect(id).toContain('Jawaban disampaikan');
    const en = await (await app().request(`/status/${office.requestCode}?lang=en`)).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Answer sent');
    const browser = await (
      await app().request(`/status/${office.requestCode}`, { headers: { 'Accept-Language': 'en-GB,en;q=0.9' } })
    ).text();
    expect(browser).toContain('Answer sent');
  });
});

describe('certificates and documents as JSON', () => {
  it('a valid, a revoked and a forged certificate code', async () => {
    const valid = await body(await app().request(`/verifikasi/${office.validCertificate}`, json));
    expect(valid).toMatchObject({
      valid: true,
      status: 'valid',
      agency: 'Pemerintah Kabupaten Contoh',
      score: 218,
      maxScore: 300,
      index: 0.73,
      category: 'Tinggi',
      year: 2026,
    });
    const revoked = await body(await app().request(`/verifikasi/${office.revokedCertificate.toLowerCase()}`, json));
    expect(revoked).toMatchObject({ valid: false, status: 'revoked', revoked: { reason: 'Ditemukan ketidaksesuaian data dukung' } });
    const forged = await app().request('/verifikasi/ABCD-EFGH-JKLM-NPQR', json);
    expect(forged.status).toBe(404);
    expect(await forged.json()).toEqual({ valid: false, status: 'invalid', code: 'ABCD-EFGH-JKLM-NPQR' });
  });

  it('a signed letter as issued, with one byte changed, from elsewhere; as a form upload and as the raw body', async () => {
    const post = async (file: string, raw: boolean) => {
      const bytes = readFileSync(file);
      const sent = raw
        ? bytes
        : (() => {
            const form = new FormData();
            form.set('file', new File([bytes], 'x.pdf', { type: 'application/pdf' }));
            return form;
          })();
      const r = await app().request('/dokumen', {
        method: 'POST',
        body: sent,
        headers: { Accept: 'application/json', ...(raw ? { 'Content-Type': 'application/pdf' } : {}) },
      });
      expect(r.status).toBe(200);
      return body(r);
    };
    for (const raw of [false, true]) {
      expect(await post(office.signedReply, raw)).toMatchObject({
        valid: true,
        status: 'valid',
        intact: true,
        issued: true,
        signer: 'Dr. Ratna Dewi, M.Si.',
        document: { caseId: office.requestId, kind: 'reply', number: office.replyNumber },
      });
      expect(await post(office.changedReply, raw)).toMatchObject({
        valid: false,
        status: 'invalid',
        intact: false,
        issued: false,
        document: null,
      });
      expect(await post(office.foreignPdf, raw)).toMatchObject({ valid: false, status: 'invalid', intact: true, issued: false });
    }
    expect(await post(office.revokedCertificatePdf, true)).toMatchObject({
      valid: false,
      status: 'revoked',
      document: { kind: 'certificate', number: office.revokedCertificate },
    });
    expect(await post(office.validCertificatePdf, true)).toMatchObject({
      valid: true,
      document: { kind: 'certificate', number: office.validCertificate },
    });
  });
});

describe('safe in public', () => {
  it('sends strict headers on every answer', async () => {
    for (const path of ['/', `/status/${office.requestCode}`, '/nothing', '/assets/loket.css']) {
      const r = await app().request(path);
      expect(r.headers.get('content-security-policy'), path).toBe(
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
      );
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
      expect(r.headers.get('x-frame-options')).toBe('DENY');
      for (const [name, value] of SECURITY_HEADERS) expect(r.headers.get(name), `${path}: ${name}`).toBe(value);
    }
    expect((await app().request(`/status/${office.requestCode}`)).headers.get('cache-control')).toBe('no-store');
  });

  it('limits lookups and uploads per client address: 429 with Retry-After', async () => {
    const limitedApp = app({ lookupsPerMinute: 2, uploadsPerMinute: 1 });
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await limitedApp.request(`/verifikasi/${office.validCertificate}`)).status);
    expect(codes).toEqual([200, 200, 429]);
    const refused = await limitedApp.request(`/status/${office.requestCode}`, json);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await body(refused)).error.status).toBe(429);
    const upload = () =>
      limitedApp.request('/dokumen', {
        method: 'POST',
        body: readFileSync(office.signedReply),
        headers: { 'Content-Type': 'application/pdf' },
      });
    expect([(await upload()).status, (await upload()).status]).toEqual([200, 429]);
  });

  it('refuses an upload over limits.attachmentMb with 413, before reading it all', async () => {
    await runLoket(['config', 'set', 'limits.attachmentMb', '1'], { home });
    const smallPort = storePort(new FileStore({ home, user: 'web', now: Date.now, lock: { timeoutMs: 5000 } }), checklists());
    const r = await app({ publicPort: smallPort }).request('/dokumen', {
      method: 'POST',
      body: Buffer.alloc(1024 * 1024 + 1),
      headers: { 'Content-Type': 'application/pdf' },
    });
    expect(r.status).toBe(413);
    expect(await r.text()).toContain('paling besar 1 MB');
    await runLoket(['config', 'set', 'limits.attachmentMb', '50'], { home });
  });

  it('shows no stack trace or path when the store fails, and logs the fault for the operator', async () => {
    const broken: PublicPort = {
      ...port,
      status: async () => {
        throw new Error(`boom at ${home}/store/cases-2026-000.json`);
      },
      certificate: async () => {
        throw new StoreError('store.locked', { file: `${home}/.lock` } as never);
      },
    };
    const r = await app({ publicPort: broken }).request(`/status/${office.requestCode}`);
    expect(r.status).toBe(500);
    const page = await r.text();
    expect(page).not.toContain(home);
    expect(page).not.toMatch(/boom|at .*\.js|Error/);
    const unavailable = await app({ publicPort: broken }).request(`/verifikasi/${office.validCertificate}`, json);
    expect(unavailable.status).toBe(503);
    expect(await unavailable.text()).not.toContain(home);
    expect(errors.length).toBeGreaterThanOrEqual(2);
  });

  it('escapes every value: an agency name with markup is shown as text', async () => {
    await runLoket(['config', 'set', 'agency', 'Kantor <script>alert(1)</script> & "Mitra"'], { home });
    const fresh = storePort(new FileStore({ home, user: 'web', now: Date.now, lock: { timeoutMs: 5000 } }), checklists());
    const page = await (await app({ publicPort: fresh }).request('/')).text();
    expect(page).not.toContain('<script>');
    expect(page).toContain('Kantor &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Mitra&quot;');
    const echoed = await (await app().request(`/verifikasi/${encodeURIComponent('<img src=x onerror=alert(1)>')}`)).text();
    expect(echoed).not.toContain('<img src=x');
  });

  it('logs each request without a whole code', async () => {
    log.length = 0;
    await app().request(`/status/${office.requestCode}`);
    await app().request(`/verifikasi/${office.validCertificate}`);
    expect(log).toHaveLength(2);
    expect(log.join('\n')).not.toContain(office.requestCode);
    expect(log.join('\n')).not.toContain(office.validCertificate);
    expect(log[0]).toMatch(new RegExp(`GET /status/${office.requestCode.slice(0, 4)}… 200 \\d+ms$`));
  });
});
