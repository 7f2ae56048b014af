/** English messages of the mail feature: every Indonesian key has its twin. */
import type { mailId } from './mail.id.js';

export const mailEn: Record<keyof typeof mailId, string> = {
  'mail.notSet': '{key} is not set; set it with `loket config set {key} ...`',
  'mail.noSender': 'the office e-mail "{value}" is not a valid sender address; set it with `loket config set email persuratan@...`',
  'mail.passwordMissing': 'no password for the mail server: set {env} or name a password file in {key}',
  'mail.passwordFileUnreadable': 'the password file {value} cannot be read',
  'mail.passwordFileOpen': 'the password file {value} can be read by other users (mode {mode}); run `chmod 600 {value}`',
  'mail.passwordFileEmpty': 'the password file {value} is empty',
  'mail.smtp.refused': 'the mail server {server} refused the message: {answer}',
  'mail.smtp.unreachable': 'the mail server {server} cannot be reached: {answer}',
  'mail.smtp.auth':
    'the mail server {server} refused the login {user}: {answer} (check LOKET_SMTP_PASSWORD or the file mail.smtp.passwordFile)',
  'mail.smtp.tooLarge': 'the message is too large for the mail server {server}: {answer}',
  'mail.smtp.tls': 'the secure connection to the mail server {server} failed: {answer} (check mail.smtp.secure and mail.smtp.port)',
  'mail.smtp.folder': 'mail server {server}: {answer}',
  'mail.smtp.failed': 'sending through the mail server {server} failed: {answer}',
  'mail.imap.refused': 'the mailbox {server} refused a command: {answer}',
  'mail.imap.unreachable': 'the mailbox {server} cannot be reached: {answer}',
  'mail.imap.auth':
    'the mailbox {server} refused the login {user}: {answer} (check LOKET_IMAP_PASSWORD or the file mail.imap.passwordFile)',
  'mail.imap.tooLarge': 'the message is too large: {answer}',
  'mail.imap.tls': 'the secure connection to the mailbox {server} failed: {answer} (check mail.imap.secure and mail.imap.port)',
  'mail.imap.folder': 'the folder "{folder}" does not exist in the mailbox {server} (mail.imap.folder / mail.imap.doneFolder): {answer}',
  'mail.imap.failed': 'reading the mailbox {server} failed: {answer}',
  'mail.alreadyRegistered': 'the message {value} is already registered as case {id}',
  'mail.noRecipient': 'no recipient address: the applicant gave no e-mail; give --to ADDRESS',
  'mail.badAddress': 'not a valid e-mail address: "{value}"',
  'mail.protectedRecipient': 'a protected reporter is e-mailed only at the address they gave themselves; "{value}" is not that address',
  'mail.warn.future': 'the message is dated {date}, in the future: registered as received {at}',
  'mail.warn.undated': 'the message has no usable date: registered as received {at}',
  'mail.warn.attachmentTooLarge': 'the attachment "{name}" ({mb} MB) is over the {max} MB limit and was not kept',
  'mail.warn.attachmentSkipped': 'the attachment "{name}" ({type}) is not a PDF or an image and was not kept; the original message is kept',
  'mail.warn.bodyCut': 'the message body was cut to {max} characters; the original message is kept',
  'mail.storedMissing': 'no stored file has the SHA-256 {value}',
  'mail.error': 'The mail server cannot be used (nothing was recorded as sent):',
};
