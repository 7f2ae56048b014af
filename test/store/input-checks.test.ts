/**
 * Issue 24, point 6: the store itself refuses what the rules of text refuse, whichever way a case
 * comes in (register, update, importCases, importAgenda), on both stores: a caller that forgot the
 * checks cannot store a control character, an overlong or un-normalised text, a name of who acts
 * that is not one line, or a case received a year ahead. Nothing is written.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Case } from '../../src/domain/model.js';
import { simpleCase } from '../helpers/store.js';
import { STORE_KINDS, type OpenedStore } from '../helpers/stores.js';

const clock = Date.parse('2026-03-02T09:00:00+07:00');
const now = () => clock;
const opened: OpenedStore[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) await o.cleanup();
});

const BAD: [string, Partial<Case>, string, string][] = [
  ['a NUL in the subject', { subject: 'Permohonan\u0000' }, 'subject', 'input.controlCharacter'],
  ['an escape sequence in the name', { applicant: { name: 'Budi\u001b[2K\rPalsu' } }, 'applicant.name', 'input.controlCharacter'],
  ['a subject of 2,001 characters', { subject: 'x'.repeat(2001) }, 'subject', 'input.tooLong'],
  ['a 10 MB note', { purpose: 'x'.repeat(10_000_000) }, 'purpose', 'input.tooLong'],
  ['a name not in NFC', { applicant: { name: 'Cafe\u0301' } }, 'applicant.name', 'input.notNfc'],
];

describe.each(STORE_KINDS)('the $name store refuses bad text itself', (kind) => {
  const open = async (user?: string) => {
    const o = await kind.open(now, user);
    opened.push(o);
    return o.store;
  };

  it.each(BAD)('register: %s (exit 2 naming the field), nothing stored', async (_what, over, field, key) => {
    const store = await open();
    await expect(
      store.register(2026, (agenda) => ({ value: simpleCase(2026, agenda, over), changes: { agendaNumber: agenda } })),
    ).rejects.toMatchObject({ problems: [{ field, key }] });
    await expect(store.importCases(2026, [(agenda) => simpleCase(2026, agenda, over)])).rejects.toMatchObject({
      problems: [{ field, key }],
    });
    await expect(
      store.importAgenda(2025, [{ ...simpleCase(2025, 3, over), imported: { file: 'a.csv', row: 2 } }], 'a.csv'),
    ).rejects.toMatchObject({
      problems: [{ field, key }],
    });
    expect(await store.listCases({}, { first: 2000, last: 2100 })).toEqual([]);
    expect((await store.check()).findings).toEqual([]);
  });

  it.each(BAD)('update: %s is refused, the case as it was', async (_what, over, field, key) => {
    const store = await open();
    const c = await store.register(2026, (agenda) => ({ value: simpleCase(2026, agenda), changes: { agendaNumber: agenda } }));
    const before = await store.get(c.id);
    await expect(store.update(c.id, 'edit', (x) => ({ value: { ...x, ...over }, changes: {} }))).rejects.toMatchObject({
      problems: [{ field, key }],
    });
    expect(await store.get(c.id)).toEqual(before);
  });

  it.each([['Budi\nSantoso'], ['Budi\u001b[31m'], ['x'.repeat(20_000)]])('a name of who acts %j is refused (--as)', async (user) => {
    const store = await open(user);
    await expect(
      store.register(2026, (agenda) => ({ value: simpleCase(2026, agenda), changes: { agendaNumber: agenda } })),
    ).rejects.toMatchObject({ problems: [{ field: 'as', key: 'input.actor' }] });
    expect(await store.listCases({}, { first: 2000, last: 2100 })).toEqual([]);
  });

  it('a case received more than five minutes after now is refused; four minutes is the clock a little slow', async () => {
    const store = await open();
    const at = (iso: string) => (agenda: number) => ({
      value: simpleCase(Number(iso.slice(0, 4)), agenda, { receivedAt: iso }),
      changes: {},
    });
    await expect(store.register(2027, at('2027-03-02T09:00:00+07:00'))).rejects.toMatchObject({
      problems: [{ field: 'receivedAt', key: 'input.receivedFuture' }],
    });
    await expect(store.register(2026, at('2026-03-02T09:06:00+07:00'))).rejects.toMatchObject({ problems: [{ field: 'receivedAt' }] });
    expect((await store.register(2026, at('2026-03-02T09:04:00+07:00'))).id).toBe('2026-0001');
    expect(await store.agendaNumbers(2027)).toEqual(new Set());
  });
});
