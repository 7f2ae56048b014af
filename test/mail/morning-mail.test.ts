/** @module-tag slow (spawns processes or starts servers: run by `npm test` and CI, not by `npm run test:fast`) */
/**
 * Issue 27: `loket due --mail`, the morning report in each officer's inbox, end to end on each store
 * against the in-process SMTP server: each officer gets the cases disposed to them, a leader (the
 * `disposisi` role) the whole office and what nobody was given yet; an officer without an address
 * is named; on a day off nothing is sent.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { registrationArgs, runLoket } from '../helpers/loket.js';
import { MAIL_ENV, parsedMail, useSmtp } from '../helpers/mail-office.js';
import { closedPort, SMTP_PASSWORD, startSmtp, type TestSmtp } from '../helpers/smtp-server.js';
import { E2E_STORES, freshStoreEach } from '../helpers/stores.js';

let home = '';
let env: Record<string, string> = {};
let server: TestSmtp | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const REG = '2026-03-02T09:00:00+07:00';
const run = (args: string[], now = REG) => runLoket(args, { home, now, user: 'Ratna Dewi', env: { ...env, ...MAIL_ENV } });

async function ok(args: string[], now = REG) {
  const r = await run([...args, '--json'], now);
  expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
  return r.json;
}

/** Three open cases (Budi's, Siti's, one not yet disposed) and three officers: a leader, Budi, and Siti without an address. */
async function office(): Promise<void> {
  for (const applicant of ['Dinas Kominfo Kab. Contoh', 'Bawaslu Kota Contoh', 'Pemerintah Desa Maju'])
    await ok(registrationArgs('sosialisasi', applicant, `Permohonan narasumber ${applicant}`));
  // The first officer listed is also the admin, who lists the others; the leader disposes.
  await ok(['officer', 'add', 'Ratna Dewi', '--role', 'disposisi', '--email', 'ratna@kasn.go.id']);
  await ok(['officer', 'add', 'Budi Santoso', '--role', 'analis', '--email', 'budi@kasn.go.id']);
  await ok(['officer', 'add', 'Siti Aminah', '--role', 'analis']);
  await ok(['dispose', '2026-0001', '--to', 'Budi Santoso']);
  await ok(['dispose', '2026-0002', '--to', 'Siti Aminah']);
}

describe.each(E2E_STORES)('on the $name store', (kind) => {
  freshStoreEach(kind, (h, e) => ((home = h), (env = e)), { signed: true });

  it('officers get their own cases, the leader the whole office and the cases not yet disposed', async () => {
    const smtp = (server = await startSmtp());
    await useSmtp(run, smtp.port);
    await office();
    expect((await ok(['officer', 'list'])).find((o: { name: string }) => o.name === 'Budi Santoso')).toMatchObject({
      email: 'budi@kasn.go.id',
    });
    // An update without --email keeps the address.
    await ok(['officer', 'add', 'Budi Santoso', '--role', 'analis', '--nip', '198501012010011001']);
    expect((await ok(['officer', 'list'])).find((o: { name: string }) => o.name === 'Budi Santoso')).toMatchObject({
      nip: '198501012010011001',
      email: 'budi@kasn.go.id',
    });

    // Tuesday 10 March: all three were due on Monday 9 March.
    const r = await run(['due', '--mail', '--yes', '--json'], '2026-03-10T07:00:00+07:00');
    expect(r.code, r.stderr).toBe(0);
    expect(r.json).toMatchObject({
      date: '2026-03-10',
      sent: true,
      mails: [
        { officer: 'Ratna Dewi', to: 'ratna@kasn.go.id', cases: 3, sent: true },
        { officer: 'Budi Santoso', to: 'budi@kasn.go.id', cases: 1, sent: true },
      ],
      withoutEmail: ['Siti Aminah'],
      failed: 0,
    });
    expect(smtp.received.map((m) => m.to)).toEqual([['ratna@kasn.go.id'], ['budi@kasn.go.id']]);
    const leader = await parsedMail(smtp.received[0]!);
    const budi = await parsedMail(smtp.received[1]!);
    expect(leader.subject).toBe('Tenggat Selasa, 10 Maret 2026: 2 terlambat, 1 belum didisposisikan');
    expect(budi.subject).toBe('Tenggat Selasa, 10 Maret 2026: 1 terlambat');
    expect(budi.text).toContain('Yth. Budi Santoso,');
    expect(budi.text).toContain('2026-0001');
    expect(budi.text).not.toContain('2026-0002');
    expect(budi.text).not.toContain('2026-0003');
    expect(leader.text).toMatch(/TERLAMBAT \(2\)[\s\S]*2026-0001[\s\S]*2026-0002[\s\S]*BELUM DIDISPOSISIKAN \(1\)[\s\S]*2026-0003/);
    expect(leader.text).toContain('jawab paling lambat Senin, 9 Maret 2026');
    expect(r.stdout + r.stderr).not.toContain(SMTP_PASSWORD);
  });

  it('on a day that is not a working day nothing is sent, and it says so', async () => {
    const smtp = (server = await startSmtp());
    await useSmtp(run, smtp.port);
    await office();
    for (const day of ['2026-03-14T07:00:00+07:00', '2026-03-18T07:00:00+07:00']) {
      const r = await run(['due', '--mail', '--yes', '--json'], day);
      expect(r.code, r.stderr).toBe(0);
      expect(r.json).toEqual({ date: day.slice(0, 10), sent: false, reason: 'notWorkingDay', mails: [] });
      const text = await run(['due', '--mail', '--yes'], day);
      expect(text.stdout).toContain('bukan hari kerja');
    }
    expect(smtp.received).toEqual([]);
  });

  it('the server down: exit 3, and the report stays the same for another try; a filter is refused', async () => {
    await useSmtp(run, await closedPort());
    await office();
    const r = await run(['due', '--mail', '--yes', '--json'], '2026-03-10T07:00:00+07:00');
    expect(r.code).toBe(3);
    expect(r.json.error.message).toContain('ECONNREFUSED');
    const filtered = await run(['due', '--mail', '--officer', 'Budi Santoso', '--json'], '2026-03-10T07:00:00+07:00');
    expect(filtered.code).toBe(2);
    expect(filtered.json.error.problems[0].field).toBe('--officer');
  });
});
