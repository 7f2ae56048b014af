/**
 * Issue 15: complaints, suggestions and appreciation as their own service. A protected WBS report and
 * an anonymous one go from registration to reply without their reporter appearing in any output; a
 * LAPOR! complaint names the case it is about; an Instagram appreciation is thanked by letter.
 */
import { createRequire } from 'node:module';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { letterArgs, runLoket, tempHome } from '../helpers/loket.js';
import { E2E_STORES, freshStoreEach } from '../helpers/stores.js';
import { pdfText } from '../helpers/pdf.js';

const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');

let home = '';
let env: Record<string, string> = {};
const run = (args: string[], now = '2026-03-02T09:00:00+07:00', user = 'resepsionis') => runLoket(args, { home, now, user, env });
const ok = async (args: string[], now?: string, user?: string) => {
  const r = await run(args, now, user);
  expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r;
};
const report = (extra: string[]) => ['register', 'letter', '--yes', '--json', '--service', 'pengaduan', ...extra];

const NAME = 'Rahmat Hidayat';
const SECRETS = [NAME, 'Rahmat', '0812-7777-8888', '081277778888', 'rahmat@contoh.id', 'bukti-rahmat'];
const leaks = (text: string) => SECRETS.filter((s) => text.toLowerCase().includes(s.toLowerCase()));

/** Every text a workbook's cells hold, in one string. */
async function workbookText(file: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const cells: string[] = [];
  book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
  return cells.join('\n');
}

