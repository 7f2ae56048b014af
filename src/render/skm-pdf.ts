/**
 * The survey's report as the office publishes it (A4, Indonesian): letterhead, period, respondents
 * against the minimum sample and their profile, the table of elements, a bar chart of the NRR against
 * Table II's bands, the index with its quality, the priorities with their follow-up, the suggestions,
 * the method, and the unit head's signature.
 */
import type { SkmReport } from '../app/skm-report.js';
import { formatDateId, formatNumberId } from '../domain/indonesian.js';
import { SERVICES } from '../domain/model.js';
import type { Profile, Signatory } from '../domain/profile.js';
import { EDUCATIONS, GENDERS, OCCUPATIONS, type ProfileField } from '../domain/skm.js';
import { bandOfNi, roundTo, TABLE_II, type Mutu } from '../domain/skm-index.js';
import { localDate } from '../domain/timezone.js';
import { label } from './document-labels.js';
import { drawLetterhead } from './letterhead.js';
import { createDoc, FONT, FONT_BOLD, numberedList, numberPages, type Doc } from './pdf.js';
import { choiceText, nikText, niText, periodNameId } from './skm-format.js';

const KINERJA: Record<Mutu, string> = { A: 'Sangat Baik', B: 'Baik', C: 'Kurang Baik', D: 'Tidak Baik' };
const COLOUR: Record<Mutu, string> = { A: '#2e6b3a', B: '#6a9a3c', C: '#d39b27', D: '#b8432f' };

const left = (doc: Doc) => doc.page.margins.left;
const width = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

/** A new page when less than `height` is left on this one. */
function room(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** A section heading, on a new page unless it and the first `next` points of what follows fit on this one. */
function heading(doc: Doc, text: string, next = 40): void {
  doc.font(FONT_BOLD).fontSize(11);
  room(doc, doc.currentLineHeight(true) * 1.1 + doc.heightOfString(text, { width: width(doc) }) + next);
  doc
    .moveDown(0.8)
    .font(FONT_BOLD)
    .fontSize(11)
    .text(text, left(doc), doc.y, { width: width(doc) });
  doc.moveDown(0.3).font(FONT).fontSize(10);
}

/** A table row of cells at fixed widths, as tall as its tallest cell, ruled below. */
function row(doc: Doc, widths: number[], cells: string[], options: { bold?: boolean; align?: ('left' | 'right' | 'center')[] } = {}) {
  doc.font(options.bold ? FONT_BOLD : FONT).fontSize(9);
  const height = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 6 }))) + 6;
  room(doc, height);
  const y = doc.y;
  let x = left(doc);
  cells.forEach((c, i) => {
    doc.text(c, x + 3, y + 3, { width: widths[i]! - 6, align: options.align?.[i] ?? 'left' });
    x += widths[i]!;
  });
  doc
    .moveTo(left(doc), y + height)
    .lineTo(x, y + height)
    .lineWidth(0.4)
    .stroke();
  doc.x = left(doc);
  doc.y = y + height;
}

function respondents(doc: Doc, r: SkmReport): void {
  heading(doc, 'A. Responden');
  const n = r.index.respondents;
  const met = n >= r.minimumSample;
  doc.text(
    `Jumlah responden ${formatNumberId(n)} orang. Populasi, yaitu penerima layanan pada periode ini${r.service ? ' untuk layanan ini' : ''}, ` +
      `${formatNumberId(r.population)} orang; sampel minimum menurut tabel Krejcie dan Morgan ${formatNumberId(r.minimumSample)} orang: ` +
      (met
        ? 'jumlah responden telah memenuhi sampel minimum.'
        : `jumlah responden masih kurang ${formatNumberId(r.minimumSample - n)} orang dari sampel minimum.`),
    { width: width(doc), align: 'justify' },
  );
  if (!n) return;
  doc.moveDown(0.5);
  const groups: [string, ProfileField, 'gender' | 'education' | 'occupation', readonly string[]][] = [
    ['Jenis kelamin', 'jenis_kelamin', 'gender', GENDERS],
    ['Pendidikan', 'pendidikan', 'education', EDUCATIONS],
    ['Pekerjaan', 'pekerjaan', 'occupation', OCCUPATIONS],
  ];
  const columns = groups.map(([title, field, key, codes]) => {
    const lines = codes.map((c) => [choiceText(field, c, true), (r.profile[key] as Record<string, number>)[c]!] as const);
    if (r.profile.notStated[key]) lines.push(['Tidak diisi', r.profile.notStated[key]]);
    return { title, lines };
  });
  if (!r.service) {
    const lines = SERVICES.filter((s) => r.profile.service[s]).map((s) => [label('service', s), r.profile.service[s]] as const);
    columns.push({ title: 'Layanan', lines: [...lines] });
  }
  const colWidth = width(doc) / columns.length;
  const top = doc.y;
  room(doc, 110);
  let bottom = doc.y;
  columns.forEach((col, i) => {
    const x = left(doc) + i * colWidth;
    doc
      .font(FONT_BOLD)
      .fontSize(9)
      .text(col.title, x, top, { width: colWidth - 8 });
    for (const [name, k] of col.lines) {
      const y = doc.y;
      doc.font(FONT).text(name, x, y, { width: colWidth - 58 });
      const after = doc.y;
      doc.text(`${k} (${formatNumberId(roundTo((k * 100) / n, 1), 1)}%)`, x + colWidth - 58, y, { width: 50, align: 'right' });
      doc.y = Math.max(after, doc.y);
    }
    bottom = Math.max(bottom, doc.y);
  });
  doc.x = left(doc);
  doc.y = bottom;
}

