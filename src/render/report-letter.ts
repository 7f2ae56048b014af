/**
 * The letters of the pengaduan service, in official-letter form: the answer to a complaint, a
 * suggestion or input (the finding, whether it was founded, the follow-up), and the thank-you letter
 * for an appreciation. A shielded reporter is addressed as "Saudara Pelapor", through the channel.
 */
import { formatDateId, sentence } from '../domain/indonesian.js';
import { identityShield } from '../domain/identity.js';
import type { Case, LetterNumber } from '../domain/model.js';
import type { Profile } from '../domain/profile.js';
import { assertSignatory } from '../domain/signatory.js';
import { reportOf } from '../domain/report-types.js';
import { channelPhrase, label } from './document-labels.js';
import { aboutOwnService, addresseeLines } from '../domain/addressee.js';
import { drawAddressee, finishLetter, paragraph, startLetter } from './letter-parts.js';
import type { SigningKey } from './pdf-signing.js';
import { fill } from './template.js';
import { replyTemplate } from './reply-letter.js';
import { reportTemplate } from './report-template.js';

/** Who the letter is addressed to: the reporter by title and name, or (shielded) "Saudara Pelapor" and the channel's reference. */
function addresseeOf(c: Case, tpl: ReturnType<typeof reportTemplate>['letter'], personTitle: string | undefined): string[] {
  if (!identityShield(c)) return addresseeLines(c, personTitle);
  return [tpl.addresseeShielded, ...(c.channelRef ? [fill(tpl.addresseeRef, { channelRef: c.channelRef })] : [])];
}

/** Renders the answer to a report (or the thank-you letter for an appreciation) as PDF bytes. */
export async function renderReportLetter(
  c: Case,
  letter: LetterNumber,
  profile: Profile,
  options: { addressee?: string[]; place?: string; signing?: SigningKey; watermark?: string; survey?: string } = {},
): Promise<Buffer> {
  const tpl = reportTemplate().letter;
  // The addressee's prefix, "di" and "Tempat", and the urgency words are the reply letter's.
  const common = replyTemplate();
  const report = reportOf(c);
  const values = {
    typeWord: tpl.typeWords[report.type],
    channel: label('channel', c.channel),
    via: channelPhrase(c.channel),
    receivedDate: formatDateId(c.receivedAt.slice(0, 10)),
    reference: c.channelRef ? fill(tpl.reference, { channelRef: c.channelRef }) : '',
    subject: c.subject,
    concerning: report.concerning ?? '',
    finding: sentence(report.examination?.finding ?? ''),
    followUp: sentence(report.conclusion?.followUp ?? ''),
  };
  const { doc, done } = await startLetter(
    profile,
    letter,
    { sifat: common.sifat[c.disposition?.urgency ?? 'biasa'] ?? 'Biasa', lampiran: common.lampiranNone, hal: tpl.hal[report.type] },
    [c, profile, tpl, options.addressee, options.place, options.survey],
    { signing: options.signing, watermark: options.watermark },
  );
  drawAddressee(
    doc,
    options.addressee ?? addresseeOf(c, tpl, profile.personTitle),
    common.addresseePrefix,
    common.addresseeAt,
    options.place ?? common.addresseePlace,
  );
  const thanks = report.type === 'apresiasi' && !report.conclusion;
  if (thanks) {
    paragraph(doc, fill(tpl.thanksOpening, values));
    paragraph(doc, fill(tpl.thanksBody, values));
  } else {
    paragraph(doc, fill(tpl.opening, values));
    if (report.concerning) paragraph(doc, fill(tpl.concerning, values));
    if (report.examination) paragraph(doc, fill(tpl.finding, values));
    if (report.conclusion?.substantiated) paragraph(doc, tpl.substantiated[report.conclusion.substantiated]);
    if (report.conclusion) paragraph(doc, fill(tpl.followUp, values));
  }
  // "Perbaikan layanan kami" only for what is about the office's own service (a suggestion is, unless it names another).
  const own = aboutOwnService(c, profile) ?? report.type !== 'pengaduan';
  const closing = thanks ? tpl.thanksClosing : own ? tpl.closing : tpl.closingOther;
  const survey = options.survey ? { url: options.survey, what: 'report' as const } : undefined;
  finishLetter(doc, closing, assertSignatory(profile, 'reply'), tpl.copiesTitle, profile.copies, survey);
  return done;
}
