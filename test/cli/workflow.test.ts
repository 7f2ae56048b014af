import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { letterArgs, runLoket, tempHome, signedOffice } from '../helpers/loket.js';
import { pdfPages, pdfText } from '../helpers/pdf.js';

let home = '';
let cleanup = () => {};
beforeEach(async () => {
  ({ home, cleanup } = tempHome());
  await signedOffice(home);
});
afterEach(() => cleanup());

const at = (now: string) => ({ home, now, user: 'Budi Santoso' });
const REG = '2026-03-16T09:00:00+07:00';

async function registered(extra: string[] = []) {
  const r = await runLoket(
    letterArgs(['--letter-number', '005/123/2026', '--letter-date', '2026-03-10', '--event-place', 'Aula Kantor Bupati', ...extra]),
    at(REG),
  );
  expect(r.code, r.stderr).toBe(0);
  return r.json.id as string;
}

async function step(args: string[], now: string) {
  const r = await runLoket([...args, '--json'], at(now));
  expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
  return r.json;
}

async function toAnalysed(id: string) {
  await step(
    ['dispose', id, '--to', 'Budi Santoso', '--instruction', 'Siapkan narasumber', '--urgency', 'segera'],
    '2026-03-16T10:00:00+07:00',
  );
  await step(['analyse', id, '--feasible', 'yes', '--mode', 'luring'], '2026-03-17T09:00:00+07:00');
}

