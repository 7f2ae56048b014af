import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { letterArgs, runLoket, tempHome } from '../helpers/loket.js';

let home = '';
let cleanup = () => {};
beforeEach(() => ({ home, cleanup } = tempHome()));
afterEach(() => cleanup());
const cli = (args: string[], user = 'resepsionis') => runLoket(args, { home, now: '2026-11-27T09:00:00+07:00', user });

describe('loket calendar', () => {
  it('lists the decreed days of a year with name and kind', async () => {
    const r = await cli(['calendar', 'list', '--year', '2025', '--json']);
    expect(r.code).toBe(0);
    expect(r.json).toHaveLength(28);
    expect(r.json).toContainEqual({ date: '2025-08-18', name: 'Cuti Bersama Hari Kemerdekaan Republik Indonesia', kind: 'cuti-bersama' });
    expect(r.stderr).toBe('');
  });

  it('lists 2027 by its decree (15 September 2026), without a warning, the days still to be confirmed starred', async () => {
    const r = await cli(['calendar', 'list', '--year', '2027', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.json).toHaveLength(26);
    expect(r.json).toContainEqual({ date: '2027-03-10', name: 'Idulfitri 1448 Hijriah', kind: 'national', provisional: true });
    expect(r.json).toContainEqual({ date: '2027-12-24', name: 'Cuti Bersama Kelahiran Yesus Kristus (Natal)', kind: 'cuti-bersama' });
    const text = await cli(['calendar', 'list', '--year', '2027']);
    expect(text.stdout).toContain('Idulfitri 1448 Hijriah *');
    expect(text.stdout).toContain('ditetapkan kemudian oleh Menteri Agama');
    expect(text.stdout).not.toContain('Tahun Baru 2027 Masehi *');
  });

  it('falls back to date-holidays with a warning for a year without a decree (2028)', async () => {
    const r = await cli(['calendar', 'list', '--year', '2028', '--json']);
    expect(r.code).toBe(0);
    expect(r.json.every((d: { kind: string }) => d.kind === 'computed')).toBe(true);
    expect(r.json.map((d: { date: string }) => d.date)).toContain('2028-01-01');
    expect(r.stderr).toMatch(/belum ada daftar libur resmi \(SKB\) tahun 2028/);
  });

  it('a 2027 letter is due by the decree, with no warning: received Friday 5 March, due Monday 22 March', async () => {
    const r = await runLoket(letterArgs(), { home, now: '2027-03-05T10:00:00+07:00' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.answerDue).toBe('2027-03-22');
    expect(r.stderr).toBe('');
    const due = await runLoket(['due', '--json'], { home, now: '2027-03-16T09:00:00+07:00' });
    expect(due.code, due.stderr).toBe(0);
    expect(due.stderr).toBe('');
  });

  it('Idulfitri 2027 stays editable: moved a day later by the Minister, the deadline follows', async () => {
    expect((await cli(['calendar', 'open', '2027-03-09', '--reason', 'KMA penetapan 1 Syawal 1448 H'])).code).toBe(0);
    expect((await cli(['calendar', 'close', '2027-03-16', '--name', 'Cuti Bersama Idulfitri 1448 Hijriah (KMA)'])).code).toBe(0);
    expect((await cli(['calendar', 'due', '2027-03-05', '--working-days', '5', '--json'])).json.due).toBe('2027-03-22');
    expect((await cli(['calendar', 'due', '2027-03-08', '--working-days', '1', '--json'])).json.due).toBe('2027-03-09');
    expect((await cli(['calendar', 'due', '2027-03-15', '--working-days', '1', '--json'])).json.due).toBe('2027-03-17');
  });

  it.each([
    [['2026-03-13', '--working-days', '5'], '2026-03-27'],
    [['2026-03-21', '--working-days', '5'], '2026-03-31'],
    [['2026-11-27T16:00+07:00', '--office-hours', '1'], '2026-11-30T08:00:00+07:00'],
    [['2026-03-17T15:30', '--office-hours', '1'], '2026-03-25T08:00:00+07:00'],
  ])('due %j → %s', async (args, due) => {
    const r = await cli(['calendar', 'due', ...args, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json).toEqual({ due });
  });

  it.each([
    [['calendar', 'due', '2026-02-30', '--working-days', '5'], '<from>'],
    [['calendar', 'due', '2026-03-13', '--working-days', '-1'], '--working-days'],
    [['calendar', 'due', '2026-03-13'], '--working-days'],
    [['calendar', 'due', '2026-03-13', '--working-days', '5', '--frobnicate'], '--frobnicate'],
    [['calendar', 'list', '--year', 'dua ribu'], '--year'],
  ])('bad input %j names %s, exit 2', async (args, field) => {
    const r = await cli([...args, '--json']);
    expect(r.code).toBe(2);
    expect(r.json.error.problems[0].field).toBe(field);
  });

  it('a local closure and a reopened day change deadlines, with who and when', async () => {
    expect((await cli(['calendar', 'close', '2026-11-30', '--name', 'Penutupan kantor'], 'Kepala Subbagian')).code).toBe(0);
    expect((await cli(['calendar', 'due', '2026-11-27', '--working-days', '1', '--json'])).json.due).toBe('2026-12-01');
    expect((await cli(['calendar', 'open', '2026-12-24', '--reason', 'SKB perubahan'])).code).toBe(0);
    expect((await cli(['calendar', 'due', '2026-12-23', '--working-days', '1', '--json'])).json.due).toBe('2026-12-24');
    const list = (await cli(['calendar', 'list', '--year', '2026', '--json'])).json;
    expect(list).toContainEqual({ date: '2026-11-30', name: 'Penutupan kantor', kind: 'local' });
    expect(list.map((d: { date: string }) => d.date)).not.toContain('2026-12-24');
    const { readFileSync } = await import('node:fs');
    const config = JSON.parse(readFileSync(`${home}/config.json`, 'utf8'));
    expect(config.calendar.closures[0]).toMatchObject({ date: '2026-11-30', by: 'Kepala Subbagian', at: '2026-11-27T09:00:00+07:00' });
    expect(config.calendar.openings[0]).toMatchObject({ date: '2026-12-24', reason: 'SKB perubahan' });
    expect((await cli(['calendar', 'close', '2026-12-25', '--name', 'x'])).code).toBe(2);
    expect((await cli(['calendar', 'open', '2026-12-01'])).code).toBe(2);
  });
});

describe('the command line itself', () => {
  it('an unknown command is an input error; a bad LOKET_NOW too', async () => {
    expect((await cli(['registr'])).code).toBe(2);
    const r = await runLoket(['due'], { home, now: 'kemarin' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('LOKET_NOW');
  });
});
