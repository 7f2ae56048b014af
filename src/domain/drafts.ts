/**
 * A letter prepared, then signed: an officer prepares the reply (or the IM-NKK certificate with its
 * recommendation letter) and a signatory gives it its number and signs it. Until then the case holds
 * the draft: what was chosen for the letter, by whom and when; it has no number and is not issued.
 */
import type { Change, Case, DraftLetter } from './model.js';

/** The case with a (new) draft recorded; one draft at a time, the later replaces the earlier. */
export function recordDraft(c: Case, draft: DraftLetter): Change {
  const { kind, date, addressee, place } = draft;
  return {
    value: { ...c, draft },
    changes: { draft: kind, ...(date ? { date } : {}), ...(addressee?.length ? { addressee } : {}), ...(place ? { place } : {}) },
  };
}

/** The change of a signing step with the draft it signed taken off, and who signed on the reply. */
export function signed(change: Change, by: string): Change {
  const value: Case = { ...change.value };
  delete value.draft;
  if (value.reply) value.reply = { ...value.reply, signedBy: by };
  return { value, changes: { ...change.changes, signedBy: by } };
}
