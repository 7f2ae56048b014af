/** The receipt (tanda terima) handed over at the counter: one A5 page with everything to follow up. */
import { formatDateId, formatDayDateId, formatInstantId } from '../domain/indonesian.js';
import type { StatedDue } from '../domain/respond-by.js';
import { dueOf, formatDue } from '../domain/due.js';
import { applicantLine, type Case } from '../domain/model.js';
import { formatNumber } from '../domain/numbering.js';
import type { Profile } from '../domain/profile.js';
import { reportOf } from '../domain/report-types.js';
import { reportPeriod } from '../domain/deadlines.js';
import { identityShield } from '../domain/identity.js';
import { channelPhrase, label } from './document-labels.js';
import { documentCase, reportTemplate, type ReportTemplate } from './report-template.js';
import { drawLetterhead } from './letterhead.js';
import { drawTrackingBlock, trackingTemplate } from './tracking-block.js';
import { letterheadLogo } from './logo-source.js';
import { createDoc, FONT, FONT_BOLD, labelRow, numberedList, numberedListHeight } from './pdf.js';
import { drawSignOff, fits, fitSheet, keepWithSignOff, signOffHeight } from './a5-sheet.js';
import { officeComplaintLines } from './complaint-lines.js';
import { unbroken } from './wrap.js';
import { assertTemplate, fill, loadTemplate } from './template.js';

interface ReceiptTemplate {
  title: string;
  subtitleLetter: string;
  subtitleWalkin: string;
  labels: Record<
    | 'agenda'
    | 'applicant'
    | 'attachments'
    | 'caseId'
    | 'channel'
    | 'due'
    | 'letterDate'
    | 'letterNumber'
    | 'missing'
    | 'received'
    | 'service'
    | 'subject',
    string
  >;
  none: string;
  complete: string;
  missingCount: string;
  dueLetter: string;
  dueWalkin: string;
  dueWaiting: string;
  dueEvent: string;
  late: string;
  followUp: string;
  free: string;
  complaintsTitle: string;
  complaintLetter: string;
  receiver: string;
  initials: string;
}

const PLACEHOLDERS = ['date', 'days', 'instant', 'event', 'latest', 'caseId', 'phone', 'email', 'count', 'addressee', 'address'] as const;

/** The due line of the receipt: a date for letters, an hour for walk-ins, the waiting rule for IM-NKK; the event's eve when it comes first. */
function dueText(c: Case, stated: StatedDue, profile: Profile, tpl: ReceiptTemplate): string {
  if (stated.due === null) return tpl.dueWaiting;
  if (stated.forEvent) return fill(tpl.dueEvent, { date: formatDue(stated.due, profile), event: formatDayDateId(stated.forEvent) });
  const due = dueOf(stated.due);
  if (due.kind === 'date') {
    const days = c.service === 'imnkk' ? undefined : profile.services[c.service].letterWorkingDays;
    const date = formatDue(stated.due, profile);
    return days === undefined ? date : fill(tpl.dueLetter, { date, days });
  }
  return fill(tpl.dueWalkin, { instant: formatDue(stated.due, profile) });
}

/** The receipt template, refused (exit 2) when it lacks a field or names an unknown placeholder. */
export function receiptTemplate(): ReceiptTemplate {
  const tpl = loadTemplate<ReceiptTemplate>('receipt');
  assertTemplate('receipt', tpl, PLACEHOLDERS);
  trackingTemplate();
  return tpl;
}

/** The due line of a report: its date and the period of its type, in calendar or working days. */
function reportDueText(c: Case, profile: Profile, words: ReportTemplate['receipt']): string {
  const period = reportPeriod(profile.services, reportOf(c).type);
  const date = c.answerDue ? formatDue(c.answerDue, profile) : '-';
  return fill(period.counting === 'calendar' ? words.dueCalendar : words.dueWorking, { date, days: period.days });
}

/**
 * Renders the receipt of a case as PDF bytes; a report's receipt is titled for its type and shields
 * its reporter. `due` is the due the applicant is told (statedDue: the event's eve when it comes
 * first); without it, the case's answer due. One A5 page, set smaller when its content is long.
 */
