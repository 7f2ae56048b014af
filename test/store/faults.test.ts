/** Issue 12: each defect found by the hostile review, reproduced and shown fixed through the real commands. */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { letterArgs, runLoket, signedOffice, tempHome, registrationArgs } from '../helpers/loket.js';

const NOW = '2026-03-16T09:00:00+07:00';
let home = '';
let outside = '';
const cleanups: (() => void)[] = [];
beforeEach(() => {
  const a = tempHome();
  const b = tempHome();
  home = a.home;
  outside = b.home;
  cleanups.push(a.cleanup, b.cleanup);
});
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const cli = (args: string[], now = NOW, env: Record<string, string> = {}) => runLoket(args, { home, now, env });
async function ok(args: string[], now = NOW) {
  const r = await cli(args, now);
  expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
  return r;
}
/** Case 2026-0001 registered, disposed, analysed and declined with `reason`: ready for its reply. */
async function declined(reason: string) {
  await signedOffice(home);
  await ok(letterArgs());
  await ok(['dispose', '2026-0001', '--to', 'Budi']);
  await ok(['analyse', '2026-0001', '--feasible', 'yes', '--mode', 'daring']);
  await ok(['decide', '2026-0001', '--decline', '--reason', reason]);
}
const snapshot = (dir = home) => (existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).sort() : []);

describe('defect 3: check knows the whole store; reads never create a secret', () => {
  it('meta.json deleted: due and verify are exit 3 naming the restore, nothing is created, check reports it', async () => {
    await ok(letterArgs());
    unlinkSync(`${home}/store/meta.json`);
    const due = await cli(['due', '--json']);
    expect(due.code).toBe(3);
    expect(due.stderr).toContain('loket restore');
    expect((await cli(['verify', 'ABCD-EFGH-JKLM-NPQR'])).code).not.toBe(0);
    expect(existsSync(`${home}/store/meta.json`)).toBe(false);
    expect((await cli(letterArgs())).code).toBe(3);
    const check = await cli(['check', '--json']);
    expect(check.code).toBe(3);
    expect(check.stdout).toContain('meta.json');
  });

  it('the last case block deleted: check reports the missing numbers and no number is given again', async () => {
    await ok(letterArgs());
    await ok(letterArgs());
    unlinkSync(`${home}/store/cases-2026-000.json`);
    const check = await cli(['check', '--json']);
    expect(check.code).toBe(3);
    expect(check.stdout).toMatch(/sampai 2/);
    const again = await cli(letterArgs());
    expect(again.code).toBe(3);
    expect(existsSync(`${home}/store/cases-2026-000.json`)).toBe(false);
  });

  it('verify on a fresh store writes nothing', async () => {
    const r = await cli(['verify', 'ABCD-EFGH-JKLM-NPQR']);
    expect(r.code).toBe(4);
    expect(existsSync(home) ? snapshot() : []).toEqual([]);
  });
});

