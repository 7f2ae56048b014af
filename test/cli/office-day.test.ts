/** @module-tag slow (spawns processes or starts servers: run by `npm test` and CI, not by `npm run test:fast`) */
/**
 * Issue 30 (with 26.2 and the counter survey of 29): an office's day driven through the menu in a
 * pseudo-terminal, one officer after another, each by their own start screen — the leader disposes
 * two letters, the officer analyses, decides and prepares the reply (and reads it), the signatory
 * signs it, the officer records it sent; at the counter a letter dated after the day it came is asked
 * again at once and 25/11/2026 accepted, a walk-in is answered and its visitor answers the survey
 * alone, and a survey left with Ctrl+C records nothing. After each run the store is read back
 * (`--json`) against what was typed; every screen is scanned for internal words and fits 100 columns.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { id as catalogue } from '../../src/i18n/id.js';
import { tempHome } from '../helpers/cli.js';
import { runLoket, signedOffice } from '../helpers/loket.js';
import { driveMenu, hasPython, KEY, on, onStart, onText, type MenuRun, type Step } from '../helpers/menu-drive.js';

if (!hasPython && process.env.CI) throw new Error('python3 is needed to drive the menu in a pseudo-terminal');
const { ENTER, DOWN, ESC, CTRL_C, ERASE } = KEY;

const { home, cleanup } = tempHome();
afterAll(() => cleanup());
const DAY = '2026-11-27';
const at = (time: string) => `${DAY}T${time}:00+07:00`;
const LEADER = 'Kepala Pokja';
const OFFICER = 'Budi Santoso';
const SIGNATORY = 'Dr. Ratna Dewi, M.Si.';
const COUNTER = 'Ani Loket';
const screens: string[] = [];
const drawn: string[] = [];

/** One officer's session of the menu, kept for the scan of every screen. */
async function drive(user: string, time: string, steps: Step[]): Promise<MenuRun> {
  const run = await driveMenu({ LOKET_HOME: home, LOKET_NOW: at(time), LOKET_USER: user }, steps);
  screens.push(run.output);
  drawn.push(run.drawn);
  return run;
}
const show = async (id: string) => (await runLoket(['show', id, '--json'], { home, now: at('17:00') })).json;
const as = (user: string, args: string[], time = '08:00') => runLoket(args, { home, now: at(time), user });

beforeAll(async () => {
  await signedOffice(home, { LOKET_USER: 'Siti Aminah' });
  await as('Siti Aminah', ['officer', 'add', 'Siti Aminah', '--role', 'penerima', '--role', 'admin']);
  for (const [name, ...roles] of [
    [LEADER, 'disposisi'],
    [OFFICER, 'analis'],
    [SIGNATORY, 'penandatangan'],
    [COUNTER, 'penerima', 'analis'],
  ])
    await as('Siti Aminah', ['officer', 'add', name ?? '', ...roles.flatMap((r) => ['--role', r])]);
  const letter = (applicant: string, subject: string, event: string) => [
    'register',
    'letter',
    '--yes',
    '--no-receipt',
    '--service',
    'sosialisasi',
    '--channel',
    'surat',
    '--applicant',
    applicant,
    '--contact',
    '0812-3456-7890',
    '--letter-number',
    '005/123/2026',
    '--letter-date',
    '2026-11-25',
    '--subject',
    subject,
    '--event-date',
    event,
    '--event-place',
    'Aula Kantor Bupati',
  ];
  // Two letters: the first is for an event sooner, so it is ranked first.
  expect((await as('Siti Aminah', letter('Dinas Kominfo Kab. Contoh', 'Permohonan narasumber', '2026-12-03T09:00'))).code).toBe(0);
  expect((await as('Siti Aminah', letter('Bawaslu Kota Contoh', 'Permohonan bimbingan teknis', '2026-12-15T13:00'))).code).toBe(0);
}, 60_000);

