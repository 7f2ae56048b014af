/**
 * Who may learn who reported. An anonymous report has no reporter to show; a protected one (received
 * through the whistle-blowing system, or marked so) keeps its reporter out of every output: tables,
 * JSON, CSV, workbooks, documents and the search index. Only `show --reveal-identity` lifts it, on the record.
 */
import type { Case } from './model.js';

/** Why a case's reporter is not shown: nobody was named, or the name is protected. */
export type Shield = 'anonymous' | 'protected';

/** The words that stand in for a reporter who is not shown. */
export type ShieldWords = Record<Shield, string>;

/** Channels whose reports are always protected, whatever the office's channel list says. */
const ALWAYS_PROTECTED = new Set(['wbs']);

/** Fields of an audit event's changes that could name the reporter (`to`: the address an e-mail of the case went to). */
const PERSONAL_KEYS = ['applicant', 'contact', 'email', 'institution', 'visitor', 'to'];

/** Whether (and why) the reporter of a case is kept out of what loket shows. */
export function identityShield(c: Pick<Case, 'channel' | 'report'>): Shield | undefined {
  if (c.report?.anonymous) return 'anonymous';
  if (c.report?.protectIdentity || ALWAYS_PROTECTED.has(c.channel)) return 'protected';
  return undefined;
}

/** The attachment's name as shown for a shielded case: a number, since a file name may carry the reporter's name. */
export function neutralName(name: string, index: number): string {
  const ext = /\.[A-Za-z0-9]{1,5}$/.exec(name)?.[0] ?? '';
  return `lampiran-${index + 1}${ext}`;
}

/**
 * The case as it may be shown: unchanged when nothing is shielded, else with the reporter replaced by
 * `words`, no contact, institution or e-mail, neutral attachment names, and events without personal fields.
 */
export function shieldCase(c: Case, words: ShieldWords): Case {
  const shield = identityShield(c);
  if (!shield) return c;
  return {
    ...c,
    applicant: { name: words[shield] },
    attachments: c.attachments.map((a, i) => ({ ...a, name: neutralName(a.name, i) })),
    ...(c.mail?.outbox ? { mail: { ...c.mail, outbox: c.mail.outbox.map((e) => ({ ...e, to: [words[shield]] })) } } : {}),
    events: c.events.map((e) => ({
      ...e,
      changes: Object.fromEntries(
        Object.entries(e.changes)
          .filter(([k]) => !PERSONAL_KEYS.includes(k))
          .map(([k, v]) => [k, k === 'attachments' && Array.isArray(v) ? v.map((name, i) => neutralName(String(name), i)) : v]),
      ),
    })),
  };
}

/** The attachment names an audit event may hold: neutral ones for a shielded case. */
export function recordedAttachmentNames(c: Case): string[] {
  return identityShield(c) ? c.attachments.map((a, i) => neutralName(a.name, i)) : c.attachments.map((a) => a.name);
}

/** The reporter's line for lists: empty when shielded (the caller shows the shield's word). */
export function shownApplicant(c: Case, line: string): { applicant: string; identity?: Shield } {
  const shield = identityShield(c);
  return shield ? { applicant: '', identity: shield } : { applicant: line };
}
