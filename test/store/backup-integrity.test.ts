/**
 * Issue 24, point 4: a backup nobody can edit unnoticed and nobody can read without its passphrase.
 * A digest over every record, in order, is checked by `restore` (an edited, removed, added or
 * reordered record: exit 3, nothing restored), on both stores; with a passphrase the whole file is
 * encrypted (scrypt, AES-256-GCM in authenticated frames), and restore needs it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { letterArgs, runLoket, tempHome } from '../helpers/loket.js';
import { E2E_STORES } from '../helpers/stores.js';

const NOW = '2026-03-16T09:00:00+07:00';
const SECRET_NAME = 'Pelapor Rahasia Sekali';
// A backup line as a test edits it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Line = Record<string, any>;

describe.each(E2E_STORES)('backups of the $name store', (kind) => {
  // One office, backed up once in clear; every refused restore is tried on one target, which must stay empty.
  const source = tempHome();
  const outside = tempHome();
  const drops: (() => Promise<void>)[] = [];
  let env: Record<string, string> = {};
  let target: { home: string; env: Record<string, string> };
  const plain = join(outside.home, 'cadangan.jsonl');
  let warned: { stderr: string; json: Line };

  async function place() {
    const store = await kind.setup();
    drops.push(store.drop);
    return { home: join(outside.home, `pulih-${drops.length}`), env: store.env };
  }
  const cli = (args: string[], extra: Record<string, string> = {}) =>
    runLoket(args, { home: source.home, now: NOW, env: { ...env, ...extra } });

  beforeAll(async () => {
    const store = await kind.setup();
    drops.push(store.drop);
    env = store.env;
    writeFileSync(join(outside.home, 'tor.pdf'), 'kerangka acuan kegiatan');
    expect((await cli(letterArgs(['--tor', join(outside.home, 'tor.pdf')]))).code).toBe(0);
    const report = ['register', 'letter', '--yes', '--no-receipt', '--service', 'pengaduan', '--channel', 'wbs'];
    expect((await cli([...report, '--applicant', SECRET_NAME, '--subject', 'Dugaan pungutan liar'])).code).toBe(0);
    // An attachment big enough for several 64 KiB frames when encrypted.
    writeFileSync(join(outside.home, 'besar.pdf'), Buffer.alloc(300 * 1024, 7));
    expect((await cli(letterArgs(['--tor', join(outside.home, 'besar.pdf')]))).code).toBe(0);
    const r = await cli(['backup', '--out', plain, '--json']);
    expect(r.code, r.stderr).toBe(0);
    warned = r;
    target = await place();
  });
  afterAll(async () => {
    for (const drop of drops) await drop();
    source.cleanup();
    outside.cleanup();
  });

  /** Restores `file` into `to` (the shared target when not given); what it holds afterwards. */
  async function restoreInto(file: string, extra: Record<string, string> = {}, flags: string[] = [], to = target) {
    const run = (args: string[], more: Record<string, string> = {}) =>
      runLoket(args, { home: to.home, now: NOW, env: { ...to.env, ...more } });
    const r = await run(['restore', file, '--json', ...flags], extra);
    const cases = r.code === 0 ? (await run(['list', '--json'])).json : undefined;
    const left = (await run(['check', '--json'])).json;
    return { ...r, cases, left };
  }
  const linesOf = (file: string) =>
    readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Line);
  const write = (file: string, lines: unknown[]) => writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');

  it('a whole backup restores; without a passphrase it warns that it holds personal data and the secret', async () => {
    expect(warned.json).toMatchObject({ encrypted: false });
    expect(warned.stderr).toMatch(/tidak dienkripsi/);
    expect(warned.stderr).toMatch(/LOKET_BACKUP_PASSPHRASE/);
    expect(linesOf(plain).at(-1)).toMatchObject({ t: 'end', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const restored = await restoreInto(plain, {}, [], await place());
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.cases).toHaveLength(3);
  });

  it.each([
    ['a case edited', (lines: Line[]) => (lines.find((l) => l.t === 'case')!.doc.subject = 'Diubah')],
    [
      'a case removed',
      (lines: Line[]) =>
        lines.splice(
          lines.findIndex((l) => l.t === 'case'),
          1,
        ),
    ],
    [
      'a case added',
      (lines: Line[]) =>
        lines.splice(3, 0, {
          ...lines.find((l) => l.t === 'case'),
          doc: { ...lines.find((l) => l.t === 'case')!.doc, id: '2026-0009', agendaNumber: 9 },
        }),
    ],
    [
      'two cases swapped',
      (lines: Line[]) => {
        const i = lines.findIndex((l) => l.t === 'case');
        [lines[i], lines[i + 1]] = [lines[i + 1]!, lines[i]!];
      },
    ],
    ['the secret changed', (lines: Line[]) => (lines.find((l) => l.t === 'facts')!.facts.secret = 'ab'.repeat(32))],
    [
      'the counts fitted to a removed case',
      (lines: Line[]) => {
        lines.splice(
          lines.findIndex((l) => l.t === 'case'),
          1,
        );
        lines.at(-1)!.counts.cases--;
      },
    ],
    ['a line after the end', (lines: Line[]) => lines.push(lines.find((l) => l.t === 'case')!)],
  ])('%s: restore is exit 3 and restores nothing', async (_what, edit) => {
    const lines = linesOf(plain);
    edit(lines);
    const bad = join(outside.home, 'diubah.jsonl');
    write(bad, lines);
    const restored = await restoreInto(bad);
    expect(restored.code, restored.stderr).toBe(3);
    expect(restored.stderr).toMatch(/diubah atau rusak/);
    expect(restored.left).toMatchObject({ ok: true, cases: 0 });
  });

  it('with LOKET_BACKUP_PASSPHRASE the file is encrypted whole: no name, no secret, no subject in it; restore needs the passphrase', async () => {
    const file = join(outside.home, 'rahasia.jsonl');
    const r = await cli(['backup', '--out', file, '--json'], { LOKET_BACKUP_PASSPHRASE: 'kuda lumping 1945' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.json).toMatchObject({ encrypted: true });
    expect(r.stderr).not.toMatch(/tidak dienkripsi/);
    const bytes = readFileSync(file);
    // Only the header is in clear: how the key is derived, nothing of the office.
    expect(JSON.parse(bytes.subarray(0, bytes.indexOf(0x0a)).toString())).toMatchObject({
      format: 'loket-backup-encrypted',
      kdf: { name: 'scrypt' },
    });
    for (const word of [SECRET_NAME, 'Dugaan pungutan', 'kerangka acuan', 'Dinas Kominfo', '"secret"', 'loket-backup"'])
      expect(bytes.includes(Buffer.from(word)), word).toBe(false);
    const without = await restoreInto(file);
    expect(without.code).toBe(2);
    expect(without.stderr).toMatch(/LOKET_BACKUP_PASSPHRASE/);
    const wrong = await restoreInto(file, { LOKET_BACKUP_PASSPHRASE: 'kuda lumping 1946' });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/frasa sandi cadangan .* salah/);
    expect(wrong.left).toMatchObject({ ok: true, cases: 0 });
    const right = await restoreInto(file, { LOKET_BACKUP_PASSPHRASE: 'kuda lumping 1945' }, [], await place());
    expect(right.code, right.stderr).toBe(0);
    expect(right.cases).toHaveLength(3);
  });

  it('--passphrase-file on both sides; a flipped byte, a cut, a frame dropped, added or swapped is exit 3, nothing restored', async () => {
    const pass = join(outside.home, 'frasa');
    writeFileSync(pass, 'sandi dari berkas\n');
    const file = join(outside.home, 'rahasia-berkas.jsonl');
    expect((await cli(['backup', '--out', file, '--passphrase-file', pass])).code).toBe(0);
    const bytes = readFileSync(file);
    const header = bytes.indexOf(0x0a) + 1;
    const frame = 5 + 64 * 1024 + 16;
    const damaged: [string, Buffer][] = [
      ['flipped', Buffer.from(bytes).fill(bytes[header + 100]! ^ 1, header + 100, header + 101)],
      ['cut', bytes.subarray(0, bytes.length - 10)],
      ['cut at a frame', bytes.subarray(0, header + frame)],
      ['dropped', Buffer.concat([bytes.subarray(0, header), bytes.subarray(header + frame)])],
      [
        'swapped',
        Buffer.concat([
          bytes.subarray(0, header),
          bytes.subarray(header + frame, header + 2 * frame),
          bytes.subarray(header, header + frame),
          bytes.subarray(header + 2 * frame),
        ]),
      ],
      ['appended', Buffer.concat([bytes, bytes.subarray(header, header + frame)])],
    ];
    for (const [what, content] of damaged) {
      const bad = join(outside.home, `rusak-${what}.jsonl`);
      writeFileSync(bad, content);
      const r = await restoreInto(bad, {}, ['--passphrase-file', pass]);
      expect(r.code, `${what}: ${r.stderr}`).toBe(3);
      expect(r.left, what).toMatchObject({ ok: true, cases: 0 });
    }
    // The whole file, with the same passphrase file, into the target that stayed empty.
    const ok = await restoreInto(file, {}, ['--passphrase-file', pass]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.cases).toHaveLength(3);
  });
});

describe('leftovers', () => {
  it('a backup that died left its temp file; the next backup into that folder removes it', async () => {
    const { home, cleanup } = tempHome();
    const out = tempHome();
    try {
      expect((await runLoket(letterArgs(), { home, now: NOW })).code).toBe(0);
      // A pid that is certainly not running (above the kernel's maximum).
      const dead = join(out.home, '.loket-2026-03-16T090000.jsonl.4194999.tmp');
      writeFileSync(dead, '{"t":"head"');
      const running = join(out.home, `.loket-lain.jsonl.${process.pid}.tmp`);
      writeFileSync(running, '{"t":"head"');
      expect((await runLoket(['backup', '--out', out.home], { home, now: NOW })).code).toBe(0);
      expect(existsSync(dead)).toBe(false);
      expect(existsSync(running)).toBe(true);
      expect(readdirSync(out.home).filter((n) => n.endsWith('.jsonl'))).toHaveLength(1);
    } finally {
      cleanup();
      out.cleanup();
    }
  });
});