describe.skipIf(!hasPython)("an office's day in the menu", () => {
  it('the leader disposes both letters to the officer, from "Belum didisposisi"', async () => {
    const run = await drive(LEADER, '08:30', [
      onStart('menu.count.undisposed', 2, ENTER),
      on('menu.list.undisposed', ENTER, { n: 2 }),
      on('menu.case.next', ENTER, { id: '2026-0001' }),
      on('menu.ask.disposeTo', ENTER),
      on('menu.ask.instruction', `Siapkan narasumber${ENTER}`),
      on('menu.ask.urgency', `${DOWN}${ENTER}`),
      // Disposed: nothing new for the leader, the cursor waits on "back".
      on('workflow.disposed', '', { id: '2026-0001', status: t('status.disposed') }),
      on('menu.case.next', ENTER, { id: '2026-0001' }),
      on('menu.list.undisposed', ENTER, { n: 1 }),
      on('menu.case.next', ENTER, { id: '2026-0002' }),
      on('menu.ask.disposeTo', ENTER),
      on('menu.ask.instruction', ENTER),
      on('menu.ask.urgency', ENTER),
      on('menu.case.next', ENTER, { id: '2026-0002' }),
      on('menu.list.empty', ''),
      onStart('menu.count.undisposed', 0, CTRL_C),
    ]);
    expect(run.failedAt, run.output.slice(-3000)).toBeNull();
    expect(run.code).toBe(0);
    expect(await show('2026-0001')).toMatchObject({
      status: 'disposed',
      officer: OFFICER,
      disposition: { to: OFFICER, instruction: 'Siapkan narasumber', urgency: 'segera', by: LEADER },
    });
    expect((await show('2026-0002')).disposition).toEqual(expect.objectContaining({ to: OFFICER, urgency: 'biasa', by: LEADER }));
  }, 60_000);

  it('the officer analyses and decides (the request’s schedule prefilled), prepares the reply and reads it before any number', async () => {
    const run = await drive(OFFICER, '09:30', [
      onStart('menu.count.mine', 2, ENTER),
      on('menu.list.mine', ENTER, { n: 2 }),
      on('menu.case.next', ENTER, { id: '2026-0001' }),
      on('menu.ask.feasible', ENTER),
      on('ask.mode', ENTER),
      on('menu.ask.analysisNote', ENTER),
      on('menu.case.next', ENTER, { id: '2026-0001' }),
      on('menu.ask.outcome', ENTER),
      // The request's own date and time, accepted as they stand.
      onText(`${t('menu.ask.schedule')} (03/12/2026 09.00)`, ENTER),
      on('menu.ask.contact', `${OFFICER}, 0812-1111-2222${ENTER}`),
      on('menu.ask.place', ENTER),
      on('menu.case.next', ENTER, { id: '2026-0001' }),
      // A letter dated before its decision is asked again at once.
      on('menu.ask.letterDate', `26/11/2026${ENTER}`),
      on('input.letterBeforeDecision', `${ERASE}27/11/2026${ENTER}`, { value: '26/11/2026', decided: '27/11/2026' }),
      onText(t('menu.draft.saved', { id: '2026-0001', file: '@' }).split(' (')[0] ?? '', ''),
      on('menu.case.next', ENTER, { id: '2026-0001' }),
      on('menu.list.mine', ESC, { n: 2 }),
      on('menu.title', CTRL_C),
    ]);
    expect(run.failedAt, run.output.slice(-3000)).toBeNull();
    const c = await show('2026-0001');
    expect(c).toMatchObject({
      status: 'decided',
      analysis: { feasible: true, mode: 'luring' },
      decision: {
        outcome: 'approved',
        schedule: '2026-12-03T09:00:00+07:00',
        contact: `${OFFICER}, 0812-1111-2222`,
        place: 'Aula Kantor Bupati',
      },
      draft: { kind: 'reply', by: OFFICER, date: DAY },
    });
    expect(c.reply).toBeUndefined();
    // The letter's text was on the screen: its salutation, the schedule, the signatory; no number yet.
    const letter = run.output.slice(run.output.lastIndexOf(t('menu.ask.letterDate')));
    expect(letter).toMatch(/Nomor\s+: \.{20}\s+Jakarta, 27 November 2026/);
    expect(letter).toContain('hari, tanggal  : Kamis, 3 Desember 2026');
    expect(letter).toContain(`narahubung     : ${OFFICER}, 0812-1111-2222`);
    expect(letter).toContain('NIP 197001011990032001');
  }, 60_000);

  it('the signatory signs it from "Menunggu tanda tangan": numbered, signed by them', async () => {
    const run = await drive(SIGNATORY, '10:30', [
      onStart('menu.count.toSign', 1, ENTER),
      on('menu.list.toSign', ENTER, { n: 1 }),
      on('menu.case.next', ENTER, { id: '2026-0001' }),
      on('menu.ask.signConfirm', ENTER),
      onText('B-1/JP.01/11/2026', ''),
      on('menu.case.nothing', ENTER, { id: '2026-0001' }),
      onStart('menu.count.toSign', 0, CTRL_C),
    ]);
    expect(run.failedAt, run.output.slice(-3000)).toBeNull();
    const c = await show('2026-0001');
    expect(c.reply).toMatchObject({ letterNumber: 'B-1/JP.01/11/2026', signedBy: SIGNATORY, date: DAY });
    expect(c.draft).toBeUndefined();
  }, 60_000);

  it('the officer records it sent by post: the case is closed on time', async () => {
    const run = await drive(OFFICER, '11:00', [
      on('menu.title', ENTER),
      on('menu.list.mine', ENTER, { n: 2 }),
      on('menu.case.next', ENTER, { id: '2026-0001' }),
      on('menu.ask.via', ENTER),
      onText(t('workflow.sentOnTime', { id: '2026-0001', at: '', due: '' }).split(',')[0] ?? '', ''),
      on('menu.case.next', ESC, { id: '2026-0001' }),
      on('menu.list.mine', ESC, { n: 1 }),
      on('menu.title', CTRL_C),
    ]);
    expect(run.failedAt, run.output.slice(-3000)).toBeNull();
    expect((await show('2026-0001')).answer).toMatchObject({ via: 'pos', at: at('11:00'), onTime: true, beforeEvent: true });
  }, 60_000);

  it('at the counter: a letter dated after the day it came is asked again at once; a walk-in answered and surveyed; a survey left half-way records nothing', async () => {
    // Two visitors of the morning, already decided by an officer: the counter answers them.
    for (const visitor of ['Rina Tamu', 'Joko Tamu']) {
      const args = [
        'register',
        'walkin',
        '--yes',
        '--json',
        '--no-receipt',
        '--visitor',
        visitor,
        '--contact',
        '0813-2222-3333',
        '--service',
        'sosialisasi',
      ];
      const r = await as(
        'Siti Aminah',
        [...args, '--purpose', 'Konsultasi jadwal narasumber', '--event-date', '2026-12-08T09:00', '--event-place', 'Aula'],
        '13:00',
      );
      expect(r.code).toBe(0);
      await as(OFFICER, ['decide', r.json.id, '--approve', '--contact', `${OFFICER}, 0812-1111-2222`], '13:05');
    }
    const answerEach = Array.from({ length: 9 }, (_, i): Step => [`${i + 1}\\. Bagaimana`, `${DOWN}${DOWN}${ENTER}`]);
    const run = await drive(COUNTER, '14:00', [
      // The counter's lists, then its work: "Catat surat/e-mail masuk" is the eighth line.
      on('menu.title', `${DOWN.repeat(7)}${ENTER}`),
      on('ask.service', ENTER),
      on('ask.channel', ENTER),
      on('ask.applicant', `Dinas Pendidikan Kota Contoh${ENTER}`),
      on('ask.applicantType', ENTER),
      on('ask.contact', `0812 7777 8888${ENTER}`),
      on('ask.email', ENTER),
      on('ask.letterNumber', `421/55/2026${ENTER}`),
      on('ask.letterDate', `30/11/2026${ENTER}`),
      on('input.letterAfterReceipt', `${ERASE}25/11/2026${ENTER}`, { value: '30/11/2026', received: '27/11/2026' }),
      on('ask.subject', `Permohonan narasumber netralitas${ENTER}`),
      on('ask.purpose', ENTER),
      on('ask.activity', ENTER),
      on('ask.material', ENTER),
      on('ask.eventDate', ENTER),
      on('ask.mode', ENTER),
      on('ask.eventPlace', ENTER),
      on('ask.tor', ENTER),
      on('ask.idDoc', ENTER),
      on('menu.case.next', ESC, { id: '2026-0005' }),
      // "Tamu hari ini" is the fifth line.
      on('menu.title', `${DOWN.repeat(4)}${ENTER}`),
      on('menu.list.walkinsToday', ENTER, { n: 2 }),
      on('menu.case.next', ENTER, { id: '2026-0003' }),
      on('menu.ask.via', ENTER),
      on('menu.ask.answerNote', `Narasumber dijadwalkan 8 Desember${ENTER}`),
      on('menu.survey.offer', ENTER),
      ...answerEach,
      ['Jenis kelamin', ENTER],
      ['Pendidikan', ENTER],
      ['Pekerjaan', ENTER],
      ['Saran', `Antrean cepat${ENTER}`],
      ['Terima kasih', ENTER],
      on('menu.survey.recorded', ''),
      on('menu.case.next', ESC, { id: '2026-0003' }),
      on('menu.list.walkinsToday', `${DOWN}${ENTER}`, { n: 2 }),
      on('menu.case.next', ENTER, { id: '2026-0004' }),
      on('menu.ask.via', ENTER),
      on('menu.ask.answerNote', `Datang lagi dengan surat${ENTER}`),
      on('menu.survey.offer', ENTER),
      ['1\\. Bagaimana', `${DOWN}${ENTER}`],
      ['2\\. Bagaimana', CTRL_C],
      on('menu.survey.cancelled', ''),
      on('menu.case.next', ESC, { id: '2026-0004' }),
      on('menu.list.walkinsToday', ESC, { n: 2 }),
      on('menu.title', CTRL_C),
    ]);
    expect(run.failedAt, run.output.slice(-3000)).toBeNull();
    expect(run.code).toBe(0);
    expect(await show('2026-0005')).toMatchObject({
      letter: { number: '421/55/2026', date: '2026-11-25' },
      applicant: { name: 'Dinas Pendidikan Kota Contoh', contact: '081277778888' },
      receivedBy: COUNTER,
    });
    expect((await show('2026-0003')).answer).toMatchObject({ via: 'langsung', note: 'Narasumber dijadwalkan 8 Desember', by: COUNTER });
    expect((await show('2026-0004')).answer).toMatchObject({ via: 'langsung', note: 'Datang lagi dengan surat' });
    // One visitor answered all nine (3 each), anonymously; the one who left half-way recorded nothing.
    const skm = (await runLoket(['skm', 'report', '--period', '2026-11', '--json'], { home, now: at('17:00') })).json;
    expect(skm.respondents).toBe(1);
    expect(skm.elements.map((e: { nrr: number }) => e.nrr)).toEqual(Array(9).fill(3));
    expect(skm.suggestions).toEqual(['Antrean cepat']);
    // The visitor saw the questionnaire alone: the screen was cleared before it.
    expect(run.output).toContain(t('menu.survey.howTo'));
  }, 90_000);

  it('shows no internal word and no flag, and every line fits 100 columns', () => {
    expect(screens.length).toBe(5);
    const text = screens.join('\n').replaceAll(home, '');
    expect(Object.keys(catalogue).filter((k) => text.includes(k))).toEqual([]);
    for (const internal of [
      'id-document',
      'disposed',
      'registered',
      'analysed',
      'decided',
      'answered',
      'sosialisasi/',
      'undefined',
      'null',
      'NaN',
    ])
      expect(text.includes(internal), internal).toBe(false);
    expect(text.match(/(^|\s)--[a-z]/gm)).toBeNull();
    expect(text.match(/`loket|loket [a-z]+ /g)).toBeNull();
    expect(text.match(/\b\d{4}-\d{2}-\d{2}\b/g)).toBeNull();
    expect(text.match(/\b[a-z]+[A-Z][A-Za-z]*\b/g)).toBeNull();
    const long = drawn
      .join('\n')
      .replaceAll(home, '/tmp/loket-test-xxxxxx')
      .split('\n')
      .filter((line) => [...line].length > 100);
    expect(drawn.join('').length).toBeGreaterThan(10_000);
    expect(long).toEqual([]);
  });
});
