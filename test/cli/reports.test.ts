import { existsSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { letterArgs, runLoket, tempHome, registrationArgs } from '../helpers/loket.js';
import { pdfText } from '../helpers/pdf.js';
import { E2E_STORES, freshStoreEach } from '../helpers/stores.js';

let home = '';
let env: Record<string, string> = {};
const cli = (args: string[], now: string) => runLoket(args, { home, now, env });
async function letter(now: string, extra: string[] = []) {
  const r = await cli(letterArgs(extra), now);
  expect(r.code, r.stderr).toBe(0);
  return r.json.id as string;
}
const ids = (items: { id: string }[]) => items.map((i) => i.id);

// The deadline report and the recap run on each store: the files, and PostgreSQL when LOKET_TEST_DATABASE_URL is set.
describe.each(E2E_STORES)('on the $name store', (kind) => {
  freshStoreEach(kind, (h, e) => ((home = h), (env = e)), { signed: true });

  describe('loket due around Idul Fitri 2026', () => {
    beforeEach(async () => {
      await letter('2026-03-09T09:00:00+07:00', ['--contact', '0812-0000-1111']); // due 16 March: 2 working days late on the 25th
      await letter('2026-03-11T09:00:00+07:00'); // due 25 March: today
      await letter('2026-03-12T09:00:00+07:00'); // due 26 March: upcoming
      await letter('2026-03-16T09:00:00+07:00'); // due 30 March: upcoming (third working day)
      await letter('2026-03-17T09:00:00+07:00'); // due 31 March: beyond three working days
      await cli(
        ['register', 'walkin', '--yes', '--no-receipt', '--visitor', 'Siti', '--service', 'sosialisasi', '--purpose', 'Konsultasi'],
        '2026-03-25T09:00:00+07:00',
      );
      await cli(registrationArgs('imnkk', 'Pemkot Contoh', 'IM-NKK'), '2026-03-02T09:00:00+07:00');
      await cli(['dispose', '2026-0001', '--to', 'Budi Santoso'], '2026-03-10T09:00:00+07:00');
      await cli(['dispose', '2026-0002', '--to', 'Ani Lestari'], '2026-03-12T09:00:00+07:00');
    });

    it('groups overdue, due today, upcoming and waiting; a walk-in is overdue by minutes', async () => {
      const r = await cli(['due', '--json'], '2026-03-25T10:07:00+07:00');
      expect(r.code).toBe(0);
      expect(r.json.date).toBe('2026-03-25');
      expect(ids(r.json.overdue)).toEqual(['2026-0001', '2026-0006']);
      expect(r.json.overdue[0]).toMatchObject({
        lateWorkingDays: 2,
        officer: 'Budi Santoso',
        answerDue: '2026-03-16',
        agendaNumber: 1,
        service: 'sosialisasi',
        status: 'disposed',
      });
      expect(r.json.overdue[1]).toMatchObject({ kind: 'walkin', lateOfficeMinutes: 7, answerDue: '2026-03-25T10:00:00+07:00' });
      expect(ids(r.json.dueToday)).toEqual(['2026-0002']);
      expect(ids(r.json.upcoming)).toEqual(['2026-0003', '2026-0004']);
      expect(r.json.waiting).toEqual([
        expect.objectContaining({
          id: '2026-0007',
          missing: ['ethics-regulation', 'sinden-account', 'operator-letter', 'self-assessment'],
          since: '2026-03-02',
        }),
      ]);
      expect(r.json.overdue[0].contact).toBeUndefined();
    });

    it('filters by officer, and looks further ahead with --within', async () => {
      const budi = await cli(['due', '--json', '--officer', 'budi'], '2026-03-25T08:00:00+07:00');
      expect([...ids(budi.json.overdue), ...ids(budi.json.dueToday), ...ids(budi.json.upcoming)]).toEqual(['2026-0001']);
      const far = await cli(['due', '--json', '--within', '5'], '2026-03-25T08:00:00+07:00');
      expect(ids(far.json.upcoming)).toEqual(['2026-0003', '2026-0004', '2026-0005']);
    });

    it('--exit-code: 4 when anything is overdue', async () => {
      expect((await cli(['due', '--exit-code'], '2026-03-25T08:00:00+07:00')).code).toBe(4);
      expect((await cli(['due', '--exit-code', '--date', '2026-03-13'], '2026-03-13T08:00:00+07:00')).code).toBe(0);
    });

    it('prints tables for people, without colour when not a terminal', async () => {
      const r = await cli(['due'], '2026-03-25T10:07:00+07:00');
      expect(r.stdout).toContain('TERLAMBAT (2)');
      expect(r.stdout).toContain('terlambat 2 hari kerja');
      expect(r.stdout).toContain('terlambat 7 menit');
      expect(r.stdout).not.toContain('0 jam');
      expect(r.stdout).toContain('JATUH TEMPO HARI INI (1)');
      expect(r.stdout).toContain('IM-NKK MENUNGGU PERSYARATAN (1)');
      expect(r.stdout).not.toContain(String.fromCharCode(27));
    });

    it('CSV: BOM, RFC 4180, personal data only when asked', async () => {
      const plain = await cli(['due', '--csv'], '2026-03-25T10:07:00+07:00');
      // Headings and values in the interface language (JSON keeps the keys: that is the API).
      expect(plain.stdout.startsWith('\uFEFFKelompok,Nomor,Nomor agenda,Layanan,Jenis,Status,Tenggat')).toBe(true);
      expect(plain.stdout).not.toContain('081200001111');
      expect(plain.stdout.split('\r\n')[1]).toMatch(
        /^lewat tenggat,2026-0001,1,Sosialisasi Netralitas ASN,surat,didisposisi,2026-03-16,2026-03-16,,2,,Budi Santoso,/,
      );
      const personal = await cli(['due', '--csv', '--include-personal-data'], '2026-03-25T10:07:00+07:00');
      expect(personal.stdout).toContain('081200001111');
    });
  });

  describe('loket recap on a small month checked by hand', () => {
    it('counts received, answered, on time, median and longest working days, open and late requests', async () => {
      // March 2026: three sosialisasi letters and one complaint.
      const a = await letter('2026-03-02T09:00:00+07:00'); // answered 2 working days later
      const b = await letter('2026-03-03T09:00:00+07:00', ['--event-date', '2026-03-05', '--event-place', 'Aula']); // late request, answered late
      await letter('2026-03-04T09:00:00+07:00'); // still open
      const c = await letter('2026-03-05T09:00:00+07:00', ['--service', 'pengaduan', '--channel', 'email']); // answered in 4 working days, due 17 March (14 days, before Nyepi)
      const answer = async (id: string, decideAt: string, sentAt: string) => {
        await cli(['dispose', id, '--to', 'Budi'], decideAt);
        // A complaint is examined and found founded or not; a request is analysed and declined.
        const complaint = id === c;
        await cli(complaint ? ['examine', id, '--finding', 'x'] : ['analyse', id, '--feasible', 'yes'], decideAt);
        const decided = await cli(
          complaint ? ['decide', id, '--substantiated', 'no', '--follow-up', 'y'] : ['decide', id, '--decline', '--reason', 'x'],
          decideAt,
        );
        expect(decided.code, decided.stderr).toBe(0);
        await cli(['reply', id], sentAt);
        const s = await cli(['send', id, '--via', 'pos', '--json'], sentAt);
        expect(s.code, s.stderr).toBe(0);
      };
      await answer(a, '2026-03-03T09:00:00+07:00', '2026-03-04T10:00:00+07:00'); // 2 wd, due 9 March: on time
      await answer(b, '2026-03-04T09:00:00+07:00', '2026-03-11T10:00:00+07:00'); // 6 wd, due 10 March: late
      await answer(c, '2026-03-06T09:00:00+07:00', '2026-03-11T10:00:00+07:00'); // 4 wd, due 12 March: on time
      await letter('2026-04-01T09:00:00+07:00'); // another month
      const r = await cli(['recap', '--month', '2026-03', '--json'], '2026-04-02T09:00:00+07:00');
      expect(r.code, r.stderr).toBe(0);
      expect(r.json.services.sosialisasi).toMatchObject({
        received: 3,
        answered: 2,
        onTime: 1,
        onTimePercent: 50,
        medianWorkingDays: 4,
        maxWorkingDays: 6,
        open: 1,
        late: 1,
      });
      expect(r.json.services.pengaduan).toMatchObject({
        received: 1,
        answered: 1,
        onTime: 1,
        onTimePercent: 100,
        medianWorkingDays: 4,
        maxWorkingDays: 4,
        open: 0,
        late: 0,
      });
      expect(r.json.services.imnkk).toMatchObject({ received: 0, answered: 0, onTimePercent: null, medianWorkingDays: null });
      expect(r.json.total).toMatchObject({
        received: 4,
        answered: 3,
        onTime: 2,
        onTimePercent: 66.7,
        medianWorkingDays: 4,
        maxWorkingDays: 6,
        open: 1,
        late: 1,
      });
      expect(r.json.total.byChannel.email).toMatchObject({ received: 1, answered: 1 });
      const csv = await cli(['recap', '--month', '2026-03', '--csv'], '2026-04-02T09:00:00+07:00');
      expect(csv.stdout).toContain('jumlah,4,3,2,66.7,4,6,1,1');
      expect((await cli(['recap', '--month', '2026-03', '--pdf', `${home}/rekap.pdf`], '2026-04-02T09:00:00+07:00')).code).toBe(2);
      const outside = tempHome();
      const pdf = await cli(['recap', '--month', '2026-03', '--pdf', `${outside.home}/rekap.pdf`], '2026-04-02T09:00:00+07:00');
      expect(pdf.code).toBe(0);
      const text = await pdfText(`${outside.home}/rekap.pdf`);
      outside.cleanup();
      expect(text).toContain('REKAPITULASI LAYANAN BULAN MARET 2026');
      expect(text).toContain('50 %');
      expect(text).toContain('100 %');
      // Channel rows as in the terminal recap, decimal commas, the date it was made and who signs it.
      expect(text).toMatch(/Jumlah 4 3 2 66,7 4 6 1 1/);
      expect(text).toMatch(/Surat 3 2 1 50/);
      expect(text).toContain('Jakarta, 2 April 2026');
      expect(text).toContain('NIP 197001011990032001');
    });

    it('refuses a bad month', async () => {
      const r = await cli(['recap', '--month', '2026-13'], '2026-04-02T09:00:00+07:00');
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--month');
    });
  });
});

describe('an empty day', () => {
  it('says so in one line', async () => {
    const fresh = tempHome();
    const r = await runLoket(['due'], { home: fresh.home, now: '2026-11-27T08:00:00+07:00' });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    expect(r.stdout).toMatch(/Tidak ada kasus terbuka/);
    expect(existsSync(`${fresh.home}/store`)).toBe(false);
    fresh.cleanup();
  });
});
