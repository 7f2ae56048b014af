/**
 * The state of a case as `show` writes it beyond who asked and what: how it will be held, the
 * decision and its schedule, every outgoing letter with its number, the IM-NKK steps, result and
 * certificate, the attachments by number. Pure: a case in, labelled lines out.
 */
import type { Case, IssuedCertificate } from '../domain/model.js';
import { dueOf } from '../domain/due.js';
import { num, t, tOr } from '../i18n/index.js';
import { dateText, storedTimeText, uiLabel } from './ui-labels.js';

type Zone = { timeZone: string; zoneLabel: string };
export type Line = [string, string | undefined];

/** The letters issued for a case, from its history: number, kind and date (a reprint is the same letter). */
export function caseLetters(c: Pick<Case, 'events'>): { number: string; kind: string; date?: string }[] {
  const seen = new Map<string, { number: string; kind: string; date?: string }>();
  for (const e of c.events) {
    const number = e.changes.letterNumber;
    if (!e.action.startsWith('letter:') || e.action === 'letter:reprint' || typeof number !== 'string' || seen.has(number)) continue;
    const kind = e.action.slice('letter:'.length).replace(/-\d+$/, '');
    const date = typeof e.changes.date === 'string' ? e.changes.date : e.at.slice(0, 10);
    seen.set(number, { number, kind, date });
  }
  return [...seen.values()];
}

/** The decision of a request: its outcome and what goes with it (the reason, what is missing). */
function decisionLine(c: Case): string | undefined {
  const d = c.decision;
  // An IM-NKK case is decided by its plenary, whose result says it all.
  if (!d || c.service === 'imnkk') return undefined;
  const outcome = tOr(`outcome.${d.outcome}`, d.outcome);
  if (d.outcome === 'declined' && d.reason) return `${outcome} — ${d.reason}`;
  if (d.outcome === 'incomplete' && d.missing?.length) return `${outcome}: ${d.missing.map((m) => uiLabel('requirement', m)).join('; ')}`;
  return outcome;
}

/** An approved schedule: when, where. */
function scheduleLine(c: Case, zone: Zone): string | undefined {
  const d = c.decision;
  if (d?.outcome !== 'approved' || !d.schedule) return undefined;
  return [storedTimeText(d.schedule, zone), d.place].filter(Boolean).join(' · ');
}

/** A certificate: its code, when it was issued, its letter, and a revocation. */
function certificateText(cert: IssuedCertificate, zone: Zone): string {
  const issued = t('show.certificate', { code: cert.code, at: storedTimeText(cert.issuedAt, zone), letter: cert.letterNumber });
  return cert.revoked
    ? `${issued} — ${t('show.revoked', { at: storedTimeText(cert.revoked.at, zone), reason: cert.revoked.reason })}`
    : issued;
}

/** The IM-NKK lines: clock, verifications, plenary result, certificates. */
function imnkkLines(c: Case, zone: Zone): Line[] {
  const s = c.imnkk;
  if (!s) return [];
  const visits = s.verifications.map((v) =>
    [dateText(v.date, true), uiLabel('mode', v.mode), v.team.join(', '), v.planned ? t('show.planned') : undefined, v.note]
      .filter(Boolean)
      .join(' · '),
  );
  const p = s.plenary;
  const result =
    p &&
    t('show.imnkkResult', {
      score: num(p.score),
      max: num(p.maxScore),
      index: num(p.index, 2, true),
      category: p.category,
      decree: p.decree,
      date: dateText(p.date),
    });
  const certificates = [...(s.supersededCertificates ?? []), ...(s.certificate ? [s.certificate] : [])];
  return [
    [t('col.clockStart'), s.clockStart && dateText(s.clockStart, true)],
    [t('col.verifications'), visits.join('; ') || undefined],
    [t('col.imnkkResult'), result],
    [t('col.certificate'), certificates.map((cert) => certificateText(cert, zone)).join('; ') || undefined],
  ];
}

/** The due, and the earlier day the event sets when it comes first. */
export function dueLine(c: Case & { respondBy?: string | null }, zone: Zone): string {
  if (!c.answerDue) return t('register.waiting');
  const due = storedTimeText(c.answerDue, zone);
  const by = c.respondBy;
  if (!by || by === c.answerDue || dueOf(by).kind !== 'date') return due;
  return t('show.dueBeforeEvent', { due, by: storedTimeText(by, zone) });
}

/** The lines of a case's state, in the order of its life. */
export function caseStateLines(c: Case, zone: Zone): Line[] {
  const mode = c.analysis?.mode ?? c.event?.mode;
  const letters = caseLetters(c).map((l) => `${l.number} (${tOr(`letterKind.${l.kind}`, l.kind)}${l.date ? `, ${dateText(l.date)}` : ''})`);
  return [
    [t('col.mode'), mode && uiLabel('mode', mode)],
    [t('col.feasible'), c.analysis ? t(c.analysis.feasible ? 'value.yes' : 'value.no') : undefined],
    [t('col.decision'), decisionLine(c)],
    [t('col.schedule'), scheduleLine(c, zone)],
    [t('col.contact'), c.decision?.contact],
    ...imnkkLines(c, zone),
    [t('col.letters'), letters.join('; ') || undefined],
  ];
}

/** The attachments by number (the number `--tor-attachment` and `--id-attachment` take) and role. */
export function attachmentsLine(c: Pick<Case, 'attachments'>): string | undefined {
  if (!c.attachments.length) return undefined;
  return c.attachments.map((a, i) => `${i + 1}. ${a.name} — ${uiLabel('attachmentRole', a.role)}`).join('; ');
}
