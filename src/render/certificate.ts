/** The IM-NKK certificate: landscape A4, with the result, the decree and a verification code as QR. */
import { formatDateId } from '../domain/indonesian.js';
import { assertSignatory } from '../domain/signatory.js';
import type { Case } from '../domain/model.js';
import type { Profile } from '../domain/profile.js';
import { requireCjs } from '../cjs.js';
import { createDoc, FONT, FONT_BOLD, type Doc } from './pdf.js';
import { assertTemplate, fill, loadTemplate } from './template.js';

interface CertificateTemplate {
  title: string;
  subtitle: string;
  instrument: string;
  givenTo: string;
  result: string;
  decree: string;
  verify: string;
  verifyHow: string;
}

const PLACEHOLDERS = ['score', 'maxScore', 'index', 'decree', 'decreeDate', 'code', 'agency'] as const;

/** Draws a QR code of `text` as vector squares, `size` points wide, at (x, y). */
function drawQr(doc: Doc, text: string, x: number, y: number, size: number): void {
  const QRCode = requireCjs('qrcode') as {
    create(text: string, o: { errorCorrectionLevel: string }): { modules: { size: number; get(r: number, c: number): number } };
  };
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const cell = size / (modules.size + 8);
  const origin = cell * 4;
  doc.save().fillColor('black');
  for (let r = 0; r < modules.size; r++) {
    for (let c = 0; c < modules.size; c++) if (modules.get(r, c)) doc.rect(x + origin + c * cell, y + origin + r * cell, cell, cell);
  }
  doc.fill().restore();
}

/** The certificate template, refused (exit 2) when it lacks a field or names an unknown placeholder. */
export function certificateTemplate(): CertificateTemplate {
  const tpl = loadTemplate<CertificateTemplate>('certificate');
  assertTemplate('certificate', tpl, PLACEHOLDERS);
  return tpl;
}

/** Renders the certificate of a case whose plenary result and code are recorded. */
export async function renderCertificate(c: Case, profile: Profile): Promise<Buffer> {
  const tpl = certificateTemplate();
  const p = c.imnkk?.plenary;
  const cert = c.imnkk?.certificate;
  if (!p || !cert) throw new Error(`case ${c.id} has no certificate to render`);
  const { doc, done } = await createDoc({
    size: 'A4',
    layout: 'landscape',
    title: `${tpl.title} ${cert.code}`,
    author: profile.agency,
    createdAt: new Date(cert.issuedAt),
    margins: { top: 48, bottom: 40, left: 60, right: 60 },
    content: [c, profile, tpl],
  });
  const w = doc.page.width;
  const h = doc.page.height;
  doc
    .rect(20, 20, w - 40, h - 40)
    .lineWidth(3)
    .stroke();
  doc
    .rect(28, 28, w - 56, h - 56)
    .lineWidth(0.8)
    .stroke();
  const left = doc.page.margins.left;
  const width = w - left - doc.page.margins.right;
  const center = (text: string, font: string, size: number, gap = 0.3) => {
    doc.font(font).fontSize(size).text(text, left, doc.y, { width, align: 'center' });
    doc.moveDown(gap);
  };
  doc.y = 52;
  center(profile.agency.toUpperCase(), FONT_BOLD, 14, 0.1);
  if (profile.unit) center(profile.unit, FONT, 9, 0.8);
  center(tpl.title, FONT_BOLD, 34, 0.1);
  center(tpl.subtitle, FONT_BOLD, 13, 0.1);
  doc
    .font(FONT)
    .fontSize(10)
    .text(tpl.instrument, left + 60, doc.y, { width: width - 120, align: 'center' });
  doc.moveDown(0.8);
  center(tpl.givenTo, FONT, 11, 0.2);
  center(c.applicant.name, FONT_BOLD, 20, 0.5);
  const values = {
    score: p.score,
    maxScore: p.maxScore,
    index: p.index.toFixed(2),
    decree: p.decree,
    decreeDate: formatDateId(p.date),
    code: cert.code,
    agency: profile.agency,
  };
  center(fill(tpl.result, values), FONT, 12, 0.1);
  center(p.category.toUpperCase(), FONT_BOLD, 24, 0.3);
  center(fill(tpl.decree, values), FONT, 10, 0.3);
  const bottom = h - 170;
  const sigWidth = 260;
  const sigX = w - doc.page.margins.right - sigWidth - 10;
  const s = assertSignatory(profile, 'certificate');
  doc
    .font(FONT)
    .fontSize(11)
    .text(`${profile.city}, ${formatDateId(cert.issuedAt.slice(0, 10))}`, sigX, bottom, { width: sigWidth, align: 'center' });
  doc.text(s.position, sigX, doc.y, { width: sigWidth, align: 'center' });
  doc.moveDown(3);
  doc.font(FONT_BOLD).text(s.name, sigX, doc.y, { width: sigWidth, align: 'center' });
  doc.font(FONT).text(`NIP ${s.nip}`, sigX, doc.y, { width: sigWidth, align: 'center' });
  const qrSize = 92;
  drawQr(doc, `IMNKK ${cert.code}`, left + 10, bottom - 6, qrSize);
  doc
    .font(FONT_BOLD)
    .fontSize(10)
    .text(fill(tpl.verify, values), left + 10 + qrSize + 6, bottom + 24, { width: 260 });
  doc
    .font(FONT)
    .fontSize(8)
    .text(fill(tpl.verifyHow, values), left + 10 + qrSize + 6, doc.y + 2, { width: 240 });
  doc.end();
  return done;
}