describe('a sosialisasi case from registration to send', () => {
  it('approved: reply letter with number, schedule and contact; answered on time', async () => {
    const id = await registered();
    await toAnalysed(id);
    await step(
      ['decide', id, '--approve', '--schedule', '2026-04-08T09:00', '--contact', 'Budi Santoso, 0812-1111-2222'],
      '2026-03-18T09:00:00+07:00',
    );
    const reply = await step(['reply', id], '2026-03-25T09:00:00+07:00');
    expect(reply.letterNumber).toBe('B-1/JP.01/03/2026');
    const again = await step(['reply', id], '2026-03-26T09:00:00+07:00');
    expect(again.letterNumber).toBe('B-1/JP.01/03/2026');
    const text = await pdfText(reply.file);
    for (const expected of [
      'B-1/JP.01/03/2026',
      'Jakarta, 25 Maret 2026',
      'Yth. Dinas Kominfo Kab. Contoh',
      '005/123/2026',
      '10 Maret 2026',
      'Rabu, 8 April 2026',
      '09.00 WIB',
      'Aula Kantor Bupati',
      'Budi Santoso, 0812-1111-2222',
      'NIP',
      'Sifat',
      'Segera',
      'Lampiran',
      'Hal',
      'Atas perhatian Saudara, kami ucapkan terima kasih.',
    ])
      expect(text).toContain(expected);
    const sent = await step(['send', id, '--via', 'pos'], '2026-03-26T10:00:00+07:00');
    expect(sent).toMatchObject({
      status: 'answered',
      answer: { onTime: true, via: 'pos', at: '2026-03-26T10:00:00+07:00' },
      officer: 'Budi Santoso',
      decision: { outcome: 'approved' },
    });
    // A sent reply prints again as it was: the same number, and the reprint is in the history.
    const reprint = await step(['reply', id], '2026-03-27T09:00:00+07:00');
    expect(reprint.letterNumber).toBe('B-1/JP.01/03/2026');
    expect(await pdfText(reprint.file)).toContain('Jakarta, 25 Maret 2026');
    const history = (await runLoket(['history', id, '--json'], { home, now: '2026-03-27T09:00:00+07:00' })).json.map(
      (e: { action: string }) => e.action,
    );
    expect(history.filter((a: string) => a === 'letter:reprint')).toHaveLength(2);
  });

  it('approved without --schedule takes the requested date and time; the past is refused; other days are warned of', async () => {
    const id = await registered(['--event-date', '8 April 2026 pukul 09.00']);
    await toAnalysed(id);
    const past = await runLoket(
      ['decide', id, '--approve', '--schedule', '17/03/2026 08.00', '--contact', 'Budi, 0812-1111-2222', '--json'],
      at('2026-03-18T09:00:00+07:00'),
    );
    expect(past.code).toBe(2);
    expect(past.json.error.problems[0].field).toBe('--schedule');
    const sunday = await runLoket(
      ['decide', id, '--approve', '--schedule', '5 April 2026 09.00', '--contact', 'Budi, 0812-1111-2222', '--json'],
      at('2026-03-18T09:00:00+07:00'),
    );
    expect(sunday.code, sunday.stderr).toBe(0);
    expect(sunday.json.warnings).toHaveLength(2);
    expect(sunday.stderr).toContain('hari libur');
    expect(sunday.stderr).toContain('Rabu, 8 April 2026');
    const asked = await step(['decide', id, '--approve', '--contact', 'Budi, 0812-1111-2222'], '2026-03-18T10:00:00+07:00');
    expect(asked.decision).toMatchObject({ schedule: '2026-04-08T09:00:00+07:00', place: 'Aula Kantor Bupati' });
    expect(asked.warnings).toEqual([]);
  });

  it('incomplete straight from registered; papers that arrive later reopen the case on a new period', async () => {
    const id = await registered();
    const asked = await step(['decide', id, '--incomplete'], '2026-03-16T10:00:00+07:00');
    expect(asked.decision.missing).toContain('tor');
    await step(['reply', id], '2026-03-16T11:00:00+07:00');
    await step(['send', id, '--via', 'pos'], '2026-03-16T12:00:00+07:00');
    const missing = (await step(['requirements', id], '2026-03-17T09:00:00+07:00')).missing as string[];
    const partly = await step(['requirements', id, '--met', missing.slice(0, 1).join(',')], '2026-03-17T09:00:00+07:00');
    expect(partly.status).toBe('answered');
    const unknown = await runLoket(['requirements', id, '--met', 'akta', '--json'], at('2026-03-17T09:00:00+07:00'));
    expect(unknown.code).toBe(2);
    expect(unknown.json.error.problems[0].field).toBe('--met');
    const done = await runLoket(
      ['requirements', id, '--met', missing.slice(1).join(','), '--ref', 'e-mail 17 Maret', '--json'],
      at('2026-03-17T10:00:00+07:00'),
    );
    expect(done.code, done.stderr).toBe(0);
    // Complete on 17 March at 10.00: five working days from then, over Nyepi and Idul Fitri.
    expect(done.json).toMatchObject({
      status: 'registered',
      answerDue: '2026-03-31',
      requirementsCompleteAt: '2026-03-17T10:00:00+07:00',
      missing: [],
    });
    const text = await runLoket(['requirements', id], at('2026-03-17T11:00:00+07:00'));
    expect(text.stdout).toContain('lengkap sejak Selasa, 17 Maret 2026 pukul 10.00 WIB');
    // The "tanda terima kelengkapan" lists what arrived and when, and the new due date.
    const receipt = await step(['receipt', id, '--requirements'], '2026-03-17T11:00:00+07:00');
    const pdf = await pdfText(receipt.receipt);
    expect(pdf).toContain('TANDA TERIMA KELENGKAPAN');
    expect(pdf).toContain('lengkap sejak Selasa, 17 Maret 2026 pukul 10.00 WIB');
    expect(pdf).toContain('Selasa, 31 Maret 2026');
  });

  it('declined with a reason', async () => {
    const id = await registered();
    await toAnalysed(id);
    await step(
      ['decide', id, '--decline', '--reason', 'Jadwal narasumber pada tanggal tersebut telah penuh.'],
      '2026-03-18T09:00:00+07:00',
    );
    const reply = await step(['reply', id], '2026-03-18T10:00:00+07:00');
    expect(await pdfText(reply.file)).toContain('Jadwal narasumber pada tanggal tersebut telah penuh.');
    expect((await step(['send', id, '--via', 'pos'], '2026-03-18T11:00:00+07:00')).answer.onTime).toBe(true);
  });

  it('incomplete: the letter lists what is missing', async () => {
    const id = await registered();
    await toAnalysed(id);
    const decided = await step(['decide', id, '--incomplete'], '2026-03-18T09:00:00+07:00');
    expect(decided.decision.missing).toContain('tor');
    const text = await pdfText((await step(['reply', id], '2026-03-18T10:00:00+07:00')).file);
    expect(text).toContain('Kerangka acuan kegiatan (KAK/TOR)');
    expect(text).toContain('Permintaan Kelengkapan Persyaratan');
  });

  it('a walk-in decided at the counter and answered within the hour', async () => {
    const reg = await runLoket(
      [
        'register',
        'walkin',
        '--yes',
        '--json',
        '--no-receipt',
        '--visitor',
        'Siti Aminah',
        '--service',
        'sosialisasi',
        '--purpose',
        'Konsultasi',
      ],
      at('2026-11-27T09:00:00+07:00'),
    );
    const id = reg.json.id;
    await step(['decide', id, '--decline', '--reason', 'Diarahkan ke kanal daring.'], '2026-11-27T09:20:00+07:00');
    const noNote = await runLoket(['send', id, '--via', 'langsung', '--json'], at('2026-11-27T09:40:00+07:00'));
    expect(noNote.json.error.problems[0].field).toBe('--note');
    const told = 'Sosialisasi dapat diajukan dengan surat dari pimpinan instansi melalui persuratan@kasn.go.id.';
    const sent = await step(['send', id, '--via', 'langsung', '--note', told], '2026-11-27T09:40:00+07:00');
    expect(sent.answer).toEqual({ at: '2026-11-27T09:40:00+07:00', via: 'langsung', onTime: true, note: told, by: 'Budi Santoso' });
    // "Informasi jawaban": a one-page A5 slip for the visitor with what was said.
    const slip = await pdfPages(sent.slip);
    expect(slip).toHaveLength(1);
    expect(slip[0]).toContain('INFORMASI JAWABAN');
    expect(slip[0]?.replace(/\s+/g, ' ')).toContain(told);
    expect((await step(['slip', id], '2026-11-27T09:45:00+07:00')).file).toBe(sent.slip);
  });

  it('answered late: onTime false', async () => {
    const id = await registered();
    await toAnalysed(id);
    await step(['decide', id, '--decline', '--reason', 'Tidak tersedia.'], '2026-03-30T09:00:00+07:00');
    await step(['reply', id], '2026-03-31T09:00:00+07:00');
    const sent = await step(['send', id, '--via', 'pos'], '2026-03-31T10:00:00+07:00');
    expect(sent.answerDue).toBe('2026-03-30');
    expect(sent.answer.onTime).toBe(false);
  });
});

