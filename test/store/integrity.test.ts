import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { letterArgs, runLoket, tempHome } from '../helpers/loket.js';

const NOW = '2026-03-02T09:00:00+07:00';

describe('a damaged or foreign store file is refused and left as it was', () => {
  let home = '';
  let cleanup = () => {};
  beforeEach(async () => {
    ({ home, cleanup } = tempHome());
    expect((await runLoket(letterArgs(), { home, now: NOW })).code).toBe(0);
  });
  afterEach(() => cleanup());

  const file = () => `${home}/store/cases-2026-000.json`;

  it.each([
    ['truncated', (text: string) => text.slice(0, Math.floor(text.length / 2)), /rusak/],
    ['hand-broken field', (text: string) => text.replace('"status":"registered"', '"status":"lost"'), /tidak sah.*status/s],
    ['not an object', () => '[]', /rusak|tidak sah/],
  ])('%s: exit 3, a message naming the file, the bytes unchanged', async (_name, damage, message) => {
    writeFileSync(file(), damage(readFileSync(file(), 'utf8')));
    const before = readFileSync(file());
    for (const args of [['show', '2026-0001'], letterArgs(), ['check']]) {
      const r = await runLoket(args, { home, now: NOW });
      expect(r.code, r.stderr).toBe(3);
      expect(r.stderr).toContain('cases-2026-000.json');
      expect(r.stderr).toMatch(message);
    }
    expect(readFileSync(file()).equals(before)).toBe(true);
  });

  it('a file written by a newer version: exit 3 and unchanged', async () => {
    const doc = JSON.parse(readFileSync(file(), 'utf8'));
    writeFileSync(file(), JSON.stringify({ ...doc, schemaVersion: 99 }));
    const before = readFileSync(file());
    const r = await runLoket(letterArgs(), { home, now: NOW, env: { LOKET_LANG: 'en' } });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/newer loket \(schema 99/);
    expect(readFileSync(file()).equals(before)).toBe(true);
  });

  it('an older file (no schema version) is backed up, migrated and written back on the next change', async () => {
    const doc = JSON.parse(readFileSync(file(), 'utf8'));
    delete doc.schemaVersion;
    writeFileSync(file(), JSON.stringify(doc));
    const original = readFileSync(file());
    const r = await runLoket(letterArgs(), { home, now: NOW });
    expect(r.code, r.stderr).toBe(0);
    const backups = readdirSync(`${home}/backups`);
    expect(backups).toContain('cases-2026-000.json.v0.bak');
    expect(readFileSync(`${home}/backups/cases-2026-000.json.v0.bak`).equals(original)).toBe(true);
    expect(JSON.parse(readFileSync(file(), 'utf8')).schemaVersion).toBe(1);
  });

  it('files are private (0600) and folders too (0700)', () => {
    expect(statSync(file()).mode & 0o777).toBe(0o600);
    expect(statSync(`${home}/store`).mode & 0o777).toBe(0o700);
    expect(statSync(`${home}/config.json`).mode & 0o777).toBe(0o600);
  });

  it('a lock held by a live process too long ends in exit 3 naming who holds it, nothing written', async () => {
    const { mkdirSync, rmSync, writeFileSync } = await import('node:fs');
    const { hostname } = await import('node:os');
    // This test's own process is alive, so its lock must be waited for, never taken over.
    mkdirSync(`${home}/.lock`);
    writeFileSync(
      `${home}/.lock/owner.json`,
      JSON.stringify({ token: 't', user: 'Budi di loket 2', pid: process.pid, host: hostname(), since: '2026-03-16T08:59:00.000Z' }),
    );
    try {
      const before = readFileSync(file());
      const r = await runLoket(letterArgs(), { home, now: NOW, env: { LOKET_LOCK_TIMEOUT_MS: '300' } });
      expect(r.code).toBe(3);
      expect(r.stderr).toContain('Budi di loket 2');
      expect(r.stderr).toContain(String(process.pid));
      expect(readFileSync(file()).equals(before)).toBe(true);
    } finally {
      rmSync(`${home}/.lock`, { recursive: true });
    }
  });

  it('check finds an attachment whose bytes changed', async () => {
    writeFileSync(`${home}/tor.pdf`, 'kerangka acuan');
    const reg = await runLoket(letterArgs(['--tor', `${home}/tor.pdf`]), { home, now: NOW });
    expect(reg.code).toBe(0);
    const sha = JSON.parse(readFileSync(file(), 'utf8')).cases[1].attachments[0].sha256 as string;
    const stored = `${home}/attachments/${sha.slice(0, 2)}/${sha}`;
    expect(existsSync(stored)).toBe(true);
    writeFileSync(stored, 'tampered');
    const check = await runLoket(['check', '--json'], { home });
    expect(check.code).toBe(3);
    expect(check.json.error.findings.join('\n')).toMatch(/tidak cocok dengan SHA-256/);
  });
});

describe('check trusts no stamp', () => {
  it('finds a damaged block that its stamp still calls valid', async () => {
    const { home, cleanup } = tempHome();
    try {
      expect((await runLoket(letterArgs(), { home, now: NOW })).code).toBe(0);
      const file = `${home}/store/cases-2026-000.json`;
      writeFileSync(file, readFileSync(file, 'utf8').replace('"status":"registered"', '"status":"registerex"'));
      // As if the damage happened without the stamp noticing (bit rot keeps size and times).
      const s = statSync(file, { bigint: true });
      writeFileSync(`${home}/store/.cases-2026-000.json.valid`, `${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}`);
      expect((await runLoket(['show', '2026-0001'], { home })).code).toBe(0);
      const check = await runLoket(['check'], { home });
      expect(check.code).toBe(3);
      expect(check.stderr).toContain('status');
    } finally {
      cleanup();
    }
  });
});