function elements(doc: Doc, r: SkmReport): void {
  heading(doc, 'B. Nilai Rata-rata per Unsur Pelayanan');
  const widths = [24, 185, 52, 52, 56, 56, 36];
  const right = ['left', 'left', 'right', 'right', 'right', 'right', 'center'] as const;
  row(doc, widths, ['No', 'Unsur pelayanan', 'Jawaban', 'NRR', 'NRR × 1/9', 'Nilai konversi', 'Mutu'], { bold: true, align: [...right] });
  r.index.elements.forEach((e, i) =>
    row(
      doc,
      widths,
      [
        `U${i + 1}`,
        r.names[i] ?? e.element,
        formatNumberId(e.answered),
        niText(e.nrr, true),
        niText(e.nrr === null ? null : e.nrr / 9, true),
        nikText(e.nrr === null ? null : e.nrr * 25, true),
        e.mutu ?? '-',
      ],
      { align: [...right] },
    ),
  );
  row(
    doc,
    widths,
    [
      '',
      'IKM unit pelayanan (jumlah NRR × 1/9)',
      formatNumberId(r.index.respondents),
      '',
      niText(r.index.ikm, true),
      nikText(r.index.nik, true),
      r.index.mutu ?? '-',
    ],
    {
      bold: true,
      align: [...right],
    },
  );
}

/** Horizontal bars of each element's NRR on the scale 1–4, over Table II's bands. */
function chart(doc: Doc, r: SkmReport): void {
  const barHeight = 12;
  const gap = 5;
  // The heading stays with its chart, which is never split.
  heading(doc, 'Grafik NRR per Unsur', 9 * (barHeight + gap) + 40);
  const labelWidth = 190;
  const barWidth = width(doc) - labelWidth - 50;
  const x0 = left(doc) + labelWidth;
  const at = (ni: number) => x0 + ((ni - 1) / 3) * barWidth;
  const top = doc.y + 12;
  // Table II's bands on the interval value, from their lower bounds.
  doc.font(FONT).fontSize(7);
  TABLE_II.forEach((band, i) => {
    const from = Math.max(1, band.from / 25);
    const to = i + 1 < TABLE_II.length ? TABLE_II[i + 1]!.from / 25 : 4;
    doc
      .rect(at(from), top - 10, at(to) - at(from), 9 * (barHeight + gap) + 8)
      .fillOpacity(0.08)
      .fill(COLOUR[band.mutu]);
    doc
      .fillOpacity(1)
      .fillColor('black')
      .text(`${band.mutu}`, at(from), top - 10, { width: at(to) - at(from), align: 'center' });
  });
  r.index.elements.forEach((e, i) => {
    const y = top + i * (barHeight + gap);
    doc
      .font(FONT)
      .fontSize(8)
      .fillColor('black')
      .text(`U${i + 1} ${r.names[i] ?? e.element}`, left(doc), y + 2, { width: labelWidth - 8, lineBreak: false, ellipsis: true });
    if (e.nrr !== null) {
      doc.rect(x0, y, at(e.nrr) - x0, barHeight).fill(COLOUR[bandOfNi(e.nrr).mutu]);
      doc.fillColor('black').text(niText(e.nrr, true), at(e.nrr) + 4, y + 2, { width: 46, lineBreak: false });
    } else doc.fillColor('black').text('belum dijawab', x0 + 4, y + 2, { width: 80, lineBreak: false });
  });
  const axis = top + 9 * (barHeight + gap) + 2;
  doc.moveTo(x0, axis).lineTo(at(4), axis).lineWidth(0.5).stroke();
  for (const tick of [1, 2, 3, 4]) doc.fontSize(7).text(String(tick), at(tick) - 10, axis + 2, { width: 20, align: 'center' });
  doc.x = left(doc);
  doc.y = axis + 14;
}

