/** Issue 32: every step checked against the acting officer's roles; a refusal is exit 5 and writes nothing. */
import { describe, expect, it } from 'vitest';
import { letterArgs, runLoket, SIGNERS } from '../helpers/loket.js';
import { pdfText } from '../helpers/pdf.js';
import { E2E_STORES, freshStoreEach } from '../helpers/stores.js';

let home = '';
let env: Record<string, string> = {};
const NOW = '2026-03-16T09:00:00+07:00';
const as = (user: string, args: string[], now = NOW) => runLoket(args, { home, now, user, env });

/** The office: an admin who set it up, a receptionist, a leader, an analyst, a signatory and a WBS handler. */
async function office(): Promise<void> {
  expect((await as('Admin Kantor', ['init', '--yes', ...SIGNERS])).code).toBe(0);
  const first = await as('Admin Kantor', ['officer', 'add', 'Admin Kantor', '--json']);
  expect(first.json.officers).toEqual([{ name: 'Admin Kantor', nip: '', roles: ['penerima', 'admin'] }]);
  for (const [name, role] of [
    ['Siti Aminah', 'penerima'],
    ['Kepala Pokja', 'disposisi'],
    ['Budi Santoso', 'analis'],
    ['Ratna Dewi', 'penandatangan'],
    ['Wati', 'wbs'],
  ])
    expect((await as('Admin Kantor', ['officer', 'add', name!, '--role', role!])).code).toBe(0);
}

const WBS = ['register', 'letter', '--yes', '--no-receipt', '--json', '--service', 'pengaduan', '--channel', 'wbs'];