export async function renderReceipt(
  original: Case,
  missing: string[],
  profile: Profile,
  options: { due?: StatedDue } = {},
): Promise<Buffer> {
  const tpl = receiptTemplate();
  const c = documentCase(original);
  const words = c.service === 'pengaduan' ? reportTemplate().receipt : undefined;
  const stated = options.due ?? { due: c.answerDue };
  const complaints = officeComplaintLines(profile, tpl.complaintLetter);
  const logo = await letterheadLogo(profile);
  return fitSheet(async (s, onePage) => {
    const type = words && reportOf(c).type;
    const title = words && type ? words.titles[type] : tpl.title;
    const { doc, done } = await createDoc({
      size: 'A5',
      title: `${title} ${c.id}`,
      author: profile.agency,
      createdAt: new Date(c.receivedAt),
      margins: { top: 30, bottom: 40, left: 36, right: 36 },
      content: [c, profile, tpl, missing, complaints],
      onePage,
    });
    drawLetterhead(doc, profile, 0.8 * s, logo);
    doc
      .font(FONT_BOLD)
      .fontSize(12 * s)
      .text(title, { align: 'center', underline: true });
    const subtitle = words
      ? fill(words.subtitle, { channel: label('channel', c.channel), via: channelPhrase(c.channel) })
      : c.kind === 'walkin'
        ? tpl.subtitleWalkin
        : tpl.subtitleLetter;
    doc
      .font(FONT)
      .fontSize(9 * s)
      .text(subtitle, { align: 'center' });
    doc.moveDown(0.8).fontSize(9 * s);
    const L = tpl.labels;
    const w = 122 * s;
    const applicant = applicantLine(c.applicant);
    labelRow(doc, L.agenda, formatNumber(profile.numbering.agenda, c.agendaNumber, c.receivedAt.slice(0, 10)), w, { bold: true });
    labelRow(doc, L.caseId, c.id, w, { bold: true });
    // An imported case is known by the day it came (its agenda book had no hour).
    const received = c.imported
      ? formatDayDateId(c.receivedAt.slice(0, 10))
      : formatInstantId(Date.parse(c.receivedAt), profile.timeZone, profile.zoneLabel);
    labelRow(doc, L.received, received, w);
    labelRow(doc, L.service, label('service', c.service), w);
    labelRow(doc, L.channel, label('channel', c.channel), w);
    labelRow(doc, words ? words.reporter : L.applicant, applicant, w);
    if (c.channelRef) labelRow(doc, words?.channelRef ?? L.letterNumber, c.channelRef, w);
    // A visitor brings no letter of their own: its number and date are shown only when there is one.
    const letterRows = !words && c.kind !== 'walkin';
    if (letterRows || c.letter?.number) labelRow(doc, L.letterNumber, c.letter?.number ?? tpl.none, w);
    if (letterRows || c.letter?.date) labelRow(doc, L.letterDate, c.letter?.date ? formatDateId(c.letter.date) : tpl.none, w);
    labelRow(doc, L.subject, c.subject, w);
    if (words && c.report?.about) labelRow(doc, words.about, c.report.about, w);
    if (words && c.report?.concerning) labelRow(doc, words.concerning, c.report.concerning, w);
    labelRow(
      doc,
      L.attachments,
      c.attachments.length ? c.attachments.map((a) => `${label('attachmentRole', a.role)} (${unbroken(a.name)})`).join('; ') : tpl.none,
      w,
    );
    labelRow(doc, L.due, words ? reportDueText(c, profile, words) : dueText(c, stated, profile, tpl), w, { bold: true });
    labelRow(doc, L.missing, missing.length ? fill(tpl.missingCount, { count: missing.length }) : tpl.complete, w);
    if (missing.length)
      numberedList(
        doc,
        missing.map((m) => label('requirement', m)),
        14,
      );
    if (c.leadTime && !c.leadTime.ok && c.event?.date) {
      doc
        .moveDown(0.5)
        .font(FONT_BOLD)
        .text(
          fill(tpl.late, {
            days: profile.services.sosialisasi.leadTimeWorkingDays,
            event: formatDateId(c.event.date),
            latest: formatDateId(c.leadTime.latestSubmission),
          }),
        );
      doc.font(FONT);
    }
    doc.moveDown(0.6);
    drawTrackingBlock(doc, c, profile);
    doc.font(FONT_BOLD).text(tpl.free).font(FONT);
    if (words && identityShield(c)) doc.moveDown(0.3).text(words.protectedNote);
    const placeAndDate = `${profile.city}, ${formatDateId(c.receivedAt.slice(0, 10))}`;
    // The sign-off's room at its own size, with the line above it.
    const signOff = signOffHeight(doc.fontSize(9 * s), placeAndDate, 1) + doc.currentLineHeight(true);
    if (words) {
      // A report is followed up through the channels the office lists for reports.
      const heading = fill(words.followUpTitle, { caseId: c.id });
      keepWithSignOff(
        doc,
        doc.currentLineHeight(true) * 0.3 + doc.heightOfString(heading) + numberedListHeight(doc, complaints, 12),
        signOff,
      );
      doc.moveDown(0.3).text(heading, doc.page.margins.left, doc.y);
      numberedList(doc, complaints, 12);
    } else {
      doc.moveDown(0.3).text(fill(tpl.followUp, { caseId: c.id, phone: profile.phone, email: profile.email }));
      if (complaints.length) {
        doc.fontSize(8 * s);
        keepWithSignOff(
          doc,
          doc.currentLineHeight(true) * 0.4 + doc.heightOfString(tpl.complaintsTitle) + numberedListHeight(doc, complaints, 12),
          signOff,
        );
        doc.moveDown(0.4).text(tpl.complaintsTitle, doc.page.margins.left, doc.y);
        numberedList(doc, complaints, 12);
      }
    }
    doc.fontSize(9 * s).moveDown(1);
    if (!fits(doc, signOffHeight(doc, placeAndDate, 1))) doc.addPage();
    drawSignOff(doc, tpl.receiver, c.receivedBy, placeAndDate, [`${tpl.initials}: ........`]);
    return { doc, done };
  });
}