// Every test here runs on each store: the files, and PostgreSQL when LOKET_TEST_DATABASE_URL is set.
describe.each(E2E_STORES)('on the $name store', (kind) => {
  freshStoreEach(kind, (h, e) => ((home = h), (env = e)), { signed: true });

  describe('a protected report through the whistle-blowing system', () => {
    it('goes from registration to reply without its reporter in any output, and an opened identity is on the record', async () => {
      const bukti = join(home, 'bukti-rahmat.pdf');
      const { writeFileSync } = await import('node:fs');
      writeFileSync(bukti, '%PDF-1.4 bukti');
      const reg = await ok(
        report([
          '--channel',
          'wbs',
          '--applicant',
          NAME,
          '--contact',
          '0812-7777-8888',
          '--email',
          'rahmat@contoh.id',
          '--channel-ref',
          'WBS-2026-0099',
          '--subject',
          'Dugaan pungutan liar di loket layanan',
          '--concerning',
          'Petugas loket layanan',
          '--attach',
          bukti,
        ]),
      );
      const id = reg.json.id as string;
      const outputs: [string, string][] = [['registration', reg.stdout]];
      const receipt = reg.json.receipt as string;
      outputs.push(['receipt', await pdfText(receipt)]);
      outputs.push(['show', (await ok(['show', id])).stdout], ['show --json', (await ok(['show', id, '--json'])).stdout]);
      outputs.push(['list', (await ok(['list'])).stdout], ['list --json', (await ok(['list', '--json'])).stdout]);
      outputs.push(['find by reference', (await ok(['find', 'WBS-2026-0099', '--json'])).stdout]);
      // The name is not searchable at all.
      expect((await ok(['find', 'Rahmat', '--json'])).json).toEqual([]);
      await ok(['dispose', id, '--to', 'Budi Santoso', '--instruction', 'Periksa petugas loket'], '2026-03-02T10:00:00+07:00', 'Kepala');
      const disposition = await ok(['disposition', id, '--json'], '2026-03-02T10:00:00+07:00');
      outputs.push(['disposition', await pdfText(disposition.json.file as string)]);
      outputs.push(['due', (await ok(['due', '--within', '20'])).stdout]);
      outputs.push(['due --json', (await ok(['due', '--within', '20', '--json'])).stdout]);
      outputs.push(['due --csv with personal data', (await ok(['due', '--within', '20', '--csv', '--include-personal-data'])).stdout]);
      const out = tempHome();
      const sheet = join(out.home, 'tenggat.xlsx');
      await ok(['due', '--within', '20', '--include-personal-data', '--xlsx', sheet]);
      outputs.push(['due --xlsx', await workbookText(sheet)]);
      out.cleanup();
      await ok(
        ['examine', id, '--finding', 'Petugas meminta biaya fotokopi di luar ketentuan.'],
        '2026-03-04T10:00:00+07:00',
        'Budi Santoso',
      );
      await ok(
        ['decide', id, '--substantiated', 'yes', '--follow-up', 'Petugas diberi teguran tertulis dan biaya dikembalikan.'],
        '2026-03-05T10:00:00+07:00',
        'Kepala',
      );
      const reply = await ok(['reply', id, '--json'], '2026-03-06T10:00:00+07:00');
      const letter = await pdfText(reply.json.file as string);
      outputs.push(['reply letter', letter]);
      await ok(['send', id, '--via', 'wbs'], '2026-03-06T11:00:00+07:00');
      outputs.push(['history', (await ok(['history', id, '--json'])).stdout]);
      outputs.push(['recap', (await ok(['recap', '--month', '2026-03', '--json'], '2026-04-01T09:00:00+07:00')).stdout]);
      for (const [name, text] of outputs) expect(leaks(text), name).toEqual([]);

      // What a reader checks: the reply answers the report through its channel, with the finding and the follow-up.
      expect(letter).toContain('Tanggapan atas Pengaduan');
      expect(letter).toMatch(/Yth\. Saudara Pelapor\s+Nomor rujukan WBS-2026-0099/);
      expect(letter).toContain('Whistle Blowing System');
      expect(letter).toMatch(/pengaduan Saudara dinyatakan\s+terbukti\./);
      expect(letter).toContain('teguran tertulis');
      expect(letter).not.toMatch(/narasumber|luring|Permohonan/);
      expect(await pdfText(receipt)).toContain('TANDA TERIMA PENGADUAN');

      // Opening the identity needs a reason, and leaves who looked, when and why.
      const refused = await run(['show', id, '--reveal-identity', '--json'], '2026-03-09T09:00:00+07:00', 'Inspektur');
      expect(refused.code).toBe(2);
      expect(refused.json.error.problems[0].field).toBe('--reason');
      const revealed = await ok(
        ['show', id, '--reveal-identity', '--reason', 'Klarifikasi saksi', '--json'],
        '2026-03-09T09:00:00+07:00',
        'Inspektur',
      );
      expect(revealed.json.applicant).toMatchObject({ name: NAME, contact: '081277778888' });
      const history = (await ok(['history', id, '--json'])).json as { action: string; by: string; changes: Record<string, unknown> }[];
      expect(history.at(-1)).toMatchObject({ action: 'reveal-identity', by: 'Inspektur', changes: { reason: 'Klarifikasi saksi' } });
      // Afterwards the case is shielded again.
      expect(leaks((await ok(['show', id, '--json'])).stdout)).toEqual([]);
    }, 60_000);

    it('an anonymous report needs no name or contact, and is answered to "Saudara Pelapor"', async () => {
      const reg = await ok(report(['--channel', 'wbs', '--anonymous', '--channel-ref', 'WBS-7', '--subject', 'Laporan tanpa nama']));
      expect(reg.json.missing).toEqual([]);
      const id = reg.json.id as string;
      expect((await ok(['show', id, '--json'])).json).toMatchObject({ identity: 'anonymous', report: { anonymous: true } });
      expect((await ok(['list', '--json'])).json[0]).toMatchObject({ applicant: '', identity: 'anonymous' });
      expect((await ok(['list', '--wide'])).stdout).toContain('Pelapor anonim');
      const named = await run(report(['--channel', 'wbs', '--anonymous', '--applicant', NAME, '--subject', 's']));
      expect(named.code).toBe(2);
      expect(named.json.error.problems.map((p: { field: string }) => p.field)).toEqual(['--applicant']);
      await ok(['dispose', id, '--to', 'Budi Santoso'], '2026-03-02T10:00:00+07:00');
      await ok(['examine', id, '--finding', 'Tidak ditemukan bukti.'], '2026-03-03T10:00:00+07:00');
      await ok(['decide', id, '--substantiated', 'no', '--follow-up', 'Laporan ditutup.'], '2026-03-03T10:00:00+07:00');
      const reply = await ok(['reply', id, '--json'], '2026-03-04T10:00:00+07:00');
      const letter = await pdfText(reply.json.file as string);
      expect(letter).toMatch(/Yth\. Saudara Pelapor\s+Nomor rujukan WBS-7/);
      expect(letter).toMatch(/dinyatakan\s+tidak\s+terbukti/);
    }, 30_000);
  });

  describe('a LAPOR! complaint about an existing case', () => {
    it('is linked both ways, appears in the case history, and is counted by type and channel', async () => {
      await ok(letterArgs(['--subject', 'Permohonan narasumber netralitas']));
      const refused = await run(report(['--channel', 'lapor', '--applicant', 'Siti', '--subject', 's', '--about', '2026-0099']));
      expect(refused.code).toBe(2);
      expect(refused.json.error.problems[0].field).toBe('--about');
      const reg = await ok(
        report([
          '--channel',
          'lapor',
          '--channel-ref',
          'LAPOR-4417',
          '--applicant',
          'Siti Aminah',
          '--contact',
          '0812-1111-2222',
          '--subject',
          'Jawaban permohonan narasumber terlambat',
          '--about',
          '1',
          '--concerning',
          'Kelompok Kerja Pengawasan',
        ]),
        '2026-03-04T09:00:00+07:00',
      );
      const id = reg.json.id as string;
      // 14 days after Wednesday 4 March is Wednesday 18 March, cuti bersama before Nyepi: due the working day before.
      expect(reg.json.answerDue).toBe('2026-03-17');
      const complaint = (await ok(['show', id, '--json'])).json;
      expect(complaint).toMatchObject({ channel: 'lapor', channelRef: 'LAPOR-4417', report: { type: 'pengaduan', about: '2026-0001' } });
      expect(complaint.about).toMatchObject({ id: '2026-0001', subject: 'Permohonan narasumber netralitas' });
      expect((await ok(['show', '2026-0001', '--json'])).json.reports).toEqual([{ id, reportType: 'pengaduan', status: 'registered' }]);
      expect((await ok(['show', '2026-0001'])).stdout).toMatch(/Laporan tentang kasus ini\s+2026-0002 \(pengaduan, terdaftar\)/);
      const history = (await ok(['history', '2026-0001', '--json'])).json as { action: string; changes: Record<string, unknown> }[];
      expect(history.map((e) => e.action)).toEqual(['register', 'complaint']);
      expect(history[1]!.changes).toMatchObject({ report: id, reportType: 'pengaduan', channel: 'lapor' });
      expect((await ok(['find', 'lapor-4417', '--json'])).json.map((s: { id: string }) => s.id)).toEqual([id]);
      expect((await ok(['list', '--channel', 'lapor', '--json'])).json).toHaveLength(1);
      expect((await run(['list', '--channel', 'merpati'])).code).toBe(2);
      const recap = (await ok(['recap', '--month', '2026-03', '--json'], '2026-04-01T09:00:00+07:00')).json;
      expect(recap.reportTypes.pengaduan).toMatchObject({ received: 1, byChannel: { lapor: { received: 1 } } });
      expect(recap.reportTypes.saran.received).toBe(0);
      const csv = (await ok(['recap', '--month', '2026-03', '--csv'], '2026-04-01T09:00:00+07:00')).stdout;
      expect(csv).toMatch(/\nJenis: pengaduan,1,/);
      expect(csv).toMatch(/\nWebsite pengaduan,1,/);
      // A request's options are not a report's, and a report's channel is not a request's.
      const wrong = await run(letterArgs(['--channel', 'wbs', '--report-type', 'saran']));
      expect(wrong.json.error.problems.map((p: { field: string }) => p.field).sort()).toEqual(['--channel', '--report-type']);
      // Analysis and approval are a request's steps.
      const later = '2026-03-05T09:00:00+07:00';
      await ok(['dispose', id, '--to', 'Budi Santoso'], later);
      const analysed = await run(['analyse', id, '--feasible', 'yes', '--json'], later);
      expect(analysed.json.error.problems[0].message).toMatch(/tidak melalui langkah "analisis"; gunakan langkah "pemeriksaan"/);
      await ok(['examine', id, '--finding', 'Jawaban dikirim 2 hari kerja setelah tenggat.'], later);
      const approved = await run(['decide', id, '--approve', '--json'], later);
      expect(approved.code).toBe(2);
    }, 30_000);
  });

  describe('an Instagram appreciation', () => {
    it('is thanked by letter, or closed without one with a note', async () => {
      const reg = await ok(
        report([
          '--channel',
          'instagram',
          '--report-type',
          'apresiasi',
          '--applicant',
          '@warga_baik',
          '--subject',
          'Terima kasih atas pelayanan yang cepat',
        ]),
      );
      expect(reg.json.missing).toEqual([]);
      expect(await pdfText(reg.json.receipt as string)).toContain('TANDA TERIMA APRESIASI');
      const id = reg.json.id as string;
      const reply = await ok(['reply', id, '--json'], '2026-03-03T09:00:00+07:00');
      expect(reply.json.file).toMatch(/surat-terima-kasih-2026-0001-B-1-JP\.01-03-2026\.pdf$/);
      const letter = await pdfText(reply.json.file as string);
      expect(letter).toContain('Ucapan Terima Kasih atas Apresiasi');
      expect(letter).toMatch(/Yth\. @warga_baik/);
      expect(letter).toMatch(/apresiasi Saudara yang disampaikan melalui Instagram/);
      await ok(['send', id, '--via', 'pos'], '2026-03-03T10:00:00+07:00');
      expect((await ok(['show', id, '--json'])).json).toMatchObject({ status: 'answered', answer: { onTime: true } });

      const other = await ok(
        report(['--channel', 'facebook', '--report-type', 'apresiasi', '--applicant', 'Ibu Sari', '--subject', 'Apresiasi']),
      );
      const closed = await ok([
        'send',
        other.json.id,
        '--via',
        'none',
        '--note',
        'Dibalas dengan terima kasih melalui pesan Facebook.',
        '--json',
      ]);
      expect(closed.json).toMatchObject({ status: 'answered', slip: null, answer: { via: 'none' } });
      expect(readdirSync(join(home, 'documents', '2026')).filter((f) => f.startsWith('informasi-jawaban'))).toEqual([]);
      // Only an appreciation may go without a letter.
      const complaint = await ok(report(['--channel', 'surat', '--applicant', 'Siti', '--contact', '0812-1111-2222', '--subject', 's']));
      const refused = await run(['send', complaint.json.id, '--via', 'none', '--note', 'x', '--json']);
      expect(refused.json.error.problems[0]).toMatchObject({ field: '--via', message: expect.stringMatching(/hanya untuk apresiasi/) });
      expect((await ok(['show', other.json.id, '--json'])).json.answer.note).toBe('Dibalas dengan terima kasih melalui pesan Facebook.');
    }, 30_000);
  });

  describe("the office's own channel list", () => {
    it('replaces the shipped one: a new channel is offered, named and may protect reporters; a broken list is refused', async () => {
      const { mkdirSync, writeFileSync } = await import('node:fs');
      mkdirSync(join(home, 'templates'), { recursive: true });
      const list = {
        channels: {
          surat: { label: 'Surat', en: 'Letter' },
          'kotak-saran': { label: 'Kotak saran', en: 'Suggestion box', services: ['pengaduan'], protectIdentity: true },
        },
      };
      writeFileSync(join(home, 'templates', 'channels.json'), JSON.stringify(list));
      const reg = await ok(
        report(['--channel', 'kotak-saran', '--report-type', 'saran', '--applicant', NAME, '--subject', 'Ruang tunggu']),
      );
      expect(reg.json.receipt).toBeTruthy();
      expect(await pdfText(reg.json.receipt as string)).toContain('Diterima melalui Kotak saran');
      expect((await ok(['show', reg.json.id, '--json'])).json).toMatchObject({ identity: 'protected', report: { protectIdentity: true } });
      const gone = await run(report(['--channel', 'instagram', '--applicant', 'A', '--subject', 'B']));
      expect(gone.json.error.problems[0]).toMatchObject({ field: '--channel', message: expect.stringContaining('kotak-saran') });
      writeFileSync(join(home, 'templates', 'channels.json'), JSON.stringify({ channels: { surat: { en: 'Letter' } } }));
      const broken = await run(report(['--channel', 'surat', '--applicant', 'A', '--subject', 'B']));
      expect(broken.code).toBe(2);
      expect(broken.stderr).toContain('channels.surat.label');
      expect((await ok(['list', '--json'])).json).toHaveLength(1);
    });
  });
});