describe.each(E2E_STORES)('roles on the $name store', (kind) => {
  freshStoreEach(kind, (h, e) => ((home = h), (env = e)));

  it('each officer may take only the steps of their roles; a refusal is exit 5 and changes nothing', async () => {
    await office();
    expect((await as('Siti Aminah', letterArgs())).code).toBe(0);
    const before = (await as('Siti Aminah', ['show', '1', '--json'])).json;
    for (const [user, args] of [
      ['Siti Aminah', ['dispose', '1', '--to', 'Budi Santoso']],
      ['Budi Santoso', ['dispose', '1', '--to', 'Budi Santoso']],
      ['Kepala Pokja', ['decide', '1', '--decline', '--reason', 'Jadwal penuh.']],
      ['Siti Aminah', ['officer', 'add', 'Teman', '--role', 'admin']],
      ['Siti Aminah', ['config', 'set', 'city', 'Bandung']],
      ['Kepala Pokja', ['calendar', 'close', '2026-03-20', '--name', 'Libur']],
      ['Orang Lain', letterArgs()],
    ] as [string, string[]][]) {
      const r = await as(user, [...args, '--json']);
      expect(r.code, `${user}: ${args.join(' ')}`).toBe(5);
      expect(r.json.error).toMatchObject({ exitCode: 5 });
      expect(r.stderr).toMatch(/Tidak berwenang \(tidak ada yang disimpan\)/);
    }
    const refused = await as('Siti Aminah', ['dispose', '1', '--to', 'Budi Santoso']);
    expect(refused.stderr).toContain(
      'Siti Aminah tidak berwenang untuk disposisi: langkah ini hanya untuk peran disposisi (peran Siti Aminah: penerima)',
    );
    expect((await as('Siti Aminah', ['show', '1', '--json'])).json).toEqual(before);
    expect((await as('Admin Kantor', ['config', 'get', 'city'])).stdout.trim()).toBe('Jakarta');
    expect((await as('Admin Kantor', ['officer', 'list', '--json'])).json).toHaveLength(6);
    expect((await as('Siti Aminah', ['list', '--json'])).json).toHaveLength(1);
    // The steps go on with the officers whose roles they are.
    expect((await as('Kepala Pokja', ['dispose', '1', '--to', 'Budi Santoso'])).code).toBe(0);
    expect((await as('Budi Santoso', ['analyse', '1', '--feasible', 'tidak'])).code).toBe(0);
    expect((await as('Budi Santoso', ['decide', '1', '--decline', '--reason', 'Jadwal penuh.'])).code).toBe(0);
    const events = (await as('Budi Santoso', ['history', '1', '--json'])).json as { by: string; action: string }[];
    expect(events.map((e) => [e.action, e.by])).toEqual([
      ['register', 'Siti Aminah'],
      ['dispose', 'Kepala Pokja'],
      ['analyse', 'Budi Santoso'],
      ['decide', 'Budi Santoso'],
    ]);
  });

  it('only a wbs officer reveals a protected reporter, with a reason, on the record', async () => {
    await office();
    const reg = await as('Siti Aminah', [
      ...WBS,
      '--applicant',
      'Rahmat Hidayat',
      '--contact',
      '0812-9999-0000',
      '--subject',
      'Pungutan liar',
    ]);
    expect(reg.code, reg.stderr).toBe(0);
    const id = reg.json.id as string;
    for (const user of ['Siti Aminah', 'Budi Santoso', 'Admin Kantor']) {
      const r = await as(user, ['show', id, '--reveal-identity', '--reason', 'penasaran', '--json']);
      expect(r.code, user).toBe(5);
      expect(r.stdout + r.stderr).not.toContain('Rahmat');
    }
    expect((await as('Wati', ['history', id, '--json'])).json.map((e: { action: string }) => e.action)).toEqual(['register']);
    const revealed = await as('Wati', ['show', id, '--reveal-identity', '--reason', 'Permintaan Inspektorat', '--json']);
    expect(revealed.code).toBe(0);
    expect(revealed.json.applicant.name).toBe('Rahmat Hidayat');
    const history = (await as('Wati', ['history', id, '--json'])).json as { action: string; by: string; changes: { reason?: string } }[];
    expect(history.at(-1)).toMatchObject({ action: 'reveal-identity', by: 'Wati', changes: { reason: 'Permintaan Inspektorat' } });
  });

  it('a removed officer can no longer act, and keeps their name in the history', async () => {
    await office();
    await as('Siti Aminah', letterArgs());
    await as('Kepala Pokja', ['dispose', '1', '--to', 'Budi Santoso']);
    expect((await as('Budi Santoso', ['analyse', '1', '--feasible', 'ya'])).code).toBe(0);
    expect((await as('Admin Kantor', ['officer', 'remove', 'Budi Santoso'])).code).toBe(0);
    const after = await as('Budi Santoso', ['decide', '1', '--decline', '--reason', 'x.', '--json']);
    expect(after.code).toBe(5);
    expect(after.stderr).toContain('"Budi Santoso" bukan petugas yang terdaftar');
    expect((await as('Admin Kantor', ['history', '1', '--json'])).json.map((e: { by: string }) => e.by)).toContain('Budi Santoso');
  });

  it('an office that lists no officer works as before: anyone does everything', async () => {
    expect((await as('siapa saja', letterArgs())).code).toBe(0);
    expect((await as('orang lain', ['dispose', '1', '--to', 'Budi'])).code).toBe(0);
  });

  it('a letter is prepared by the analyst (KONSEP, no number, not issued), then numbered and signed by the signatory', async () => {
    await office();
    await as('Siti Aminah', letterArgs());
    await as('Kepala Pokja', ['dispose', '1', '--to', 'Budi Santoso']);
    await as('Budi Santoso', ['analyse', '1', '--feasible', 'tidak']);
    await as('Budi Santoso', ['decide', '1', '--decline', '--reason', 'Jadwal narasumber penuh.']);
    const draft = await as('Budi Santoso', ['reply', '1', '--place', 'Kota Contoh', '--json']);
    expect(draft.code, draft.stderr).toBe(0);
    expect(draft.json).toMatchObject({ id: '2026-0001', draft: true, letterNumber: null, preparedBy: 'Budi Santoso' });
    const text = await pdfText(draft.json.file);
    expect(text).toContain('KONSEP');
    expect(text).not.toMatch(/B-\d+\/JP/);
    expect((await as('Budi Santoso', ['documents', '1', '--json'])).json.documents).toEqual([]);
    for (const [user, args] of [
      ['Budi Santoso', ['reply', '1', '--sign']],
      ['Siti Aminah', ['sign', '1']],
      ['Kepala Pokja', ['sign', '1']],
    ] as [string, string[]][])
      expect((await as(user, [...args, '--json'])).code, `${user} ${args.join(' ')}`).toBe(5);
    const signedLetter = await as('Ratna Dewi', ['sign', '1', '--json']);
    expect(signedLetter.code, signedLetter.stderr).toBe(0);
    expect(signedLetter.json).toMatchObject({ letterNumber: 'B-1/JP.01/03/2026', signedBy: 'Ratna Dewi' });
    expect(await pdfText(signedLetter.json.file)).not.toContain('KONSEP');
    const history = (await as('Ratna Dewi', ['history', '1', '--json'])).json as { action: string; by: string }[];
    expect(history.slice(-2).map((e) => [e.action, e.by])).toEqual([
      ['letter:draft', 'Budi Santoso'],
      ['letter:reply', 'Ratna Dewi'],
    ]);
    // In words: the draft as a draft (no number yet), the signing with its number and signatory.
    const story = (await as('Ratna Dewi', ['history', '1'])).stdout;
    // (On the database each name is followed by its login.)
    expect(story).toMatch(/Budi Santoso( \(login \w+\))? {2}konsep surat jawaban disiapkan\n( {4}.*\n)*? {4}konsep: surat jawaban\n/);
    expect(story).toMatch(
      /Ratna Dewi( \(login \w+\))? {2}surat jawaban ditandatangani dan diberi nomor\n( {4}.*\n)*? {4}nomor surat: B-1\/JP\.01\/03\/2026\n/,
    );
    expect(story).toContain('ditandatangani oleh: Ratna Dewi');
    expect(story).not.toMatch(/draft|reply|signed by|nomor surat keluar/);
    expect((await as('Ratna Dewi', ['documents', '1', '--json'])).json.documents).toEqual([
      expect.objectContaining({ kind: 'reply', letterNumber: 'B-1/JP.01/03/2026' }),
    ]);
    expect((await as('Ratna Dewi', ['show', '1', '--json'])).json.draft).toBeUndefined();
    // Nothing to sign is said as such; one who holds both roles does it in one step, as before roles.
    expect((await as('Ratna Dewi', ['sign', '1', '--json'])).code).toBe(2);
    expect((await as('Admin Kantor', ['officer', 'add', 'Budi Santoso', '--role', 'analis', '--role', 'penandatangan'])).code).toBe(0);
    await as('Siti Aminah', letterArgs());
    await as('Kepala Pokja', ['dispose', '2', '--to', 'Budi Santoso']);
    await as('Budi Santoso', ['analyse', '2', '--feasible', 'tidak']);
    await as('Budi Santoso', ['decide', '2', '--decline', '--reason', 'Jadwal penuh.']);
    expect((await as('Budi Santoso', ['reply', '2', '--json'])).json).toMatchObject({
      letterNumber: 'B-2/JP.01/03/2026',
      signedBy: 'Budi Santoso',
    });
  });

  it('a signatory signs only what was prepared for them', async () => {
    await office();
    await as('Siti Aminah', letterArgs());
    await as('Kepala Pokja', ['dispose', '1', '--to', 'Budi Santoso']);
    await as('Budi Santoso', ['analyse', '1', '--feasible', 'tidak']);
    await as('Budi Santoso', ['decide', '1', '--decline', '--reason', 'Jadwal penuh.']);
    const r = await as('Ratna Dewi', ['reply', '1', '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('belum punya konsep surat');
  });
});