describe('defect 4: restore is all or nothing, and stays inside the store', () => {
  it('a backup whose check fails leaves the target as it was', async () => {
    await ok(letterArgs());
    await ok(['backup', '--out', `${outside}/b.jsonl`]);
    // A backup whose case was altered (its agenda number no longer its id's) reads whole but does not check clean.
    const lines = readFileSync(`${outside}/b.jsonl`, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    lines.find((l) => l.t === 'case').doc.agendaNumber = 7;
    writeFileSync(`${outside}/bad.jsonl`, lines.map((l) => JSON.stringify(l)).join('\n'));
    const target = join(outside, 'target');
    const r = await runLoket(['restore', `${outside}/bad.jsonl`], { home: target });
    expect(r.code).toBe(3);
    expect(snapshot(target)).toEqual([]);
  });

  it('a backup naming store/.. or ../ is refused; nothing is written beside the data folder', async () => {
    const target = join(outside, 'target');
    for (const path of ['store/..', '../x.json', 'store/../../evil.json', 'attachments/aa/../../../x']) {
      writeFileSync(
        `${outside}/evil.jsonl`,
        [
          { t: 'head', format: 'loket-backup', version: 2, createdAt: NOW },
          { t: 'file', path },
          { t: 'data', b64: 'eA==' },
          { t: 'sum', sha256: '2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881', size: 1 },
          { t: 'end', files: 1 },
        ]
          .map((l) => JSON.stringify(l))
          .join('\n'),
      );
      const r = await runLoket(['restore', `${outside}/evil.jsonl`], { home: target });
      expect(r.code, path).toBe(2);
    }
    expect(readdirSync(outside).sort()).toEqual(['evil.jsonl']);
  });

  it('a backup cut short is refused', async () => {
    await ok(letterArgs());
    await ok(['backup', '--out', `${outside}/b.jsonl`]);
    const text = readFileSync(`${outside}/b.jsonl`, 'utf8');
    writeFileSync(`${outside}/cut.jsonl`, text.slice(0, text.lastIndexOf('{"t":"end"')));
    expect((await runLoket(['restore', `${outside}/cut.jsonl`], { home: join(outside, 't') })).code).toBe(2);
  });
});

describe('defect 5: --out never reaches into the store, never follows a link, writes 0600', () => {
  it.each([
    ['receipt into the case book', ['receipt', '2026-0001', '--out', 'store/cases-2026-000.json']],
    ['backup over the meta file', ['backup', '--out', 'store/meta.json']],
    ['disposition into the data folder itself', ['receipt', '2026-0001', '--out', '.']],
  ])('%s is refused (exit 2), the store unchanged', async (_why, args) => {
    await ok(letterArgs());
    const before = readFileSync(`${home}/store/cases-2026-000.json`);
    const r = await runLoket(
      args.map((a, i) => (i > 0 && args[i - 1] === '--out' ? join(home, a) : a)),
      { home, now: NOW },
    );
    expect(r.code).toBe(2);
    expect(readFileSync(`${home}/store/cases-2026-000.json`).equals(before)).toBe(true);
    expect(existsSync(`${home}/store/meta.json`)).toBe(true);
  });

  it('a symlink is refused; a plain file is written 0600 even under umask 000', async () => {
    await ok(letterArgs());
    symlinkSync(`${home}/store/cases-2026-000.json`, `${outside}/link.pdf`);
    expect((await cli(['receipt', '2026-0001', '--out', `${outside}/link.pdf`])).code).toBe(2);
    const r = await ok(['receipt', '2026-0001', '--out', `${outside}/tt.pdf`]);
    expect(r.stdout).toContain('tt.pdf');
    expect(statSync(`${outside}/tt.pdf`).mode & 0o777).toBe(0o600);
  });

  it('backup --out FOLDER writes a backup inside that folder (defect 12: no exit 1)', async () => {
    await ok(letterArgs());
    const r = await cli(['backup', '--out', outside, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.file.startsWith(outside)).toBe(true);
    expect(statSync(r.json.file).mode & 0o777).toBe(0o600);
  });
});

describe('defect 6: ordinary work keeps check clean', () => {
  it('send → reopen → decide → reply gives a new number, and check stays clean', async () => {
    await declined('Jadwal penuh');
    await ok(['reply', '2026-0001', '--json']);
    await ok(['send', '2026-0001', '--via', 'pos']);
    await ok(['reopen', '2026-0001', '--reason', 'Surat susulan'], '2026-03-17T09:00:00+07:00');
    await ok(['analyse', '2026-0001', '--feasible', 'yes', '--mode', 'daring'], '2026-03-17T09:30:00+07:00');
    await ok(['decide', '2026-0001', '--decline', '--reason', 'Tetap penuh'], '2026-03-17T10:00:00+07:00');
    const second = await ok(['reply', '2026-0001', '--json'], '2026-03-17T11:00:00+07:00');
    expect(second.json.letterNumber).toMatch(/^B-2\//);
    const check = await cli(['check', '--json']);
    expect(check.code, check.stdout).toBe(0);
    expect(check.json).toMatchObject({ ok: true, findings: [] });
  });
});

describe('defect 8: hostile text', () => {
  it('control characters in free text are refused, naming the field (exit 2, nothing written)', async () => {
    const r = await cli(letterArgs(['--applicant', 'Budi\u001b[2K\rPalsu']));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--applicant');
    // The value is shown escaped, once quoted.
    expect(r.stderr).toContain('"Budi\\u001b[2K\\rPalsu"\n');
    expect(existsSync(`${home}/store`)).toBe(false);
  });

  it('escape sequences already in the store are shown escaped on the terminal', async () => {
    await ok(letterArgs(['--applicant', 'Asli']));
    const file = `${home}/store/cases-2026-000.json`;
    writeFileSync(file, readFileSync(file, 'utf8').replace('"Asli"', '"Asli\\u001b[2K\\r\\u001b]0;judul\\u0007"'));
    const out = (await cli(['show', '2026-0001'])).stdout + (await cli(['due'])).stdout;
    expect(out).not.toContain('\u001b[2K');
    expect(out).not.toContain('\u001b]0');
    expect(out).toContain('\\x1b[2K');
  });

  it('CSV cells that a spreadsheet would run are prefixed with a quote', async () => {
    for (const subject of ['=HYPERLINK("http://x","klik")', '+cmd|calc', '@SUM(A1)', '-2+3']) await ok(letterArgs(['--subject', subject]));
    const csv = (await cli(['due', '--csv', '--within', '10', '--include-personal-data'])).stdout;
    for (const cell of ["'=HYPERLINK", "'+cmd|calc", "'@SUM(A1)", "'-2+3"]) expect(csv).toContain(cell);
    expect(csv).not.toMatch(/(^|,)"?[=+@]/m);
  });

  it('text is stored NFC-normalised', async () => {
    const r = await ok(letterArgs(['--applicant', 'Cafe\u0301 Mu\u0308ller']));
    const shown = await ok(['show', JSON.parse(r.stdout).id, '--json']);
    expect(JSON.parse(shown.stdout).applicant.name).toBe('Café Müller');
  });
});

describe('defect 10: time does not go backwards, letters stay in their year', () => {
  it('a clock before the last event is refused (exit 2), the case unchanged', async () => {
    await ok(letterArgs());
    const r = await cli(['dispose', '2026-0001', '--to', 'Budi'], '2026-03-15T09:00:00+07:00');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('LOKET_NOW');
    expect((await cli(['check'])).code).toBe(0);
  });

  it.each([
    ['2025-12-31', 'a closed year'],
    ['2046-01-01', 'a year decades ahead'],
    ['2026-03-01', 'before the decision'],
  ])('reply --date %s (%s) is refused before a number is given', async (date) => {
    await declined('Penuh');
    const r = await cli(['reply', '2026-0001', '--date', date]);
    expect(r.code).toBe(2);
    expect(
      existsSync(`${home}/store/letters-2025.json`) ||
        existsSync(`${home}/store/letters-2046.json`) ||
        existsSync(`${home}/store/letters-2026.json`),
    ).toBe(false);
  });

  it.each([['9999-12-31T00:00:00Z'], ['0001-01-01T00:00:00Z'], ['1999-12-31T09:00:00+07:00']])('LOKET_NOW %s is exit 2', async (now) => {
    const r = await cli(letterArgs(), now);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('LOKET_NOW');
  });

  it.each([['1900-01-01T09:00'], ['2101-01-01T09:00']])('--received-at %s is exit 2', async (at) => {
    expect((await cli(letterArgs(['--received-at', at]))).code).toBe(2);
  });
});

describe('defect 11: absurd sizes are refused, not computed', () => {
  it.each([
    [['config', 'set', 'services.pengaduan.letterWorkingDays', '99999999'], 'letterWorkingDays'],
    [['config', 'set', 'services.sosialisasi.walkinOfficeHours', '100000'], 'walkinOfficeHours'],
    [['calendar', 'due', '2026-03-13', '--working-days', '99999999'], '--working-days'],
    [['calendar', 'due', '2026-03-13T09:00+07:00', '--office-hours', '100000'], '--office-hours'],
    [letterArgs(['--subject', 'x'.repeat(2001)]), '--subject'],
  ])('%j → exit 2 naming %s', async (args, field) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(field);
  });

  it('an attachment over the configured limit is refused', async () => {
    await ok(['config', 'set', 'limits.attachmentMb', '1']);
    writeFileSync(`${outside}/besar.pdf`, Buffer.alloc(1024 * 1024 + 1));
    const r = await cli(letterArgs(['--tor', `${outside}/besar.pdf`]));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--tor'); // The same limit for a file given later, as an IM-NKK requirement.
    await ok(registrationArgs('imnkk', 'Pemkab Contoh', 'IM-NKK'));
    const later = await cli(['imnkk', 'requirements', '2026-0001', '--operator-letter', `${outside}/besar.pdf`]);
    expect(later.code).toBe(2);
    expect(later.stderr).toContain('--operator-letter');
    expect(existsSync(`${home}/attachments`)).toBe(false);
  });
});

describe('defect 12: the right exit for what went wrong', () => {
  it('a damaged office category table is exit 3 naming it', async () => {
    mkdirSync(`${home}/data`, { recursive: true });
    writeFileSync(`${home}/data/imnkk-categories.json`, '{"bands": 7}');
    const r = await cli(['imnkk', 'plenary', '2026-0001', '--date', '2026-05-01', '--decree', 'K', '--score', '200']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('imnkk-categories.json');
  });

  it('a store folder that cannot be written (here: a file where a folder belongs) is exit 3 with the path', async () => {
    mkdirSync(home, { recursive: true });
    writeFileSync(`${home}/store`, 'not a folder');
    const r = await cli(letterArgs());
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('store');
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});

describe('defect 13: a command that refuses creates nothing', () => {
  it.each([
    [['dispose', '2026-0001', '--to', 'Budi']],
    [['imnkk', 'revoke', '2026-0001', '--reason', 'x']],
    [['calendar', 'close', 'bukan-tanggal', '--name', 'x']],
  ])('%j on a fresh home', async (args) => {
    rmSync(home, { recursive: true, force: true });
    expect((await cli(args)).code).toBe(2);
    expect(existsSync(home)).toBe(false);
  });

  it('files without a version ({}) make no backup copy when they are only read or refused', async () => {
    mkdirSync(`${home}/store`, { recursive: true });
    writeFileSync(`${home}/store/meta.json`, '{}');
    writeFileSync(`${home}/config.json`, '{}');
    expect((await cli(['due'])).code).toBe(3);
    expect(existsSync(`${home}/backups`)).toBe(false);
  });

  it('a broken reply template is refused before number B-1 is given', async () => {
    await declined('Penuh');
    mkdirSync(`${home}/templates`);
    writeFileSync(`${home}/templates/reply.json`, '{}');
    const r = await cli(['reply', '2026-0001']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('reply.json');
    expect(existsSync(`${home}/store/letters-2026.json`)).toBe(false);
  });
});
