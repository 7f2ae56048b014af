import { describe, expect, it } from 'vitest';
import type { DeskItem } from '../../src/domain/desk-lists.js';
import { t } from '../../src/i18n/index.js';
import { deskItemLine, fitWidth, imnkkItemLine, shortDue } from '../../src/render/desk-lines.js';

const item = (over: Partial<DeskItem> = {}): DeskItem => ({
  id: '2026-0042',
  agendaNumber: 42,
  service: 'sosialisasi',
  kind: 'letter',
  status: 'disposed',
  applicant: 'Dinas Komunikasi, Informatika, Statistik dan Persandian Kabupaten Contoh Raya',
  subject: 'Permohonan narasumber sosialisasi netralitas ASN menjelang pemilihan kepala daerah serentak',
  respondBy: '2026-11-30',
  overdue: false,
  officer: 'Budi Santoso',
  receivedAt: '2026-11-23T09:00:00+07:00',
  ...over,
});

describe('a line of a list on the menu', () => {
  it.each<[string, Partial<DeskItem>, RegExp]>([
    ['a letter due on a day', {}, /^2026-0042 {2}30\/11\/2026 +Dinas Komunikasi.*… — Permohonan/],
    [
      'a walk-in due at an hour, late',
      { respondBy: '2026-11-27T10:30:00+07:00', overdue: true },
      /^2026-0042 {2}27\/11\/2026 10\.30 {2}TERLAMBAT {2}Dinas/,
    ],
    ['an IM-NKK request before its clock', { respondBy: null }, new RegExp(`^2026-0042  ${t('menu.list.noDue')} `)],
    ['a draft waiting', { draft: { kind: 'reply', by: 'Budi Santoso' } }, /— konsep oleh Budi Santoso$/],
    ['papers awaited', { missing: ['tor', 'id-document'] }, /— menunggu Kerangka acuan/],
    ['a protected reporter', { applicant: '', identity: 'protected' }, new RegExp(`  ${t('identity.protected')} — `)],
  ])('%s', (_what, over, expected) => {
    const line = deskItemLine(item(over));
    expect(line).toMatch(expected);
    expect(line.length).toBeLessThanOrEqual(96);
  });

  it('an IM-NKK assessment: stage and next date', () => {
    const line = imnkkItemLine({
      id: '2026-0005',
      agency: 'Pemerintah Kabupaten Contoh',
      stage: 'verification',
      next: { date: '2026-12-08', what: 'visit' },
      daysLeft: 300,
    });
    expect(line).toMatch(/^2026-0005 {2}verifikasi +kunjungan 08\/12\/2026 +Pemerintah Kabupaten Contoh$/);
  });

  it.each<[string, string]>([
    ['2026-11-30', '30/11/2026'],
    ['2026-11-27T10:30:00+07:00', '27/11/2026 10.30'],
  ])('a due %s is written %s', (due, shown) => expect(shortDue(due)).toBe(shown));
});

describe('text fitted to the screen', () => {
  it('wraps a long value under itself, keeps short lines and indents, and cuts nothing', () => {
    const long = `Kurang        ${'Kerangka acuan kegiatan; '.repeat(6).trim()}`;
    const lines = fitWidth(['Nomor         2026-0042', long, '  NIP 1970'].join('\n'), 60).split('\n');
    expect(lines[0]).toBe('Nomor         2026-0042');
    expect(lines.slice(2, -1).every((l) => l.startsWith(' '.repeat(14)) && l.length <= 60)).toBe(true);
    expect(lines.at(-1)).toBe('  NIP 1970');
    expect(lines.slice(1, -1).join(' ').replace(/\s+/g, ' ')).toBe(long.replace(/\s+/g, ' '));
  });
});
