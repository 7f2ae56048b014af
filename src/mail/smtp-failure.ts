/** What nodemailer's failures mean for the office: each mapped to the kind of MailError the CLI explains. */
import type { MailFailure } from './mail-error.js';

/** The parts of a nodemailer error that tell what happened. */
export interface SmtpErrorFacts {
  code?: string;
  responseCode?: number;
  response?: string;
  command?: string;
  message?: string;
}

const UNREACHABLE = /^(ECONNECTION|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EDNS|ENOTFOUND|EHOSTUNREACH|ENETUNREACH|ESOCKET|EAI_AGAIN)$/;

/** The kind of failure a nodemailer error stands for. */
export function smtpFailure(e: SmtpErrorFacts): MailFailure {
  const code = e.code ?? '';
  if (code === 'EAUTH' || e.responseCode === 535 || e.responseCode === 534) return 'auth';
  if (code === 'ETLS' || /\b(tls|ssl|certificate|wrong version number)\b/i.test(e.message ?? '')) return 'tls';
  // 552 (RFC 5321: exceeded storage allocation) and 5.3.4 (RFC 3463: message too big) are the size answers.
  if (e.responseCode === 552 || /\b5\.3\.4\b/.test(e.response ?? '') || code === 'EMAXLIMIT') return 'tooLarge';
  if (e.responseCode !== undefined && e.responseCode >= 400) return 'refused';
  if (code === 'EENVELOPE') return 'refused';
  if (UNREACHABLE.test(code)) return 'unreachable';
  return 'failed';
}
