/** The IM-NKK certificate: landscape A4, with the result, the decree and a verification code as QR. */
import { formatDateId, formatNumberId, titleCaseId } from '../domain/indonesian.js';
import { verificationUrl } from '../domain/verification.js';
import { assertSignatory } from '../domain/signatory.js';
import type { Case } from '../domain/model.js';
import type { Profile } from '../domain/profile.js';
import { createDoc, FONT, FONT_BOLD } from './pdf.js';
import { drawQr } from './qr.js';
import { drawWrapped, wrapLines } from './wrap.js';
import type { SigningKey } from './pdf-signing.js';
import { assertTemplate, fill, loadTemplate } from './template.js';

interface CertificateTemplate {
  title: string;
  subtitle: string;
  year: string;
  instrument: string;
  givenTo: string;
  result: string;
  decree: string;
  verify: string;
  verifyHow: string;
  verifyAt: string;
}

const PLACEHOLDERS = ['score', 'maxScore', 'index', 'decree', 'decreeDate', 'code', 'agency', 'year', 'url'] as const;

/**
 * The lines of the verification sentence, broken at spaces only: the address stays whole on its
 * line, and when it is wider than the line it is broken before the code, never inside it.
 */
export function verifyLines(measure: (s: string) => number, text: string, url: string | undefined, code: string, width: number): string[] {
  const at = url ? url.lastIndexOf(code) : -1;
  const split = url && at > 0 && measure(url) > width ? text.replace(url, `${url.slice(0, at)}\n${url.slice(at)}`) : text;
  return wrapLines(measure, split, width, false);
}

/** The certificate template, refused (exit 2) when it lacks a field or names an unknown placeholder. */
export function certificateTemplate(): CertificateTemplate {
  const tpl = loadTemplate<CertificateTemplate>('certificate');
  assertTemplate('certificate', tpl, PLACEHOLDERS);
  return tpl;
}

/** Renders the certificate of a case whose plenary result and code are recorded. */
export async function renderCertificate(c: Case, profile: Profile, signing?: SigningKey, watermark?: string): Promise<Buffer> {
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
    signing,
    watermark,
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
  // Centred lines broken at spaces only and balanced (no word left alone under a long line).
  const center = (text: string, font: string, size: number, gap = 0.3) => {
    doc.font(font).fontSize(size);
    drawWrapped(doc, text, left, doc.y, width, { align: 'center' });
    doc.moveDown(gap);
  };
  const url = verificationUrl(profile, cert.code);
  const values = {
    year: String(cert.states?.year ?? Number(p.date.slice(0, 4))),
    url: url ?? '',
    score: formatNumberId(p.score),
    maxScore: formatNumberId(p.maxScore),
    index: formatNumberId(p.index, 2, true),
    decree: p.decree,
    decreeDate: formatDateId(p.date),
    code: cert.code,
    agency: titleCaseId(profile.agency),
  };
  doc.y = 56;
  center(profile.agency.toUpperCase(), FONT_BOLD, 15, 0.15);
  if (profile.unit) center(profile.unit, FONT, 9.5, 1.2);
  center(tpl.title, FONT_BOLD, 40, 0.15);
  center(tpl.subtitle, FONT_BOLD, 14, 0.1);
  center(fill(tpl.year, values), FONT_BOLD, 14, 0.35);
  doc.font(FONT).fontSize(10.5);
  drawWrapped(doc, tpl.instrument, left + 60, doc.y, width - 120, { align: 'center' });
  doc.moveDown(1.3);
  center(tpl.givenTo, FONT, 12, 0.35);
  center(c.applicant.name, FONT_BOLD, 24, 0.7);
  center(fill(tpl.result, values), FONT, 13, 0.2);
  center(p.category.toUpperCase(), FONT_BOLD, 28, 0.45);
  center(fill(tpl.decree, values), FONT, 11, 0.3);
  // The signature and the QR code follow the text (no empty band above them), but never run off the frame.
  const bottom = Math.min(h - 160, doc.y + 28);
  const sigWidth = 260;
  const sigX = w - doc.page.margins.right - sigWidth - 10;
  const s = assertSignatory(profile, 'certificate');
  doc
    .font(FONT)
    .fontSize(11)
    .text(`${profile.city}, ${formatDateId(cert.issuedAt.slice(0, 10))}`, sigX, bottom, { width: sigWidth, align: 'center' });
  drawWrapped(doc, s.position, sigX, doc.y, sigWidth, { align: 'center' });
  doc.moveDown(3);
  doc.font(FONT_BOLD).text(s.name, sigX, doc.y, { width: sigWidth, align: 'center' });
  doc.font(FONT).text(`NIP ${s.nip}`, sigX, doc.y, { width: sigWidth, align: 'center' });
  const qrSize = 92;
  drawQr(doc, url ?? cert.code, left + 10, bottom - 6, qrSize);
  doc
    .font(FONT_BOLD)
    .fontSize(10)
    .text(fill(tpl.verify, values), left + 10 + qrSize + 6, bottom + 24, { width: 260 });
  doc.font(FONT).fontSize(8);
  const how = verifyLines((s) => doc.widthOfString(s), fill(url ? tpl.verifyAt : tpl.verifyHow, values), url, cert.code, 238);
  doc.text(how.join('\n'), left + 10 + qrSize + 6, doc.y + 2, { width: 240 });
  doc.end();
  return done;
}
