/**
 * The survey invitation on documents: the reply letter, the answer to a report and the answer slip
 * carry the link in words (and a QR code, decoded in test/web/survey.test.ts) only when given one;
 * the letter keeps it below its signature on the last page, the slip stays one page.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { renderAnswerSlip } from '../../src/render/answer-slip.js';
import { renderReply } from '../../src/render/reply-letter.js';
import { renderReportLetter } from '../../src/render/report-letter.js';
import { surveyMailText } from '../../src/render/survey-block.js';
import { setTemplateDir } from '../../src/render/template.js';
import { defaultProfile } from '../../src/store/defaults.js';
import { pdfPages, pdfText } from '../helpers/pdf.js';
import { simpleCase } from '../helpers/store.js';

const URL = 'https://layanan.contoh.go.id/survei/mytwg337zrc6c6cetzpi';
const LETTER = { number: 'B-7/JP.01/11/2026', seq: 7, year: 2026, date: '2026-11-26' };
const profile = (): Profile => {
  const p = defaultProfile();
  p.signatories.reply = { ...p.signatories.reply, name: 'Dr. Ratna Dewi, M.Si.', nip: '197001011990032001' };
  return p;
};
const declined = simpleCase(2026, 1, { status: 'decided', decision: { outcome: 'declined', reason: 'Jadwal narasumber penuh' } });
const report = simpleCase(2026, 2, {
  service: 'pengaduan',
  status: 'decided',
  report: { type: 'saran', conclusion: { followUp: 'Papan petunjuk dipasang' } },
  decision: { outcome: 'approved' },
} as never);
const slipCase = simpleCase(2026, 3, {
  kind: 'walkin',
  channel: 'langsung',
  status: 'answered',
  answer: { at: '2026-11-24T14:00:00+07:00', via: 'langsung', note: 'Jadwal disampaikan lisan', by: 'Siti Aminah', onTime: true },
});

let dirs: string[] = [];
afterEach(() => {
  setTemplateDir(undefined);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

describe('the survey invitation', () => {
  it.each([
    ['the reply letter', () => renderReply(declined, LETTER, profile(), { survey: URL }), 'permohonan ini'],
    ['the answer to a report', () => renderReportLetter(report, LETTER, profile(), { survey: URL }), 'laporan ini'],
    ['the answer slip', () => renderAnswerSlip(slipCase, profile(), { survey: URL }), 'permohonan ini'],
  ])('%s carries the link in words, whole on one line, and says the answer is anonymous', async (_what, render, what) => {
    const pages = await pdfPages(await render());
    expect(pages).toHaveLength(1);
    const lines = pages[0]!.split('\n').map((l) => l.trim());
    expect(lines).toContain(URL);
    const text = pages[0]!.replace(/\s+/g, ' ');
    expect(text).toContain('Survei Kepuasan Masyarakat');
    expect(text).toContain('Pindai kode QR di samping atau buka alamat ini:');
    expect(text).toContain(`Jawaban Saudara tidak dikaitkan dengan ${what}. Survei ini hanya dapat diisi satu kali.`);
  });

  it('stands below the signature and the copies on a letter, and on the slip before its sign-off', async () => {
    const letter = await pdfText(await renderReply(declined, LETTER, profile(), { survey: URL }));
    expect(letter.indexOf('NIP 197001011990032001')).toBeLessThan(letter.indexOf('Survei Kepuasan Masyarakat'));
    const slip = await pdfText(await renderAnswerSlip(slipCase, profile(), { survey: URL }));
    expect(slip.indexOf('Jadwal disampaikan lisan')).toBeLessThan(slip.indexOf('Survei Kepuasan Masyarakat'));
    expect(slip.indexOf('Survei Kepuasan Masyarakat')).toBeLessThan(slip.indexOf('Jakarta, 24 November 2026 Petugas, Siti Aminah'));
  });

  it('reads as a paragraph of the reply e-mail, the link on its own line', () => {
    expect(surveyMailText(URL, 'request')).toBe(
      `Bantu kami memperbaiki pelayanan dengan mengisi survei singkat tanpa nama. Jawaban Saudara tidak dikaitkan dengan permohonan ini, dan survei ini hanya dapat diisi satu kali:\n${URL}`,
    );
    expect(surveyMailText(URL, 'report')).toContain('tidak dikaitkan dengan laporan ini');
  });

  it('is not there without a link (an office without a public page)', async () => {
    for (const bytes of [
      await renderReply(declined, LETTER, profile()),
      await renderReportLetter(report, LETTER, profile()),
      await renderAnswerSlip(slipCase, profile()),
    ])
      expect(await pdfText(bytes)).not.toContain('Survei Kepuasan');
  });

  it.each([
    [22, 1],
    [24, 2],
  ])(
    'a letter whose reason is %i clauses long has it on page %i: whole at the foot of the last page, else on one of its own',
    async (n, page) => {
      const reason = Array.from({ length: n }, (_, i) => `pertimbangan ke-${i + 1} tentang jadwal narasumber yang telah penuh`).join(', ');
      const long = simpleCase(2026, 4, { status: 'decided', decision: { outcome: 'declined', reason } });
      expect(await pdfPages(await renderReply(long, LETTER, profile()))).toHaveLength(1);
      const pages = (await pdfPages(await renderReply(long, LETTER, profile(), { survey: URL }))).map((p) => p.replace(/\s+/g, ' '));
      expect(pages).toHaveLength(page);
      const last = pages.at(-1)!;
      for (const words of ['Survei Kepuasan Masyarakat', URL, 'Survei ini hanya dapat diisi satu kali.']) expect(last).toContain(words);
      for (const before of pages.slice(0, -1)) expect(before).not.toContain('Survei Kepuasan');
      expect(pages[0]).toContain('NIP 197001011990032001');
    },
  );

  it('is worded by the office\u2019s own copy of templates/survey-link.json, refused when it lacks a field', async () => {
    const home = mkdtempSync(join(tmpdir(), 'loket-survey-tpl-'));
    dirs.push(home);
    mkdirSync(join(home, 'templates'));
    setTemplateDir(join(home, 'templates'));
    const own = {
      title: 'Survei Kepuasan Layanan',
      invitation: 'Mohon isi survei singkat ini:',
      note: 'Tanpa nama, satu kali untuk {what}.',
      request: 'setiap permohonan',
      report: 'setiap laporan',
      mail: 'Survei: {url}',
    };
    writeFileSync(join(home, 'templates', 'survey-link.json'), JSON.stringify(own));
    const text = await pdfText(await renderAnswerSlip(slipCase, profile(), { survey: URL }));
    expect(text).toContain('Survei Kepuasan Layanan Mohon isi survei singkat ini:');
    expect(text).toContain('Tanpa nama, satu kali untuk setiap permohonan.');
    writeFileSync(join(home, 'templates', 'survey-link.json'), JSON.stringify({ ...own, note: undefined, title: 'Survei' }));
    await expect(renderAnswerSlip(slipCase, profile(), { survey: URL })).rejects.toMatchObject({
      problems: [{ field: join(home, 'templates', 'survey-link.json'), key: 'input.templateField' }],
    });
  });
});
