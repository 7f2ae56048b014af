/** The monthly recap as a table, as CSV, and as a one-page PDF with a bar chart of on-time rates. */
import { RECAP_FIELDS, reportTypeRows, type Figures, type Recap } from '../domain/recap.js';
import { ACTIVITIES } from '../domain/model.js';
import { formatDateId, formatNumberId, MONTHS_ID } from '../domain/indonesian.js';
import { isUnset } from '../domain/signatory.js';
import { localDate } from '../domain/timezone.js';
import type { Profile } from '../domain/profile.js';
import { num, t } from '../i18n/index.js';
import { id as indonesian } from '../i18n/id.js';
import { requireCjs } from '../cjs.js';
import { toCsv } from './csv.js';
import { label } from './document-labels.js';
import { shorten } from './table-width.js';
import { monthText, uiLabel } from './interface-labels.js';
import { drawLetterhead } from './letterhead.js';
import { letterheadLogo } from './logo-source.js';
import { createDoc, FONT, FONT_BOLD, type Doc } from './pdf.js';
import { drawWrapped, wrapLines } from './wrap.js';

const FIELDS = RECAP_FIELDS;

const cell = (v: number | null) => (v === null ? '-' : num(v, 1));
const pdfCell = (v: number | null) => (v === null ? '-' : formatNumberId(v, 1));

/** Rows of the recap: each service, each of its channels with cases, then the total. */
function rowsOf(r: Recap, nameWidth = Infinity): { name: string; figures: Figures }[] {
  const rows: { name: string; figures: Figures }[] = [];
  for (const [service, b] of Object.entries(r.services)) {
    rows.push({ name: shorten(uiLabel('service', service), nameWidth), figures: b });
    for (const [channel, f] of Object.entries(b.byChannel))
      if (f.received) rows.push({ name: `  ${uiLabel('channel', channel)}`, figures: f });
    // Reports by type, each with the channels it came through.
    if (service === 'pengaduan')
      for (const [type, tb] of reportTypeRows(r)) {
        rows.push({ name: `  ${t('recap.type', { type: t(`reportType.${type}`) })}`, figures: tb });
        for (const [channel, f] of Object.entries(tb.byChannel))
          if (f.received) rows.push({ name: `    ${uiLabel('channel', channel)}`, figures: f });
      }
  }
  rows.push({ name: t('csv.total'), figures: r.total });
  return rows;
}

