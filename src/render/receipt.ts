/** The receipt (tanda terima) handed over at the counter: one A5 page with everything to follow up. */
import { formatDateId, formatInstantId } from '../domain/indonesian.js';
import { dueOf, formatDue } from '../domain/due.js';
import { applicantLine, type Case } from '../domain/model.js';
import { formatNumber } from '../domain/numbering.js';
import type { Profile } from '../domain/profile.js';
import { reportOf } from '../domain/report-types.js';
import { reportPeriod } from '../domain/deadlines.js';
import { identityShield } from '../domain/identity.js';
import { label } from './labels.js';
import { documentCase, reportTemplate, type ReportTemplate } from './report-template.js';
import { drawLetterhead } from './letterhead.js';
import { drawTrackingBlock, trackingTemplate } from './tracking-block.js';
import { createDoc, FONT, FONT_BOLD, labelRow, numberedList, numberPages } from './pdf.js';
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
  late: string;
  followUp: string;
  free: string;
  complaintsTitle: string;
  receiver: string;
  initials: string;
}

const PLACEHOLDERS = ['date', 'days', 'instant', 'event', 'latest', 'caseId', 'phone', 'email', 'count'] as const;

/** The due line of the receipt: a date for letters, an hour for walk-ins, the waiting rule for IM-NKK. */
function dueText(c: Case, profile: Profile, tpl: ReceiptTemplate): string {
  if (c.answerDue === null) return tpl.dueWaiting;
  const due = dueOf(c.answerDue);
  if (due.kind === 'date') {
    const days = c.service === 'imnkk' ? undefined : profile.services[c.service].letterWorkingDays;
    const date = formatDue(c.answerDue, profile);
    return days === undefined ? date : fill(tpl.dueLetter, { date, days });
  }
  return fill(tpl.dueWalkin, { instant: formatDue(c.answerDue, profile) });
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

/** Renders the receipt of a case as PDF bytes; a report's receipt is titled for its type and shields its reporter. */
export async function renderReceipt(original: Case, missing: string[], profile: Profile): Promise<Buffer> {
  const tpl = receiptTemplate();
  const c = documentCase(original);
  const words = c.service === 'pengaduan' ? reportTemplate().receipt : undefined;
  const type = words && reportOf(c).type;
  const title = words && type ? words.titles[type] : tpl.title;
  const { doc, done } = await createDoc({
    size: 'A5',
    title: `${title} ${c.id}`,
    author: profile.agency,
    createdAt: new Date(c.receivedAt),
    margins: { top: 30, bottom: 40, left: 36, right: 36 },
    content: [c, profile, tpl, missing],
  });
  drawLetterhead(doc, profile, 0.8);
  doc.font(FONT_BOLD).fontSize(12).text(title, { align: 'center', underline: true });
  const subtitle = words
    ? fill(words.subtitle, { channel: label('channel', c.channel) })
    : c.kind === 'walkin'
      ? tpl.subtitleWalkin
      : tpl.subtitleLetter;
  doc.font(FONT).fontSize(9).text(subtitle, { align: 'center' });
  doc.moveDown(0.8).fontSize(9);
  const L = tpl.labels;
  const w = 122;
  const applicant = applicantLine(c.applicant);
  labelRow(doc, L.agenda, formatNumber(profile.numbering.agenda, c.agendaNumber, c.receivedAt.slice(0, 10)), w, { bold: true });
  labelRow(doc, L.caseId, c.id, w, { bold: true });
  labelRow(doc, L.received, formatInstantId(Date.parse(c.receivedAt), profile.timeZone, profile.zoneLabel), w);
  labelRow(doc, L.service, label('service', c.service), w);
  labelRow(doc, L.channel, label('channel', c.channel), w);
  labelRow(doc, words ? words.reporter : L.applicant, applicant, w);
  if (c.channelRef) labelRow(doc, words?.channelRef ?? L.letterNumber, c.channelRef, w);
  if (!words || c.letter?.number) labelRow(doc, L.letterNumber, c.letter?.number ?? tpl.none, w);
  if (!words || c.letter?.date) labelRow(doc, L.letterDate, c.letter?.date ? formatDateId(c.letter.date) : tpl.none, w);
  labelRow(doc, L.subject, c.subject, w);
  if (words && c.report?.about) labelRow(doc, words.about, c.report.about, w);
  if (words && c.report?.concerning) labelRow(doc, words.concerning, c.report.concerning, w);
  labelRow(
    doc,
    L.attachments,
    c.attachments.length ? c.attachments.map((a) => `${label('attachmentRole', a.role)} (${a.name})`).join('; ') : tpl.none,
    w,
  );
  labelRow(doc, L.due, words ? reportDueText(c, profile, words) : dueText(c, profile, tpl), w, { bold: true });
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
  if (words) {
    // A report is followed up through the channels the office lists for reports.
    doc.moveDown(0.3).text(fill(words.followUpTitle, { caseId: c.id }));
    numberedList(doc, profile.complaintChannels, 12);
  } else {
    doc.moveDown(0.3).text(fill(tpl.followUp, { caseId: c.id, phone: profile.phone, email: profile.email }));
    if (profile.complaintChannels.length) {
      doc.moveDown(0.4).fontSize(8).text(tpl.complaintsTitle);
      numberedList(doc, profile.complaintChannels, 12);
    }
  }
  doc.fontSize(9).moveDown(1);
  const sigX = doc.page.width - doc.page.margins.right - 170;
  if (doc.y > doc.page.height - doc.page.margins.bottom - 70) doc.addPage();
  const y = doc.y;
  doc.text(`${profile.city}, ${formatDateId(c.receivedAt.slice(0, 10))}`, sigX, y, { width: 170, align: 'center' });
  doc.text(tpl.receiver, sigX, doc.y, { width: 170, align: 'center' });
  doc.moveDown(2.2).font(FONT_BOLD).text(c.receivedBy, sigX, doc.y, { width: 170, align: 'center' });
  doc.font(FONT).text(`${tpl.initials}: ........`, sigX, doc.y, { width: 170, align: 'center' });
  numberPages(doc);
  doc.end();
  return done;
}
