/** What each answer of a mail server means for the office: the kind of failure, and whether a retry may help. */
import { describe, expect, it } from 'vitest';
import { imapFailure } from '../../src/mail/imap-reader.js';
import { clean, MailError } from '../../src/mail/mail-error.js';
import { smtpFailure } from '../../src/mail/smtp-failure.js';

describe('SMTP failures', () => {
  it.each([
    [{ code: 'EAUTH', responseCode: 535, response: '535 5.7.8 Authentication credentials invalid' }, 'auth'],
    [{ code: 'EENVELOPE', responseCode: 550, response: '550 5.1.1 User unknown' }, 'refused'],
    [{ code: 'EENVELOPE', responseCode: 451, response: '451 4.7.1 Greylisted, try again' }, 'refused'],
    [{ code: 'EENVELOPE', responseCode: 552, response: '552 5.3.4 Message size exceeds fixed limit' }, 'tooLarge'],
    [{ code: 'EMESSAGE', responseCode: 554, response: '554 5.3.4 Message too big for system' }, 'tooLarge'],
    [{ code: 'ESOCKET', message: 'connect ECONNREFUSED 127.0.0.1:25' }, 'unreachable'],
    [{ code: 'ETIMEDOUT', message: 'Greeting never received' }, 'unreachable'],
    [{ code: 'EDNS', message: 'getaddrinfo ENOTFOUND smtp.kantor.go.id' }, 'unreachable'],
    [{ code: 'ETLS', message: 'wrong version number' }, 'tls'],
    [{ code: 'EPROTOCOL', message: 'Invalid greeting' }, 'failed'],
  ])('%j is %s', (facts, failure) => {
    expect(smtpFailure(facts)).toBe(failure);
  });
});

describe('IMAP failures', () => {
  it.each([
    [{ authenticationFailed: true, responseText: 'Authentication failed.' }, 'auth'],
    [{ mailboxMissing: true }, 'folder'],
    [{ code: 'ECONNREFUSED' }, 'unreachable'],
    [{ code: 'NoConnection' }, 'unreachable'],
    [{ code: 'ClosedAfterConnectTLS' }, 'tls'],
    [{ code: 'ParserError3' }, 'failed'],
  ])('%j is %s', (facts, failure) => {
    expect(imapFailure(facts)).toBe(failure);
  });
});

describe('a MailError', () => {
  it.each([
    ['refused', 451, true],
    ['refused', 550, false],
    ['unreachable', undefined, true],
    ['auth', 535, false],
  ] as const)('%s %s is worth retrying: %s', (failure, responseCode, temporary) => {
    expect(new MailError('smtp', failure, { host: 'h', answer: 'a', ...(responseCode ? { responseCode } : {}) }).temporary).toBe(temporary);
  });

  it('carries the answer on one line, without control characters', () => {
    expect(clean('550 5.1.1\r\n\u001b[31mUser\tunknown\u0007')).toBe('550 5.1.1 [31mUser unknown');
  });
});