/** The recap as a terminal table (within 100 columns). */
export function renderRecapText(r: Recap): string {
  const Table = requireCjs('cli-table3') as typeof import('cli-table3');
  // Fixed widths with wrapped headings keep the table within 100 columns.
  const tbl = new Table({
    head: ['', ...FIELDS.map((f) => t(`recap.${f}`))],
    colWidths: [16, 7, 9, 7, 6, 8, 6, 9, 11, 10],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const row of rowsOf(r, 13)) tbl.push([row.name, ...FIELDS.map((f) => cell(row.figures[f]))]);
  const forms = ACTIVITIES.filter((a) => r.activities[a]).map((a) => `${t(`activity.${a}`)} ${r.activities[a]}`);
  return [
    t('recap.title', { month: monthText(r.month) }),
    tbl.toString(),
    ...(forms.length ? [t('recap.activities', { list: forms.join(', ') })] : []),
    ...(r.total.information ? [t('recap.information', { n: r.total.information, answered: r.total.answered })] : []),
  ].join('\n');
}

/** The recap as CSV: one line per service, service/channel and total. */
export function renderRecapCsv(r: Recap): string {
  return toCsv(
    [t('csv.group'), ...FIELDS.map((f) => t(`recap.${f}`))],
    rowsOf(r).map((row) => [row.name.trim(), ...FIELDS.map((f) => row.figures[f])]),
  );
}

/** The recap as a one-page A4 report ready to attach to a monthly report. */
export async function renderRecapPdf(r: Recap, profile: Profile, createdAt: Date): Promise<Buffer> {
  const monthName = `${MONTHS_ID[Number(r.month.slice(5, 7)) - 1]} ${r.month.slice(0, 4)}`;
  const { doc, done } = await createDoc({
    size: 'A4',
    title: `Rekapitulasi Layanan ${monthName}`,
    author: profile.agency,
    createdAt,
    content: [r, profile],
  });
  drawLetterhead(doc, profile, 1, await letterheadLogo(profile));
  doc.font(FONT_BOLD).fontSize(13).text(`REKAPITULASI LAYANAN BULAN ${monthName.toUpperCase()}`, { align: 'center' });
  doc.moveDown(1);
  const headers = [
    'Layanan',
    'Masuk',
    'Dijawab',
    'Tepat waktu',
    '%',
    'Median (hk)',
    'Maks (hk)',
    'Terbuka',
    'Terlambat diajukan',
    'Setelah kegiatan',
  ];
  const widths = [112, 38, 44, 46, 36, 46, 40, 42, 52, 52];
  const left = doc.page.margins.left;
  let y = doc.y;
  const rowLine = (values: string[], bold = false) => {
    let x = left;
    doc.font(bold ? FONT_BOLD : FONT).fontSize(9);
    // A row is as tall as its tallest cell: long names wrap, at spaces only ("IM-NKK" stays whole) and balanced.
    const cells = values.map((v, i) => wrapLines((s) => doc.widthOfString(s), v, widths[i]! - 4));
    const height = Math.max(...cells.map((lines) => lines.length)) * doc.currentLineHeight(true) + 6;
    cells.forEach((lines, i) => {
      doc.text(lines.join('\n'), x + 2, y + 3, { width: widths[i]! - 3, align: i === 0 ? 'left' : 'right' });
      x += widths[i]!;
    });
    y += height;
    doc.moveTo(left, y).lineTo(x, y).lineWidth(0.4).stroke();
  };
  rowLine(headers, true);
  const figures = (f: Figures) => FIELDS.map((k) => pdfCell(f[k]));
  // Each service, then its channels that had cases (as in the terminal recap), then the total.
  for (const [service, b] of Object.entries(r.services)) {
    rowLine([label('service', service), ...figures(b)], true);
    for (const [channel, f] of Object.entries(b.byChannel)) if (f.received) rowLine([`   ${label('channel', channel)}`, ...figures(f)]);
    if (service === 'pengaduan') for (const [type, tb] of reportTypeRows(r)) rowLine([`   Jenis: ${type}`, ...figures(tb)]);
  }
  rowLine(['Jumlah', ...figures(r.total)], true);
  doc.y = y + 24;
  doc.font(FONT_BOLD).fontSize(11).text('Persentase jawaban tepat waktu per layanan', left, doc.y);
  y = doc.y + 10;
  const barMax = 240;
  for (const [service, f] of Object.entries(r.services)) {
    const pct = f.onTimePercent ?? 0;
    doc.font(FONT).fontSize(9);
    drawWrapped(doc, label('service', service), left, y + 3, 150);
    const labelBottom = doc.y;
    doc
      .rect(left + 160, y, barMax, 14)
      .lineWidth(0.5)
      .stroke();
    if (pct > 0)
      doc
        .rect(left + 160, y, (barMax * pct) / 100, 14)
        .fill('#2e6b3a')
        .fillColor('black');
    doc.text(f.onTimePercent === null ? 'belum ada jawaban' : `${formatNumberId(pct, 1)} %`, left + 168 + barMax, y + 3, {
      width: 90,
      lineBreak: false,
    });
    y = Math.max(y + 24, labelBottom + 8);
  }
  doc.y = y + 12;
  // What the text recap says under its table, the document says too (always in Indonesian).
  const counts = recapCounts(r);
  if (counts.length) {
    doc.font(FONT).fontSize(9);
    for (const line of counts) doc.text(line, left, doc.y, { width: 460 });
    doc.moveDown(0.8);
  }
  const note =
    'Masuk: permohonan yang diterima pada bulan ini. Dijawab, tepat waktu, median dan maksimum (hari kerja sejak diterima) dihitung atas permohonan tersebut sampai laporan dibuat. Terlambat diajukan: permohonan sosialisasi yang diterima kurang dari 5 hari kerja sebelum kegiatan.';
  doc.font(FONT).fontSize(8);
  // The note and the signature stay together: the signature never stands alone on a page.
  if (doc.y + doc.heightOfString(note, { width: 460 }) + 130 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.text(note, left, doc.y, { width: 460 });
  drawRecapSignature(doc, profile, createdAt);
  doc.end();
  return done;
}

/** The lines under the table: the forms of sosialisasi, and the answers given with information alone. */
function recapCounts(r: Recap): string[] {
  const forms = ACTIVITIES.filter((a) => r.activities[a]).map((a) => `${indonesian[`activity.${a}`]} ${r.activities[a]}`);
  const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]));
  return [
    ...(forms.length ? [fill(indonesian['recap.activities'], { list: forms.join(', ') })] : []),
    ...(r.total.information ? [fill(indonesian['recap.information'], { n: r.total.information, answered: r.total.answered })] : []),
  ];
}

/** The date the recap was made and the unit head's signature block (dotted lines while the name is not set). */
function drawRecapSignature(doc: Doc, profile: Profile, createdAt: Date): void {
  const s = profile.signatories.reply;
  const width = 220;
  const x = doc.page.width - doc.page.margins.right - width;
  if (doc.y > doc.page.height - doc.page.margins.bottom - 120) doc.addPage();
  const made = formatDateId(localDate(createdAt.getTime(), profile.timeZone));
  doc.moveDown(1.5).font(FONT).fontSize(10).text(`${profile.city}, ${made}`, x, doc.y, { width });
  drawWrapped(doc, isUnset(s.position) ? '....................' : s.position, x, doc.y, width);
  doc.moveDown(3);
  doc.font(FONT_BOLD).text(isUnset(s.name) ? '....................' : s.name, x, doc.y, { width });
  doc.font(FONT).text(`NIP ${isUnset(s.nip) ? '....................' : s.nip}`, x, doc.y, { width });
}
