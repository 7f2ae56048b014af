/**
 * `loket due --mail`: the morning report in each officer's inbox. Each officer with an address gets
 * the cases disposed to them; each with the `disposisi` role the whole office and the cases not yet
 * disposed. On a day that is not a working day nothing is sent, and the result says so.
 */
import { t } from '../i18n/index.js';
import { mailEnv } from './mail-access.js';
import { dueCases, type DueRequest } from './reports.js';
import type { Session } from './session.js';

/** One officer's e-mail: sent (with its Message-ID), or refused with the server's answer. */
export interface MorningLine {
  officer: string;
  to: string;
  subject: string;
  cases: number;
  sent: boolean;
  messageId: string | null;
  answer: string;
}

export type MorningResult =
  | { date: string; sent: false; reason: 'notWorkingDay'; mails: [] }
  | { date: string; sent: true; mails: MorningLine[]; withoutEmail: string[]; nothingDue: string[]; failed: number };

/** Sends the morning report of `date` (today when not given) to every officer it concerns. */
export async function mailMorningReport(s: Session, input: Pick<DueRequest, 'date' | 'within'>): Promise<MorningResult> {
  const { report, date, within } = await dueCases(s, { date: input.date, within: input.within });
  const profile = await s.profile();
  const calendar = await s.calendar();
  const [{ morningMails }, { label }] = await Promise.all([import('../mail/compose-morning.js'), import('../render/document-labels.js')]);
  const composed = morningMails({
    report,
    officers: profile.officers ?? [],
    workingDay: calendar.isWorkingDay(date),
    zone: profile,
    within,
    serviceName: (service) => label('service', service),
  });
  if (!composed.sent) return { date, sent: false, reason: 'notWorkingDay', mails: [] };
  const { smtpConnection } = await import('../mail/servers.js');
  const { sendMail } = await import('../mail/smtp-sender.js');
  const { MailError } = await import('../mail/mail-error.js');
  const mails: MorningLine[] = [];
  const errors: InstanceType<typeof MailError>[] = [];
  // Settings and password checked once, before the first officer's e-mail (exit 2 naming the key).
  const server = composed.mails.length
    ? { ...smtpConnection(profile, await mailEnv(s)), fromName: profile.unit || profile.agency }
    : undefined;
  for (const mail of composed.mails) {
    const line = { officer: mail.officer, to: mail.to, subject: mail.subject, cases: mail.cases };
    // A server that cannot be reached or refuses the login would refuse every officer the same way.
    const stop = errors.find((e) => e.failure === 'unreachable' || e.failure === 'auth' || e.failure === 'tls');
    if (!server || stop) {
      mails.push({ ...line, sent: false, messageId: null, answer: stop?.answer ?? '' });
      continue;
    }
    try {
      const sent = await sendMail(server, { to: [mail.to], subject: mail.subject, text: mail.text, date: new Date(s.now()) });
      mails.push({ ...line, sent: true, messageId: sent.messageId, answer: sent.answer });
    } catch (error) {
      if (!(error instanceof MailError)) throw error;
      errors.push(error);
      mails.push({ ...line, sent: false, messageId: null, answer: error.answer });
    }
  }
  // Nothing left at all: the server's own error (exit 3), not a partial success.
  if (errors[0] && mails.every((m) => !m.sent)) throw errors[0];
  for (const e of errors) s.warnings.push(t(e.key, e.params));
  const failed = mails.filter((m) => !m.sent).length;
  return { date, sent: true, mails, withoutEmail: composed.withoutEmail, nothingDue: composed.nothingDue, failed };
}
