import { describe, expect, it } from 'vitest';
import { attachmentIndex, roleDeclarations, withDeclaredRoles } from '../../src/domain/attachment-roles.js';
import { InputError } from '../../src/errors.js';

const files = [
  { role: 'attachment' as const, name: 'permohonan.eml' },
  { role: 'attachment' as const, name: 'Surat Permohonan.pdf' },
  { role: 'attachment' as const, name: 'KAK Sosialisasi.pdf' },
  { role: 'attachment' as const, name: 'KTP Kabag.jpg' },
];
const names = files.map((f) => f.name);

describe('an attachment is named by its file name or its number', () => {
  it.each<[string, number | undefined, string]>([
    ['KAK Sosialisasi.pdf', 2, 'the exact name'],
    ['kak sosialisasi.PDF', 2, 'case does not matter'],
    ['3', 2, 'its number, from 1'],
    ['1', 0, 'the first'],
    ['5', undefined, 'a number past the list'],
    ['0', undefined, 'numbers start at 1'],
    ['KAK.pdf', undefined, 'a name not in the list'],
  ])('%s → %s (%s)', (ref, index) => {
    expect(attachmentIndex(names, ref)).toBe(index);
  });
});

describe('declared roles', () => {
  it('the TOR and the identity card are given their roles; the other files stay attachments', () => {
    const declared = roleDeclarations({ torAttachment: 'KAK Sosialisasi.pdf', idAttachment: '4' });
    const { attachments, named } = withDeclaredRoles(files, declared);
    expect(attachments.map((a) => a.role)).toEqual(['attachment', 'attachment', 'tor', 'id-document']);
    expect(named).toEqual([
      { name: 'KAK Sosialisasi.pdf', role: 'tor' },
      { name: 'KTP Kabag.jpg', role: 'id-document' },
    ]);
    expect(files[2]!.role).toBe('attachment');
  });

  it('nothing declared, nothing changed', () => {
    expect(roleDeclarations({ torAttachment: '  ' })).toEqual([]);
    expect(withDeclaredRoles(files, []).attachments).toEqual(files);
  });

  it.each([
    [{ torAttachment: 'KAK.pdf' }, 'torAttachment', 'input.attachmentUnknown', '1. permohonan.eml, 2. Surat Permohonan.pdf'],
    [{ torAttachment: '3', idAttachment: 'KAK Sosialisasi.pdf' }, 'idAttachment', 'input.attachmentTwoRoles', 'KAK Sosialisasi.pdf'],
  ])('%j is refused on %s', (given, field, key, shown) => {
    try {
      withDeclaredRoles(files, roleDeclarations(given));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      const p = (error as InputError).problems[0]!;
      expect([p.field, p.key]).toEqual([field, key]);
      expect(Object.values(p.params ?? {}).join(' ')).toContain(shown);
    }
  });
});
