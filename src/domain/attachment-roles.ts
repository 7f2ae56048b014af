/**
 * Saying which of a case's attachments is the TOR or the identity card: an e-mail brings files by
 * name only, and the requirement checklist counts a file as a TOR only once someone says it is one.
 */
import { InputError } from '../errors.js';
import type { AttachmentRole } from './model.js';

/** The roles an attachment can be declared to play, each with the input field that declares it. */
export const DECLARABLE_ROLES = [
  { field: 'torAttachment', role: 'tor' },
  { field: 'idAttachment', role: 'id-document' },
] as const satisfies readonly { field: string; role: AttachmentRole }[];

export type DeclaringField = (typeof DECLARABLE_ROLES)[number]['field'];

/** One declaration: the attachment named (by file name, or by its number in the list, from 1) plays `role`. */
export interface RoleDeclaration {
  field: string;
  role: AttachmentRole;
  ref: string;
}

/** The declarations given, in the order of DECLARABLE_ROLES. */
export function roleDeclarations(given: Partial<Record<DeclaringField, string | undefined>>): RoleDeclaration[] {
  return DECLARABLE_ROLES.flatMap(({ field, role }) => {
    const ref = given[field]?.trim();
    return ref ? [{ field, role, ref }] : [];
  });
}

const fold = (name: string) => name.normalize('NFC').toLocaleLowerCase('id');

/** The index of the attachment a reference names: its number (1 = the first) or its file name, case aside. */
export function attachmentIndex(names: readonly string[], ref: string): number | undefined {
  if (/^\d+$/.test(ref)) {
    const n = Number(ref);
    return n >= 1 && n <= names.length ? n - 1 : undefined;
  }
  const i = names.findIndex((name) => fold(name) === fold(ref));
  return i < 0 ? undefined : i;
}

/**
 * The attachments with the declared roles applied, and which file got which role. Exit 2 naming the
 * field when a reference names no attachment (the message lists the names there are) or when both
 * roles are given to one file.
 */
export function withDeclaredRoles<A extends { name: string; role: AttachmentRole }>(
  attachments: readonly A[],
  declared: readonly RoleDeclaration[],
): { attachments: A[]; named: { name: string; role: AttachmentRole }[] } {
  const names = attachments.map((a) => a.name);
  const out = attachments.map((a) => ({ ...a }));
  const taken = new Set<number>();
  const named: { name: string; role: AttachmentRole }[] = [];
  for (const d of declared) {
    const i = attachmentIndex(names, d.ref);
    if (i === undefined)
      throw InputError.of(d.field, 'input.attachmentUnknown', {
        value: d.ref,
        names: names.length ? names.map((n, k) => `${k + 1}. ${n}`).join(', ') : '-',
      });
    if (taken.has(i)) throw InputError.of(d.field, 'input.attachmentTwoRoles', { value: names[i]! });
    taken.add(i);
    out[i]!.role = d.role;
    named.push({ name: names[i]!, role: d.role });
  }
  return { attachments: out, named };
}
