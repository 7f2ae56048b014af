/** @module-tag slow (spawns processes or starts servers: run by `npm test` and CI, not by `npm run test:fast`) */
/**
 * The online satisfaction survey in a real browser (Debian's Chromium by playwright-core, script
 * off), on each store: a case answered by letter, its survey QR code decoded and followed, the form
 * sent with a mistake (shown again, nothing kept) and then answered, the answer counted by
 * `skm report` without any tie to the case, and the link refused the second time; a walk-in's
 * answer slip followed in English; all at phone width. Screenshots go to LOKET_SCREENSHOTS.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
import { runLoket, signedOffice, tempHome } from '../helpers/loket.js';
import { pdfText } from '../helpers/pdf.js';
import { emblemPng } from '../helpers/png.js';
import { E2E_STORES } from '../helpers/stores.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.CI) throw new Error(`${CHROMIUM} is required in CI (.ci/run installs chromium)`);
const has = (tool: string) => {
  try {
    execFileSync(tool, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
if (!has('zbarimg') && process.env.CI) throw new Error('zbarimg is required in CI (.ci/run installs zbar-tools)');
const canReadQr = has('zbarimg') && has('pdftoppm');

const PUBLIC_URL = 'https://layanan.contoh.go.id';
const LINK = new RegExp(`^${PUBLIC_URL.replace(/\./g, '\\.')}/survei/[a-z2-7]{20}$`);
// The server's today: the answers are of 7 May 2026.
const NOW = Date.parse('2026-05-07T10:00:00+07:00');
const shots = process.env.LOKET_SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'loket-survey-shots-'));
mkdirSync(shots, { recursive: true });
console.log(`Screenshots of the survey pages: ${shots}`);

/** The survey link a PDF's QR code holds (the only QR code on a letter or a slip), read back as a phone would. */
function qrOf(pdf: string, dir: string, name: string): string {
  execFileSync('pdftoppm', ['-png', '-r', '200', pdf, join(dir, name)]);
  const pngs = readdirSync(dir).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'));
  const found = pngs.flatMap((png) => {
    try {
      return execFileSync('zbarimg', ['--quiet', '--raw', join(dir, png)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
        .trim()
        .split('\n');
    } catch {
      return [];
    }
  });
  expect(found, `QR codes in ${pdf}`).toHaveLength(1);
  return found[0]!;
}

describe.skipIf(!hasChromium).each(E2E_STORES)('the online survey on the $name store, in Chromium', (kind) => {
  const dir = mkdtempSync(join(tmpdir(), 'loket-survey-'));
  const { home, cleanup } = tempHome();
  let env: Record<string, string> = {};
  let drop = async () => {};
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let letter: { id: string; pdf: string; trackingCode: string };
  let slip: { id: string; pdf: string };
  const errors: unknown[] = [];

  const run = async (args: string[], now: string) => {
    const r = await runLoket([...args, '--json'], { home, now, env, user: 'Budi Santoso' });
    if (r.code !== 0) throw new Error(`${args.join(' ')} → ${r.code}: ${r.stderr}`);
    return r.json as Record<string, unknown> & { id: string };
  };

  beforeAll(async () => {
    const made = await kind.setup();
    env = made.env;
    drop = made.drop;
    await signedOffice(home, env);
    await run(['config', 'set', 'serve.publicUrl', `${PUBLIC_URL}/`], '2026-05-01T09:00:00+07:00');
    const logo = join(dir, 'logo.png');
    writeFileSync(logo, emblemPng());
    await run(['config', 'set', 'logo', logo], '2026-05-01T09:00:00+07:00');

    // A request by letter, answered by a reply letter sent by e-mail.
    const request = await run(
      [
        'register',
        'letter',
        '--yes',
        '--no-receipt',
        '--service',
        'sosialisasi',
        '--channel',
        'surat',
        '--applicant',
        'Dinas Kominfo Kab. Contoh',
        '--subject',
        'Permohonan narasumber netralitas',
        '--event-date',
        '2026-06-10T09:00',
      ],
      '2026-05-04T09:00:00+07:00',
    );
    await run(['dispose', request.id, '--to', 'Budi Santoso'], '2026-05-04T10:00:00+07:00');
    await run(['analyse', request.id, '--feasible', 'yes', '--mode', 'luring'], '2026-05-04T11:00:00+07:00');
    await run(
      ['decide', request.id, '--approve', '--schedule', '2026-06-10T09:00', '--contact', 'Budi Santoso, 0812-1111-2222'],
      '2026-05-05T09:00:00+07:00',
    );
    const pdf = join(dir, 'surat-jawaban.pdf');
    await run(['reply', request.id, '--out', pdf], '2026-05-05T10:00:00+07:00');
    await run(['send', request.id, '--via', 'pos'], '2026-05-05T14:00:00+07:00');
    letter = { id: request.id, pdf, trackingCode: String(request.trackingCode) };

    // A walk-in answered at the counter, who takes the answer slip home.
    const visit = await run(
      [
        'register',
        'walkin',
        '--yes',
        '--no-receipt',
        '--visitor',
        'Siti Aminah',
        '--service',
        'sosialisasi',
        '--purpose',
        'Konsultasi netralitas',
      ],
      '2026-05-06T10:00:00+07:00',
    );
    await run(
      ['decide', visit.id, '--approve', '--contact', 'Budi Santoso, 0812-1111-2222', '--schedule', '2026-05-20T09:00'],
      '2026-05-06T10:15:00+07:00',
    );
    const sent = await run(
      ['send', visit.id, '--via', 'langsung', '--note', 'Dijelaskan langsung oleh petugas'],
      '2026-05-06T10:30:00+07:00',
    );
    slip = { id: visit.id, pdf: String(sent.slip) };

    store = env.LOKET_DATABASE_URL
      ? new PgStore({ url: env.LOKET_DATABASE_URL, user: 'web', now: () => NOW, env: {}, home })
      : new FileStore({ home, user: 'web', now: () => NOW, lock: { timeoutMs: 5000 } });
    server = await startServer({
      publicPort: storePort(store, checklists(), () => NOW),
      host: '127.0.0.1',
      port: 0,
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

  async function phone(locale = 'id-ID'): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, locale, javaScriptEnabled: false });
    return context.newPage();
  }

  /** What every survey page must be (no sideways scroll, labelled fields, the letterhead, readable contrast); then its screenshot. */
  async function looked(page: Page, name: string): Promise<string> {
    // Run in the page (a string: the tests are compiled without the DOM's types).
    const facts = (await page.evaluate(`(() => {
      const rgb = (s) => (s.match(/[\\d.]+/g) || []).map(Number);
      const lum = ([r, g, b]) => {
        const f = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const background = (el) => {
        for (let e = el; e; e = e.parentElement) {
          const c = rgb(getComputedStyle(e).backgroundColor);
          if (c.length === 3 || c[3] > 0) return c;
        }
        return [255, 255, 255];
      };
      const low = [];
      for (const el of document.body.querySelectorAll('*')) {
        const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
        if (!own || el.closest('.skip')) continue;
        const style = getComputedStyle(el);
        const a = lum(rgb(style.color)), b = lum(background(el));
        const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        const large = parseFloat(style.fontSize) >= 24 || (parseFloat(style.fontSize) >= 18.66 && Number(style.fontWeight) >= 700);
        if (ratio < (large ? 3 : 4.5)) low.push(el.tagName + ' ' + ratio.toFixed(2) + ' ' + el.textContent.trim().slice(0, 30));
      }
      const fields = [...document.querySelectorAll('input:not([type=hidden]), select, textarea')];
      return {
        lang: document.documentElement.lang,
        overflow: document.documentElement.scrollWidth - window.innerWidth,
        unlabelled: fields.filter((i) => !document.querySelector('label[for="' + i.id + '"]')).length,
        agency: !!document.querySelector('header.kop .agency')?.textContent,
        logo: document.querySelector('header.kop img')?.naturalWidth ?? 0,
        scripts: document.querySelectorAll('script').length,
        low,
      };
    })()`)) as Record<string, unknown>;
    expect(facts, name).toMatchObject({ overflow: 0, unlabelled: 0, agency: true, logo: 64, scripts: 0, low: [] });
    expect(['id', 'en']).toContain(facts.lang);
    await page.screenshot({ path: join(shots, `${kind.name}-${name}.png`), fullPage: true });
    return ((await page.textContent('main')) ?? '').replace(/\s+/g, ' ');
  }

  /** The radio groups of the page: each legend's element line and how many answers it offers. */
  const groups = (page: Page) =>
    page.evaluate(`[...document.querySelectorAll('fieldset')].map((f) => ({
      legend: f.querySelector('legend .element')?.textContent.trim(),
      radios: f.querySelectorAll('input[type=radio]').length,
      names: new Set([...f.querySelectorAll('input[type=radio]')].map((r) => r.name)).size,
    }))`) as Promise<{ legend: string; radios: number; names: number }[]>;

  const submit = async (page: Page) => {
    const [response] = await Promise.all([page.waitForNavigation(), page.click('form button[type=submit]')]);
    return response!.status();
  };

  const report = async () => {
    const r = await runLoket(['skm', 'report', '--period', '2026-05', '--json'], { home, now: '2026-05-08T09:00:00+07:00', env });
    expect(r.code, r.stderr).toBe(0);
    return r;
  };

  it('follows the reply letter\u2019s QR code to the survey, refuses a mistake, keeps the answer anonymously, and refuses the link again', async () => {
    const text = await pdfText(letter.pdf);
    const printed = /https:\/\/layanan\.contoh\.go\.id\/survei\/[a-z2-7]{20}/.exec(text)?.[0];
    expect(printed).toMatch(LINK);
    const link = canReadQr ? qrOf(letter.pdf, dir, 'letter') : printed!;
    expect(link).toBe(printed);
    const token = link.split('/').pop()!;
    expect(await store.surveyToken(letter.id)).toBe(token);

    const page = await phone();
    const opened = await page.goto(link.replace(PUBLIC_URL, server.url));
    expect(opened?.status()).toBe(200);
    const form = await looked(page, 'survey-form');
    expect(form).toContain('Survei Kepuasan Masyarakat');
    expect(form).toContain('Sosialisasi Netralitas ASN');
    const found = await groups(page);
    expect(found.map((g) => g.legend)).toEqual([
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
    for (const g of found) expect(g).toMatchObject({ radios: 4, names: 1 });

    // The mistake: element 3 left out. The form comes back with the reason and what was chosen and typed.
    const answers: Record<string, number> = { u1: 4, u2: 3, u4: 4, u5: 3, u6: 4, u7: 4, u8: 2, u9: 3 };
    for (const [field, value] of Object.entries(answers)) await page.check(`#${field}-${value}`);
    await page.selectOption('#pendidikan', 'S1');
    await page.selectOption('#pekerjaan', 'SWASTA');
    const suggestion = 'Ruang tunggu <b>sempit</b> & panas';
    await page.fill('#saran', suggestion);
    expect(await submit(page)).toBe(400);
    const mistake = await looked(page, 'survey-mistake');
    expect(mistake).toContain('Ada jawaban yang perlu diperbaiki');
    expect(mistake).toContain('Belum ada yang disimpan.');
    expect(mistake).toContain('3. Waktu Penyelesaian: Pilih salah satu jawaban.');
    for (const [field, value] of Object.entries(answers)) expect(await page.isChecked(`#${field}-${value}`), field).toBe(true);
    expect(await page.isChecked('#u3-1')).toBe(false);
    expect(await page.inputValue('#pendidikan')).toBe('S1');
    expect(await page.inputValue('#pekerjaan')).toBe('SWASTA');
    expect(await page.inputValue('#saran')).toBe(suggestion);
    expect(await store.surveyResponses('2026-01-01', '2026-12-31')).toEqual([]);
    expect(await store.findSurveyToken(token)).toEqual({ service: 'sosialisasi', used: false });
    expect((await report()).json).toMatchObject({ respondents: 0 });

    // The summary's link leads to the element (no script needed); then the whole form is sent.
    await page.click('.error-summary a[href="#u3-1"]');
    expect(new URL(page.url()).hash).toBe('#u3-1');
    await page.check('#u3-2');
    expect(await submit(page)).toBe(200);
    const thanks = await looked(page, 'survey-thanks');
    expect(thanks).toContain('Jawaban Saudara sudah kami terima.');

    // Counted by the report, with nothing that ties it to the case, its applicant or its token.
    const r = await report();
    const data = r.json as { respondents: number; population: number; elements: { name: string; nrr: number }[]; suggestions: string[] };
    expect(data.respondents).toBe(1);
    expect(data.population).toBe(2);
    expect(data.elements.map((e) => e.nrr)).toEqual([4, 3, 2, 4, 3, 4, 4, 2, 3]);
    expect(data.suggestions).toEqual([suggestion]);
    for (const tie of [letter.id, letter.trackingCode, token, 'Dinas Kominfo', 'Budi Santoso']) expect(r.stdout, tie).not.toContain(tie);
    const kept = await store.surveyResponses('2026-01-01', '2026-12-31');
    expect(kept).toHaveLength(1);
    expect(Object.keys(kept[0]!).sort()).toEqual(['answers', 'date', 'education', 'id', 'occupation', 'service', 'suggestion']);
    expect(kept[0]).toMatchObject({ date: '2026-05-07', service: 'sosialisasi', education: 'S1', occupation: 'SWASTA' });

    // The same link again: said politely, no form, nothing more kept.
    const again = await phone();
    const second = await again.goto(link.replace(PUBLIC_URL, server.url));
    expect(second?.status()).toBe(410);
    const answered = await looked(again, 'survey-answered');
    expect(answered).toContain('Survei sudah diisi');
    expect(await again.locator('form[method=post]').count()).toBe(0);
    expect((await report()).json).toMatchObject({ respondents: 1 });
  });

  it('follows a walk-in\u2019s answer slip in English (the browser\u2019s language) to its own survey', async () => {
    const text = await pdfText(slip.pdf);
    const printed = /https:\/\/layanan\.contoh\.go\.id\/survei\/[a-z2-7]{20}/.exec(text)?.[0];
    expect(printed).toMatch(LINK);
    const link = canReadQr ? qrOf(slip.pdf, dir, 'slip') : printed!;
    expect(link).toBe(printed);
    expect(link).not.toBe(/https:\/\/\S+\/survei\/[a-z2-7]{20}/.exec(await pdfText(letter.pdf))?.[0]);

    const page = await phone('en-US');
    await page.goto(link.replace(PUBLIC_URL, server.url));
    const form = await looked(page, 'survey-form-english');
    expect(form).toContain('Public Satisfaction Survey');
    expect((await groups(page))[3]!.legend).toBe('Element 4 of 9: Cost/fee');
    for (let i = 1; i <= 9; i++) await page.check(`#u${i}-${i === 4 ? 4 : 3}`);
    await page.selectOption('#jenis_kelamin', 'P');
    expect(await submit(page)).toBe(200);
    expect(await looked(page, 'survey-thanks-english')).toContain('We have received your answers.');
    expect((await report()).json).toMatchObject({ respondents: 2 });
  });

  it('gives a mistyped link and an unknown one the same page', async () => {
    const page = await phone();
    const token = await store.surveyToken(letter.id);
    const texts = [];
    for (const t of [`${token.slice(0, -1)}${token.endsWith('a') ? 'b' : 'a'}`, 'a'.repeat(20), 'bukan-tautan']) {
      const r = await page.goto(`${server.url}/survei/${t}`);
      expect(r?.status()).toBe(404);
      texts.push(await looked(page, 'survey-unknown'));
    }
    expect(new Set(texts).size).toBe(1);
    expect(texts[0]).toContain('Tautan survei tidak dikenal');
  });
});
