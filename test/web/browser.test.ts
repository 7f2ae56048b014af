/** @module-tag slow (spawns processes or starts servers: run by `npm test` and CI, not by `npm run test:fast`) */
/**
 * The public pages in a real browser (Debian's Chromium driven by playwright-core), on each store:
 * a case followed from its receipt's code to its answer, an anonymous WBS report, certificates and
 * signed PDFs, at phone width, without script. Screenshots go to LOKET_SCREENSHOTS (else a temp folder).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklists } from '../../src/app/checklists.js';
import { FileStore } from '../../src/store/file-store.js';
import { PgStore } from '../../src/store/pg-store.js';
import type { Store } from '../../src/store/store.js';
import { startServer, type RunningServer } from '../../src/web/server.js';
import { storePort } from '../../src/web/store-port.js';
import { runLoket, tempHome } from '../helpers/loket.js';
import { E2E_STORES } from '../helpers/stores.js';
import { buildWebOffice, PUBLIC_URL, type WebOffice } from '../helpers/web-office.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.CI) throw new Error(`${CHROMIUM} is required in CI (.ci/run installs chromium)`);
if (!hasChromium)
  console.log(`Chromium not found at ${CHROMIUM}: the browser tests of the public pages are skipped (apt-get install chromium)`);
const has = (tool: string) => {
  try {
    execFileSync(tool, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const canReadQr = has('zbarimg') && has('pdftoppm');

const shots = process.env.LOKET_SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'loket-web-shots-'));
mkdirSync(shots, { recursive: true });
console.log(`Screenshots of the public pages: ${shots}`);

describe.skipIf(!hasChromium).each(E2E_STORES)('the public pages on the $name store, in Chromium', (kind) => {
  const dir = mkdtempSync(join(tmpdir(), 'loket-web-'));
  const { home, cleanup } = tempHome();
  let env: Record<string, string> = {};
  let drop = async () => {};
  let office: WebOffice;
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  const errors: unknown[] = [];

  beforeAll(async () => {
    const made = await kind.setup();
    env = made.env;
    drop = made.drop;
    office = await buildWebOffice(home, env, dir);
    store = env.LOKET_DATABASE_URL
      ? new PgStore({ url: env.LOKET_DATABASE_URL, user: 'web', now: Date.now, env: {}, home })
      : new FileStore({ home, user: 'web', now: Date.now, lock: { timeoutMs: 5000 } });
    server = await startServer({
      publicPort: storePort(store, checklists()),
      host: '127.0.0.1',
      port: 0,
      // Every page of the test comes from one address: the limits are the app test's business.
      lookupsPerMinute: 10_000,
      uploadsPerMinute: 10_000,
      log: () => undefined,
      logError: (e) => errors.push(e),
    });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    await drop();
    cleanup();
    rmSync(dir, { recursive: true, force: true });
    expect(errors).toEqual([]);
  });

  /** A phone-sized page, script off unless asked (every page must work without it). */
  async function phone(options: { locale?: string; javaScript?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 375, height: 800 },
      locale: options.locale ?? 'id-ID',
      javaScriptEnabled: options.javaScript ?? false,
    });
    return context.newPage();
  }

  /** Checks what every page must be, then saves its screenshot. */
  async function looked(page: Page, name: string): Promise<string> {
    // Run in the page (a string: the tests are compiled without the DOM's types).
    const facts = (await page.evaluate(`(() => ({
      lang: document.documentElement.lang,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      unlabelled: [...document.querySelectorAll('input:not([type=hidden])')].filter((i) => !document.querySelector('label[for="' + i.id + '"]')).length,
      agency: !!document.querySelector('header.kop .agency')?.textContent,
      logo: document.querySelector('header.kop img')?.naturalWidth ?? 0,
    }))()`)) as { lang: string; overflow: number; unlabelled: number; agency: boolean; logo: number };
    expect(facts, name).toMatchObject({ overflow: 0, unlabelled: 0, agency: true, logo: 64 });
    expect(['id', 'en']).toContain(facts.lang);
    await page.screenshot({ path: join(shots, `${kind.name}-${name}.png`), fullPage: true });
    return (await page.textContent('main')) ?? '';
  }

  it('follows a request from the code on its receipt (printed and in its QR code) to its answer', async () => {
    const url = `${PUBLIC_URL}/status/${office.requestCode}`;
    expect(office.receiptText).toContain(office.requestCode);
    expect(office.receiptText).toContain(`${PUBLIC_URL}/status dengan kode lacak ini`);
    if (canReadQr) {
      execFileSync('pdftoppm', ['-png', '-r', '200', '-f', '1', '-l', '1', office.receiptPdf, join(dir, 'receipt')]);
      const png = execFileSync('ls', [dir], { encoding: 'utf8' })
        .split('\n')
        .find((f) => f.startsWith('receipt') && f.endsWith('.png'))!;
      const decoded = execFileSync('zbarimg', ['--quiet', '--raw', join(dir, png)], { encoding: 'utf8' }).trim();
      expect(decoded).toBe(url);
    } else console.log('zbarimg or pdftoppm not found: the QR code of the receipt is not decoded');

    const page = await phone();
    await page.goto(`${server.url}/`);
    await looked(page, 'home');
    // Typed as people read it out: lower case, spaces.
    await page.fill('#kode-lacak', office.requestCode.toLowerCase().replace(/-/g, ' '));
    await page.click('#kode-lacak ~ button');
    expect(new URL(page.url()).pathname).toBe(`/status/${office.requestCode}`);
    const text = await looked(page, 'status-answered');
    for (const words of [
      office.requestId,
      'Sosialisasi Netralitas ASN',
      'Senin, 2 Maret 2026 pukul 09.00 WIB',
      'Didisposisikan kepada petugas',
      'Dianalisis',
      'Diputuskan',
      'Surat jawaban diberi nomor',
      'Jawaban disampaikan',
      'tepat waktu',
      'disetujui',
      office.replyNumber,
    ])
      expect(text, words).toContain(words);
    for (const secret of [
      'Budi Santoso',
      'Siapkan narasumber',
      'Catatan internal',
      'Dinas Kominfo',
      '0812-3456-7890',
      'Permohonan narasumber',
      'Aula',
    ])
      expect(text, secret).not.toContain(secret);

    // A walk-in still open, then answered at the counter: the same page follows it.
    const pending = await phone();
    await pending.goto(`${server.url}/status/${office.pendingCode}`);
    const before = await looked(pending, 'status-pending');
    expect(before).toContain('Belum dijawab.');
    expect(before).toContain('Batas waktu jawaban');
    const id = (await (await store.findByTrackingCode(office.pendingCode))!).id;
    const step = async (args: string[], now: string) => expect((await runLoket(args, { home, now, env })).code).toBe(0);
    await step(
      ['decide', id, '--approve', '--contact', 'Budi Santoso, 0812-1111-2222', '--schedule', '2026-05-20T09:00'],
      '2026-05-06T10:20:00+07:00',
    );
    await step(['send', id, '--via', 'langsung', '--note', 'Dijelaskan langsung oleh Budi Santoso'], '2026-05-06T10:30:00+07:00');
    await pending.reload();
    const after = await looked(pending, 'status-walkin-answered');
    expect(after).toContain('Dijawab pada Rabu, 6 Mei 2026 pukul 10.30 WIB');
    expect(after).not.toContain('Budi Santoso');
  });

  it('lets an anonymous WBS reporter follow the report with the code alone, revealing nothing', async () => {
    const page = await phone();
    await page.goto(`${server.url}/status`);
    await page.fill('#kode-lacak', office.reportCode);
    await page.click('#kode-lacak ~ button');
    const text = await looked(page, 'status-wbs');
    for (const words of [office.reportId, 'Pengaduan', 'Diperiksa', 'Lengkap']) expect(text, words).toContain(words);
    const html = await page.content();
    for (const secret of office.reportSecrets) expect(html, secret).not.toContain(secret);
  });

  it('says the same for a mistyped code and an unknown one', async () => {
    const page = await phone();
    const wrong = `${office.requestCode.slice(0, -1)}${office.requestCode.endsWith('A') ? 'B' : 'A'}`;
    const texts = [];
    for (const code of [wrong, 'ZZZZ-ZZZZ-ZZZZ-ZZZZ', 'OO11']) {
      const r = await page.goto(`${server.url}/status/${code}`);
      expect(r?.status()).toBe(404);
      texts.push(await looked(page, 'status-not-found'));
    }
    expect(new Set(texts).size).toBe(1);
    expect(texts[0]).toContain('Kode lacak tidak ditemukan');
  });

  it('checks a valid, a revoked and a forged certificate', async () => {
    const page = await phone();
    await page.goto(`${server.url}/verifikasi`);
    await page.fill('#kode-sertifikat', office.validCertificate.toLowerCase());
    await page.click('#kode-sertifikat ~ button');
    const valid = await looked(page, 'certificate-valid');
    for (const words of ['SAH', 'Pemerintah Kabupaten Contoh', '218 dari 300', '0,73', 'Tinggi', '2026', 'Selasa, 5 Mei 2026'])
      expect(valid, words).toContain(words);
    await page.goto(`${server.url}/verifikasi/${office.revokedCertificate}`);
    const revoked = await looked(page, 'certificate-revoked');
    expect(revoked).toContain('DICABUT');
    expect(revoked).toContain('Ditemukan ketidaksesuaian data dukung');
    expect(revoked).toContain('Rabu, 6 Mei 2026');
    const forged = await page.goto(`${server.url}/verifikasi/K7QM-2XNA-P4RT-9HZC`);
    expect(forged?.status()).toBe(404);
    expect(await looked(page, 'certificate-forged')).toContain('TIDAK SAH');
  });

  it('checks an intact signed letter, one with a changed byte, and a PDF from elsewhere', async () => {
    const page = await phone();
    const upload = async (file: string, name: string) => {
      await page.goto(`${server.url}/dokumen`);
      await page.setInputFiles('#berkas', file);
      await page.click('#berkas ~ button');
      return looked(page, name);
    };
    const intact = await upload(office.signedReply, 'document-intact');
    for (const words of ['SAH: dokumen utuh', 'Surat jawaban', office.replyNumber, 'Dr. Ratna Dewi, M.Si.', office.requestId])
      expect(intact, words).toContain(words);
    const changed = await upload(office.changedReply, 'document-changed');
    expect(changed).toContain('TIDAK SAH');
    expect(changed).not.toContain(office.replyNumber);
    const foreign = await upload(office.foreignPdf, 'document-foreign');
    expect(foreign).toContain('TIDAK SAH');
    expect(foreign).toContain('Tanda tangan elektronik utuh');
    expect(foreign).toContain('Tidak tercatat');
  });

  it('speaks English to an English browser and with ?lang=en, with script on as well', async () => {
    const page = await phone({ locale: 'en-US', javaScript: true });
    await page.goto(`${server.url}/status/${office.requestCode}`);
    const text = await looked(page, 'status-english');
    expect(text).toContain('Answer sent');
    expect(text).toContain('Monday, 2 March 2026 at 09.00 WIB');
    await page.goto(`${server.url}/?lang=id`);
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    await page.click('text=English');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(new URL(page.url()).search).toBe('?lang=en');
  });
});
