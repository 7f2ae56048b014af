/**
 * The e-mail that carries a letter or a receipt of a case: subject and a short Indonesian body
 * naming the case and who to contact (e-mails to the public are Indonesian, as the documents are).
 * Pure: the caller gives the letter's number and Hal as the letter itself states them. A shielded
 * reporter is "Saudara Pelapor", and their name never appears, not even inside a Hal or subject
 * the office's templates or the reporter's own words put it in.
 */
import { formatInstantId } from '../domain/indonesian.js';
import { identityShield } from '../domain/identity.js';
import type { Case } from '../domain/model.js';
import type { Profile } from '../domain/profile.js';

/** What an e-mailed letter is. */
export type MailedDocument = 'reply' | 'report' | 'thanks' | 'certificate' | 'recommendation';

/** How each kind of document is named in the subject and body. */
export const DOCUMENT_NAMES: Record<MailedDocument, string> = {
  reply: 'Surat Jawaban',
  report: 'Surat Tanggapan',
  thanks: 'Surat Ucapan Terima Kasih',
  certificate: 'Sertifikat IM-NKK',
  recommendation: 'Surat Rekomendasi',
};

const REQUEST_WORDS: Record<string, string> = {
  pengaduan: 'pengaduan',
  saran: 'saran',
  masukan: 'masukan',
  apresiasi: 'apresiasi',
};

export interface ComposedMail {
  subject: string;
  text: string;
}

type OfficeFacts = Pick<Profile, 'agency' | 'unit' | 'phone' | 'email' | 'website' | 'timeZone' | 'zoneLabel'>;

/** The text with every occurrence of `name` (any case, any spacing) replaced by "Pelapor". */
export function withoutName(text: string, name: string | undefined): string {
  const words = (name ?? '').trim().split(/\s+/).filter(Boolean);
  if (!words.length) return text;
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'giu');
  return text.replace(pattern, 'Pelapor');
}

/** Who the e-mail greets: "Saudara Pelapor" when shielded, else the applicant (and institution). */
function addressee(c: Case): string {
  if (identityShield(c)) return 'Saudara Pelapor';
  return c.applicant.institution && c.applicant.institution !== c.applicant.name
    ? `${c.applicant.name} (${c.applicant.institution})`
    : c.applicant.name;
}

/** The office's signature lines. */
function signature(profile: OfficeFacts): string[] {
  const reach = [profile.phone && `Telepon ${profile.phone}`, profile.email, profile.website].filter(Boolean).join(' · ');
  return ['Hormat kami,', profile.unit, profile.agency, ...(reach ? [reach] : [])].filter(Boolean);
}

/** Every text of a shielded case's e-mail passes through here. */
function guard(c: Case, text: string): string {
  return identityShield(c) ? withoutName(text, c.applicant.name) : text;
}

/** The contact person: the decision's, else the officer in charge with the office's telephone, else the office. */
export function contactOf(c: Case, profile: OfficeFacts): string {
  if (c.decision?.contact) return c.decision.contact;
  const office = profile.phone ? `telepon ${profile.phone}` : profile.email;
  return c.officer ? `${c.officer} (${office})` : `${profile.unit || profile.agency} (${office})`;
}

/**
 * The e-mail of a letter: subject "Surat Jawaban Nomor … — Hal …", a body naming the case, the
 * letter, the attached PDF (signed or not) and the contact person.
 */
export function letterMail(input: {
  c: Case;
  profile: OfficeFacts;
  document: MailedDocument;
  letterNumber: string;
  hal: string;
  contact?: string;
  signed?: boolean;
  /** Other documents the e-mail carries beside the letter (the certificate beside its recommendation letter). */
  with?: MailedDocument[];
  /** The paragraph inviting to the satisfaction survey, with its link (render/survey-block.ts surveyMailText). */
  survey?: string;
}): ComposedMail {
  const { c, profile } = input;
  const name = DOCUMENT_NAMES[input.document];
  const enclosed = input.with?.length ? `Surat tersebut beserta ${input.with.map((d) => DOCUMENT_NAMES[d]).join(' dan ')}` : 'Dokumennya';
  const request = c.report ? (REQUEST_WORDS[c.report.type] ?? 'laporan') : 'permohonan';
  const lines = [
    `Yth. ${addressee(c)},`,
    '',
    `Bersama ini kami sampaikan ${name} Nomor ${input.letterNumber} hal ${input.hal} atas ${request} Saudara yang kami catat dengan nomor agenda ${c.id}. ${enclosed} terlampir dalam format PDF${input.signed ? ' dan telah ditandatangani secara elektronik' : ''}.`,
    '',
    ...(input.survey ? [input.survey, ''] : []),
    `Untuk keterangan lebih lanjut, Saudara dapat menghubungi ${input.contact ?? contactOf(c, profile)} dengan menyebutkan nomor agenda ${c.id}.`,
    '',
    ...signature(profile),
  ];
  return {
    subject: guard(c, `${name} Nomor ${input.letterNumber} — Hal ${input.hal}`),
    text: guard(c, lines.join('\n')),
  };
}

/** The e-mail of a receipt: that the message arrived, when, under which agenda number, and when the answer is due. */
export function receiptMail(input: { c: Case; profile: OfficeFacts; due?: string }): ComposedMail {
  const { c, profile } = input;
  const received = formatInstantId(Date.parse(c.receivedAt), profile.timeZone, profile.zoneLabel);
  const what = c.report ? (REQUEST_WORDS[c.report.type] ?? 'laporan') : 'permohonan';
  const lines = [
    `Yth. ${addressee(c)},`,
    '',
    `${what[0]!.toUpperCase()}${what.slice(1)} Saudara hal ${c.subject} telah kami terima pada ${received} dan dicatat dengan nomor agenda ${c.id}. Tanda terimanya terlampir dalam format PDF.`,
    ...(input.due ? ['', `Jawaban akan kami sampaikan paling lambat ${input.due}.`] : []),
    '',
    `Untuk menanyakan perkembangannya, sebutkan nomor agenda ${c.id} kepada ${contactOf(c, profile)}. Layanan ini tidak dipungut biaya.`,
    '',
    ...signature(profile),
  ];
  return { subject: guard(c, `Tanda Terima Nomor Agenda ${c.id} — Hal ${c.subject}`), text: guard(c, lines.join('\n')) };
}
