/** Issue 26, points 8 and 11: options take the words the tables print, --wide cuts nothing, list --year; a visitor who only asked is answered with information. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { letterArgs, runLoket, tempHome } from '../helpers/loket.js';
import { pdfText } from '../helpers/pdf.js';

const NOW = '2026-11-23T09:00:00+07:00';
const LONG = 'Badan Kesatuan Bangsa dan Politik Provinsi Nusa Tenggara Timur bagian Hubungan Antarlembaga';

describe('words people type and tables that do not cut', () => {
  it('takes the status as the table prints it, lists a year, and --wide keeps long names whole', async () => {
    const { home, cleanup } = tempHome();
    const run = (args: string[], now = NOW) => runLoket(args, { home, now });
    try {
      expect((await run(letterArgs(['--applicant', LONG]), '2025-06-02T09:00:00+07:00')).code).toBe(0);
      expect((await run(letterArgs(['--applicant', LONG]))).code).toBe(0);
      await run(['dispose', '2026-0001', '--to', 'Petugas Bernama Sangat Panjang Sekali']);
      const registered = await run(['list', '--status', 'terdaftar', '--year', '2025', '--json']);
      expect(registered.code, registered.stderr).toBe(0);
      expect(registered.json.map((c: { id: string }) => c.id)).toEqual(['2025-0001']);
      expect((await run(['list', '--status', 'Didisposisi', '--json'])).json.map((c: { id: string }) => c.id)).toEqual(['2026-0001']);
      const wrong = await run(['list', '--status', 'selesai']);
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toContain('terdaftar | didisposisi');
      const cut = await run(['list', '--year', '2026']);
      expect(cut.stdout).not.toContain(LONG);
      const wide = await run(['list', '--year', '2026', '--wide']);
      expect(wide.stdout).toContain(LONG);
      const due = await run(['due', '--wide', '--within', '10']);
      expect(due.stdout).toContain(LONG);
      expect(due.stdout).toContain('Petugas Bernama Sangat Panjang Sekali');
    } finally {
      cleanup();
    }
  });

  it('a visitor who only asked is answered and closed with what was said, and the recap counts it apart', async () => {
    const { home, cleanup } = tempHome();
    const out = mkdtempSync(join(tmpdir(), 'loket-recap-'));
    const run = (args: string[], now = NOW) => runLoket(args, { home, now });
    try {
      const walkin = ['register', 'walkin', '--yes', '--no-receipt', '--json', '--visitor', 'Siti Aminah', '--service', 'sosialisasi'];
      expect((await run([...walkin, '--purpose', 'Bertanya cara mengajukan sosialisasi'])).code).toBe(0);
      const sent = await run(
        ['send', '1', '--via', 'langsung', '--note', 'Konsultasi dijawab lisan', '--json'],
        '2026-11-23T09:20:00+07:00',
      );
      expect(sent.code, sent.stderr).toBe(0);
      expect(sent.json).toMatchObject({ status: 'answered', answer: { information: true, note: 'Konsultasi dijawab lisan' } });
      expect(sent.json.slip).toMatch(/informasi-jawaban-2026-0001\.pdf$/);
      // Without a note there is nothing to say it was answered with: still refused.
      await run([...walkin, '--purpose', 'Bertanya lagi']);
      expect((await run(['send', '2', '--via', 'langsung'])).code).toBe(2);
      const recap = await run(['recap', '--month', '2026-11', '--json'], '2026-11-30T09:00:00+07:00');
      expect(recap.json.total).toMatchObject({ received: 2, answered: 1, information: 1 });
      expect((await run(['recap', '--month', '2026-11'], '2026-11-30T09:00:00+07:00')).stdout).toContain(
        'Dijawab dengan informasi saja (tanpa keputusan): 1 dari 1 jawaban.',
      );
      // The PDF says it too (issue 26), also when the interface is English: documents are Indonesian.
      const pdf = await run(['recap', '--month', '2026-11', '--pdf', join(out, 'rekap.pdf'), '--json'], '2026-11-30T09:00:00+07:00');
      expect(pdf.code, pdf.stderr).toBe(0);
      expect((await pdfText(join(out, 'rekap.pdf'))).replace(/\s+/g, ' ')).toContain(
        'Dijawab dengan informasi saja (tanpa keputusan): 1 dari 1 jawaban.',
      );
      await runLoket(['recap', '--month', '2026-11', '--pdf', join(out, 'recap-en.pdf')], {
        home,
        now: '2026-11-30T09:00:00+07:00',
        env: { LOKET_LANG: 'en' },
      });
      expect((await pdfText(join(out, 'recap-en.pdf'))).replace(/\s+/g, ' ')).toContain('Dijawab dengan informasi saja');
    } finally {
      cleanup();
      rmSync(out, { recursive: true, force: true });
    }
  });
});
