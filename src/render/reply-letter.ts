/** The reply letter (surat jawaban): the product the applicant receives, in official-letter form. */
import { formatDateId, formatDayDateId, formatTimeId, sentence } from '../domain/indonesian.js';
import { addresseeLines } from '../domain/addressee.js';
import type { Case } from '../domain/model.js';
import { zonedParts } from '../domain/timezone.js';
import type { Profile } from '../domain/profile.js';
import type { LetterNumber } from '../domain/model.js';
import { assertSignatory } from '../domain/signatory.js';
import { letterReference } from '../domain/letter-reference.js';
import { identityShield } from '../domain/identity.js';
import { label } from './document-labels.js';
import { reportTemplate } from './report-template.js';
import type { SigningKey } from './pdf-signing.js';
import { referenceText } from './reference.js';
import { drawAddressee, finishLetter, indented, paragraph, startLetter } from './letter-parts.js';
import { labelRow, numberedList } from './pdf.js';
import { assertTemplate, fill, loadTemplate } from './template.js';

interface ReplyTemplate {
  sifat: Record<string, string>;
  lampiranNone: string;
  hal: Record<'approved' | 'declined' | 'incomplete', string>;
  addresseePrefix: string;
  addresseeAt: string;
  addresseePlace: string;
  opening: Record<'written' | 'visit', string>;
  approved: {
    body: string;
    bodyOtherDate: string;
    rows: Record<'day' | 'time' | 'place' | 'officer' | 'contact', string>;
    timeValue: string;
    after: string;
  };
  declined: { body: string; after: string };
  incomplete: { body: string; after: string };
  closing: string;
  copiesTitle: string;
}

/** The placeholders a reply template may use. */
export const REPLY_PLACEHOLDERS = [
  'serviceName',
  'mode',
  'letterNumber',
  'letterDate',
  'subject',
  'receivedDate',
  'reason',
  'caseId',
  'time',
  'reference',
  'requestedDate',
] as const;

/** The reply template, refused (exit 2) when it names an unknown placeholder. */
export function replyTemplate(): ReplyTemplate {
  const tpl = loadTemplate<ReplyTemplate>('reply');
  assertTemplate('reply', tpl, REPLY_PLACEHOLDERS);
  return tpl;
}

/** The opening: the applicant's request cited as registered (see domain/letter-reference.ts). */
function openingOf(c: Case, tpl: ReplyTemplate, values: Record<string, string>): string {
  const ref = letterReference(c);
  return fill(ref.kind === 'visit' ? tpl.opening.visit : tpl.opening.written, { ...values, reference: referenceText(ref) });
}

/** Renders the reply letter of a decided case as PDF bytes. */
export async function renderReply(
  c: Case,
  letter: LetterNumber,
  profile: Profile,
  options: { addressee?: string[]; place?: string; signing?: SigningKey; watermark?: string; survey?: string } = {},
): Promise<Buffer> {
  const tpl = replyTemplate();
  const decision = c.decision;
  if (!decision) throw new Error(`case ${c.id} has no decision to reply to`);
  const serviceName = label('service', c.service);
  const values: Record<string, string> = {
    serviceName,
    letterNumber: c.letter?.number ?? '',
    letterDate: c.letter?.date ? formatDateId(c.letter.date) : '',
    subject: c.subject,
    receivedDate: formatDateId(c.receivedAt.slice(0, 10)),
    reason: sentence(decision.reason ?? ''),
    caseId: c.id,
    mode: label('mode', c.analysis?.mode ?? c.event?.mode ?? 'luring'),
  };
  const { doc, done } = await startLetter(
    profile,
    letter,
    {
      sifat: tpl.sifat[c.disposition?.urgency ?? 'biasa'] ?? 'Biasa',
      lampiran: tpl.lampiranNone,
      hal: fill(tpl.hal[decision.outcome], values),
    },
    [c, profile, tpl, options.addressee, options.place, options.survey],
    { signing: options.signing, watermark: options.watermark },
  );
  // A shielded reporter is written to as "Saudara Pelapor": the letter goes back through the channel.
  const addressee =
    options.addressee ?? (identityShield(c) ? [reportTemplate().letter.addresseeShielded] : addresseeLines(c, profile.personTitle));
  drawAddressee(doc, addressee, tpl.addresseePrefix, tpl.addresseeAt, options.place ?? tpl.addresseePlace);
  paragraph(doc, openingOf(c, tpl, values));
  if (decision.outcome === 'approved') {
    const at = Date.parse(decision.schedule ?? '');
    // A schedule on another day than the one asked for is said in so many words.
    const requested = c.event?.date;
    const otherDay = !!requested && !Number.isNaN(at) && zonedParts(at, profile.timeZone).date !== requested;
    paragraph(
      doc,
      otherDay
        ? fill(tpl.approved.bodyOtherDate, { ...values, requestedDate: formatDayDateId(requested) })
        : fill(tpl.approved.body, values),
    );
    const time = formatTimeId(at, profile.timeZone, profile.zoneLabel);
    indented(doc, () => {
      labelRow(doc, tpl.approved.rows.day, formatDayDateId(zonedParts(at, profile.timeZone).date), 90);
      labelRow(doc, tpl.approved.rows.time, fill(tpl.approved.timeValue, { time }), 90);
      labelRow(doc, tpl.approved.rows.place, decision.place ?? '-', 90);
      labelRow(doc, tpl.approved.rows.officer, c.officer ?? '-', 90);
      labelRow(doc, tpl.approved.rows.contact, decision.contact ?? '-', 90);
    });
    paragraph(doc, fill(tpl.approved.after, values));
  } else if (decision.outcome === 'declined') {
    paragraph(doc, fill(tpl.declined.body, values));
    paragraph(doc, fill(tpl.declined.after, values));
  } else {
    paragraph(doc, fill(tpl.incomplete.body, values));
    indented(doc, () =>
      numberedList(
        doc,
        (decision.missing ?? []).map((m) => label('requirement', m)),
        16,
      ),
    );
    paragraph(doc, fill(tpl.incomplete.after, values));
  }
  const survey = options.survey ? { url: options.survey, what: c.report ? ('report' as const) : ('request' as const) } : undefined;
  finishLetter(doc, tpl.closing, assertSignatory(profile, 'reply'), tpl.copiesTitle, profile.copies, survey);
  return done;
}