function indexBox(doc: Doc, r: SkmReport): void {
  const text =
    r.index.ikm === null
      ? 'IKM belum dapat dihitung: ada unsur yang belum dijawab oleh satu responden pun.'
      : `IKM = ${niText(r.index.ikm, true)}; nilai konversi (NIK = IKM × 25) = ${nikText(r.index.nik, true)}; ` +
        `mutu pelayanan ${r.index.mutu}; kinerja unit pelayanan: ${KINERJA[r.index.mutu!]}.`;
  // The heading stays with its box: never alone at the foot of a page.
  doc.font(FONT_BOLD).fontSize(11);
  heading(doc, 'C. Indeks Kepuasan Masyarakat', doc.heightOfString(text, { width: width(doc) - 20 }) + 28);
  const y = doc.y;
  doc
    .font(FONT_BOLD)
    .fontSize(11)
    .text(text, left(doc) + 10, y + 8, { width: width(doc) - 20 });
  doc
    .rect(left(doc), y, width(doc), doc.y - y + 8)
    .lineWidth(0.8)
    .stroke();
  doc.x = left(doc);
  doc.y += 12;
}

function priorities(doc: Doc, r: SkmReport, followUp: string[]): void {
  heading(doc, 'D. Prioritas Perbaikan dan Rencana Tindak Lanjut');
  const weakest = r.index.weakest.map((k) => {
    const i = r.index.elements.findIndex((e) => e.element === k);
    const e = r.index.elements[i]!;
    return `${r.names[i]} (U${i + 1}): NRR ${niText(e.nrr, true)}, mutu ${e.mutu}`;
  });
  doc.text('Unsur dengan nilai terendah:', left(doc), doc.y);
  if (weakest.length) numberedList(doc, weakest);
  else doc.text('-');
  doc.moveDown(0.4).text('Rencana tindak lanjut:', left(doc), doc.y);
  numberedList(doc, followUp.length ? followUp : weakest.map(() => '.'.repeat(110)));
}

function suggestions(doc: Doc, r: SkmReport): void {
  heading(doc, 'E. Saran dan Masukan Responden');
  if (!r.suggestions.length) doc.text('Tidak ada saran atau masukan pada periode ini.', left(doc), doc.y);
  else numberedList(doc, r.suggestions, 20);
}

function method(doc: Doc): void {
  room(doc, 50);
  doc
    .moveDown(1)
    .font(FONT)
    .fontSize(7.5)
    .text(
      'Dihitung menurut Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun 2017: NRR unsur = jumlah nilai ÷ jumlah responden yang menjawab unsur itu; IKM = jumlah (NRR × 1/9) atas kesembilan unsur; NIK = IKM × 25. Mutu menurut Tabel II: D 25,00–64,99 (Tidak Baik); C 65,00–76,60 (Kurang Baik); B 76,61–88,30 (Baik); A 88,31–100,00 (Sangat Baik); nilai konversi dibulatkan dua desimal sebelum dibaca pada tabel. Sampel minimum menurut tabel Krejcie dan Morgan. Survei ini tanpa nama.',
      left(doc),
      doc.y,
      { width: width(doc), align: 'justify' },
    );
}

function signature(doc: Doc, profile: Profile, s: Signatory, createdAt: Date): void {
  const w = 220;
  const x = doc.page.width - doc.page.margins.right - w;
  room(doc, 110);
  doc.moveDown(1.5).font(FONT).fontSize(10);
  doc.text(`${profile.city}, ${formatDateId(localDate(createdAt.getTime(), profile.timeZone))}`, x, doc.y, { width: w });
  doc.text(s.position, x, doc.y, { width: w });
  doc.moveDown(3.5);
  doc.font(FONT_BOLD).text(s.name, x, doc.y, { width: w });
  doc.font(FONT).text(`NIP ${s.nip}`, x, doc.y, { width: w });
  doc.x = left(doc);
}

/** The report as a PDF, signed in ink by `signatory` (the unit head). */
export async function renderSkmPdf(
  r: SkmReport,
  profile: Profile,
  signatory: Signatory,
  createdAt: Date,
  followUp: string[] = [],
): Promise<Buffer> {
  const { doc, done } = await createDoc({
    size: 'A4',
    title: `Laporan Survei Kepuasan Masyarakat ${r.period.key}`,
    author: profile.agency,
    createdAt,
    content: [r.names, r.suggestions, followUp, profile, signatory],
  });
  drawLetterhead(doc, profile);
  doc.font(FONT_BOLD).fontSize(13).text('LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT', { align: 'center' });
  doc.font(FONT).fontSize(11).text(periodNameId(r.period), { align: 'center' });
  doc.text(r.service ? `Layanan: ${label('service', r.service)}` : 'Seluruh layanan', { align: 'center' });
  respondents(doc, r);
  if (r.index.respondents) {
    elements(doc, r);
    chart(doc, r);
    indexBox(doc, r);
    priorities(doc, r, followUp);
    suggestions(doc, r);
  }
  method(doc);
  signature(doc, profile, signatory, createdAt);
  numberPages(doc);
  doc.end();
  return done;
}