describe('illegal steps are refused with the store unchanged', () => {
  it.each([
    [['reply'], 'registered', /berstatus "terdaftar": langkah "surat jawaban" baru bisa dilakukan setelah "keputusan"/],
    [['analyse', '--feasible', 'yes'], 'registered', /setelah "disposisi"/],
    [['send', '--via', 'email'], 'registered', /setelah "keputusan"/],
    [['reopen', '--reason', 'x'], 'registered', /setelah "pengiriman jawaban"/],
  ])('%j on a %s case', async (args, _status, message) => {
    const id = await registered();
    const file = `${home}/store/cases-2026-000.json`;
    const before = readFileSync(file);
    const r = await runLoket([args[0]!, id, ...args.slice(1)], at('2026-03-17T09:00:00+07:00'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${home}/store/letters-2026.json`)).toBe(false);
  });

  it('dispose of an answered case, then reopen keeps the history', async () => {
    const id = await registered();
    await toAnalysed(id);
    await step(['decide', id, '--decline', '--reason', 'x'], '2026-03-18T09:00:00+07:00');
    await step(['reply', id], '2026-03-18T10:00:00+07:00');
    await step(['send', id, '--via', 'pos'], '2026-03-18T11:00:00+07:00');
    const r = await runLoket(['dispose', id, '--to', 'X'], at('2026-03-19T09:00:00+07:00'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/sudah dijawab/);
    const reopened = await step(['reopen', id, '--reason', 'Pemohon mengubah jadwal'], '2026-03-19T09:00:00+07:00');
    expect(reopened.status).toBe('disposed');
    const history = await step(['history', id], '2026-03-19T09:00:00+07:00');
    expect(history.map((e: { action: string }) => e.action)).toEqual([
      'register',
      'dispose',
      'analyse',
      'decide',
      'letter:reply',
      'send',
      'reopen',
    ]);
    expect(history[1]).toMatchObject({ by: 'Budi Santoso', at: '2026-03-16T10:00:00+07:00', changes: { officer: 'Budi Santoso' } });
    await step(['analyse', id, '--feasible', 'yes'], '2026-03-19T10:00:00+07:00');
    await step(['decide', id, '--decline', '--reason', 'y'], '2026-03-19T10:00:00+07:00');
    expect((await step(['reply', id], '2026-03-19T11:00:00+07:00')).letterNumber).toBe('B-2/JP.01/03/2026');
  });

  it('bad decision input names every problem', async () => {
    const id = await registered();
    await toAnalysed(id);
    const r = await runLoket(
      ['decide', id, '--approve', '--schedule', '2026-02-30T09:00', '--contact', 'Budi', '--json'],
      at('2026-03-18T09:00:00+07:00'),
    );
    expect(r.code).toBe(2);
    expect(r.json.error.problems.map((p: { field: string }) => p.field)).toEqual(['--schedule', '--contact']);
  });
});

describe('documents', () => {
  it('a long reason flows onto a second page with page numbers', async () => {
    const id = await registered();
    await toAnalysed(id);
    const reason = Array.from(
      { length: 40 },
      (_, i) =>
        `Pertimbangan ke-${i + 1}: kegiatan pada tanggal tersebut bertepatan dengan agenda pengawasan lain yang telah dijadwalkan sebelumnya.`,
    ).join(' ');
    await step(['decide', id, '--decline', '--reason', reason], '2026-03-18T09:00:00+07:00');
    const pages = await pdfPages((await step(['reply', id], '2026-03-18T10:00:00+07:00')).file);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages[0]).toContain(`Halaman 1 dari ${pages.length}`);
    expect(pages[1]).toContain(`Halaman 2 dari ${pages.length}`);
    expect(pages.at(-1)).toContain('NIP');
  });

  it('the disposition sheet carries agenda, sender, urgency, officer, instruction and deadline', async () => {
    const id = await registered();
    await toAnalysed(id);
    const r = await step(['disposition', id], '2026-03-18T09:00:00+07:00');
    const text = await pdfText(r.file);
    for (const expected of [
      'LEMBAR DISPOSISI',
      '0001/AG/2026',
      'Dinas Kominfo Kab. Contoh',
      '005/123/2026',
      'Segera',
      'Budi Santoso',
      'Siapkan narasumber',
      '30 Maret 2026',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('an office template with an unknown placeholder is refused, naming it, before any number is given', async () => {
    const id = await registered();
    await toAnalysed(id);
    await step(['decide', id, '--decline', '--reason', 'x'], '2026-03-18T09:00:00+07:00');
    const tpl = JSON.parse(readFileSync(new URL('../../templates/reply.json', import.meta.url), 'utf8'));
    tpl.closing = 'Hormat kami, {penandatangan}.';
    mkdirSync(`${home}/templates`);
    writeFileSync(`${home}/templates/reply.json`, JSON.stringify(tpl));
    const r = await runLoket(['reply', id], at('2026-03-18T10:00:00+07:00'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('{penandatangan}');
    expect(existsSync(`${home}/store/letters-2026.json`)).toBe(false);
  });
});
